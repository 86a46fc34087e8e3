import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import {
  ChangeView,
  CulturePeriodPicker,
  GroupsTable,
  HiddenGroup,
  ProfileView,
} from "@/components/culture/profile-parts";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getAgencyCulture, largestGap } from "@/lib/culture/profiles/queries";
import { culturePeriodSchema } from "@/lib/culture/profiles/schemas";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("culture.title") };
}

/** One agency's organisational culture: the selected period's profile, the change, every period. */
export default async function AgencyCulturePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const { period } = culturePeriodSchema.parse(await searchParams);
  const c = await getAgencyCulture(actor, id, period);
  if (!c) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const canPropose = can(actor, "culture.manage", c.regency.id) && can(actor, "iso.manage", c.regency.id);
  return (
    <>
      <PageHeader
        title={c.agency.name}
        description={t("culture.profiles.hint")}
        breadcrumb={
          <Link href={c.period ? `/culture?period=${c.period}` : "/culture"} className="hover:underline">
            {t("culture.title")} · {c.regency.name}
          </Link>
        }
      />
      {c.period === null || !c.own ? (
        <EmptyState title={t("culture.profiles.noSurveys")} />
      ) : (
        <div className="space-y-6">
          <CulturePeriodPicker periods={c.periods} period={c.period} t={t} />
          <Card title={t("culture.profiles.profileOf", { name: c.agency.name, period: c.period })}>
            {c.own.profile ? (
              <ProfileView
                name={c.agency.name}
                period={c.period}
                profile={c.own.profile}
                largest={c.own.largest}
                threshold={c.regency.cultureGapThreshold}
                proposals={c.proposals}
                group={{ regencyId: c.regency.id, agencyId: c.agency.id, period: c.period }}
                canPropose={canPropose}
                t={t}
                locale={locale}
              />
            ) : c.own.responses > 0 ? (
              <HiddenGroup responses={c.own.responses} t={t} />
            ) : (
              <p className="text-sm text-slate-600">{t("culture.profiles.noPeriod")}</p>
            )}
          </Card>
          {c.change && (
            <Card title={t("culture.profiles.change", { from: c.change.from, to: c.change.to })}>
              <ChangeView change={c.change} t={t} locale={locale} />
            </Card>
          )}
          <Card title={t("culture.profiles.history")}>
            <GroupsTable
              caption={t("culture.profiles.history")}
              nameHeader={t("culture.profiles.period")}
              rows={c.history.map((h) => ({
                key: String(h.period),
                name: String(h.period),
                href: `/culture/agencies/${c.agency.id}?period=${h.period}`,
                responses: h.responses,
                profile: h.profile,
                largest: largestGap(h.profile),
              }))}
              t={t}
              locale={locale}
            />
          </Card>
        </div>
      )}
    </>
  );
}
