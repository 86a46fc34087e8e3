import type { Metadata } from "next";
import { notFound } from "next/navigation";
import {
  ChangeView,
  CulturePeriodPicker,
  GroupsTable,
  HiddenGroup,
  ProfileView,
} from "@/components/culture/profile-parts";
import { GapThresholdForm } from "@/components/culture/profile-forms";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getRegencyCulture } from "@/lib/culture/profiles/queries";
import { culturePeriodSchema } from "@/lib/culture/profiles/schemas";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("culture.title") };
}

/** The regency's organisational culture: its profile, the change since the previous period, its agencies. */
export default async function CulturePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const { period } = culturePeriodSchema.parse(await searchParams);
  const c = await getRegencyCulture(actor, regency.id, period);
  if (!c) notFound();
  const canManage = can(actor, "culture.manage", regency.id);
  const canPropose = canManage && can(actor, "iso.manage", regency.id);
  return (
    <>
      <PageHeader
        title={t("culture.title")}
        description={t("culture.profiles.hint")}
        actions={
          <>
            <LinkButton href="/culture/story" variant="secondary">
              {t("culture.story.title")}
            </LinkButton>
            <LinkButton href="/culture/compare" variant="secondary">
              {t("culture.profiles.compare")}
            </LinkButton>
          </>
        }
      />
      {c.period === null || !c.own ? (
        <EmptyState title={t("culture.profiles.noSurveys")} />
      ) : (
        <div className="space-y-6">
          <CulturePeriodPicker periods={c.periods} period={c.period} t={t} />
          <Card title={t("culture.profiles.profileOf", { name: c.regency.name, period: c.period })}>
            {c.own.profile ? (
              <ProfileView
                name={c.regency.name}
                period={c.period}
                profile={c.own.profile}
                largest={c.own.largest}
                threshold={c.regency.cultureGapThreshold}
                proposals={c.proposals}
                group={{ regencyId: c.regency.id, agencyId: null, period: c.period }}
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
          <Card
            title={
              c.change
                ? t("culture.profiles.change", { from: c.change.from, to: c.change.to })
                : t("culture.profiles.history")
            }
          >
            {c.change ? (
              <ChangeView change={c.change} t={t} locale={locale} />
            ) : (
              <p className="text-sm text-slate-600">{t("culture.profiles.changeNone")}</p>
            )}
          </Card>
          <Card title={t("culture.profiles.agencies", { period: c.period })}>
            {c.agencies.length === 0 ? (
              <p className="text-sm text-slate-600">{t("culture.profiles.agenciesEmpty")}</p>
            ) : (
              <GroupsTable
                caption={t("culture.profiles.agenciesCaption", { period: c.period })}
                nameHeader={t("culture.profiles.agency")}
                rows={c.agencies.map((a) => ({
                  key: a.agency.id,
                  name: a.agency.name,
                  href: `/culture/agencies/${a.agency.id}?period=${c.period}`,
                  responses: a.responses,
                  profile: a.profile,
                  largest: a.largest,
                }))}
                t={t}
                locale={locale}
              />
            )}
          </Card>
        </div>
      )}
      {canManage && (
        <div className="mt-6 max-w-md">
          <Card title={t("culture.profiles.threshold.title")}>
            <GapThresholdForm regency={c.regency} t={t} />
          </Card>
        </div>
      )}
    </>
  );
}
