import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CultureKite } from "@/components/culture/culture-kite";
import { CulturePeriodPicker, GroupsTable, typeLabels } from "@/components/culture/profile-parts";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { regencyIdsWith } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { compareRegencyCultures, getRegencyCulture, listComparablePeriods } from "@/lib/culture/profiles/queries";
import { culturePeriodSchema } from "@/lib/culture/profiles/schemas";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("culture.profiles.compareTitle") };
}

/**
 * Profiles side by side: between regencies for whoever reads more than one (the admin, oversight),
 * and between the agencies of the active regency. Groups below five answers show their count only.
 */
export default async function CultureComparePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const [t, locale, regency, periods] = await Promise.all([
    getT(),
    getLocale(),
    getActiveRegency(actor),
    listComparablePeriods(actor),
  ]);
  if (!regency) notFound();
  const parsed = culturePeriodSchema.parse(await searchParams);
  const period = parsed.period && periods.includes(parsed.period) ? parsed.period : periods[0];
  const readable = regencyIdsWith(actor, "culture.read");
  const betweenRegencies = readable === "all" || readable.length > 1;
  const [regencies, own] = await Promise.all([
    betweenRegencies && period ? compareRegencyCultures(actor, period) : null,
    period ? getRegencyCulture(actor, regency.id, period) : null,
  ]);
  const labels = typeLabels(t);
  const shown = (regencies ?? []).filter((r) => r.profile).slice(0, 4);
  return (
    <>
      <PageHeader
        title={t("culture.profiles.compareTitle")}
        description={t("culture.profiles.compareHint")}
        breadcrumb={
          <Link href="/culture" className="hover:underline">
            {t("culture.title")}
          </Link>
        }
      />
      {!period ? (
        <EmptyState title={t("culture.profiles.compareEmpty")} />
      ) : (
        <div className="space-y-6">
          <CulturePeriodPicker periods={periods} period={period} t={t} />
          {regencies && (
            <Card title={t("culture.profiles.compareRegencies", { period })}>
              {regencies.length === 0 ? (
                <p className="text-sm text-slate-600">{t("culture.profiles.compareEmpty")}</p>
              ) : (
                <div className="space-y-4">
                  {shown.length > 0 && (
                    <CultureKite
                      title={t("culture.profiles.compareKite")}
                      typeLabels={labels}
                      series={shown.map((r) => ({ key: r.id, label: r.name, scores: r.profile!.now }))}
                    />
                  )}
                  <GroupsTable
                    caption={t("culture.profiles.compareRegenciesCaption", { period })}
                    nameHeader={t("culture.profiles.regency")}
                    rows={regencies.map((r) => ({ ...r, key: r.id }))}
                    t={t}
                    locale={locale}
                  />
                </div>
              )}
            </Card>
          )}
          {own && own.period === period && (
            <Card title={t("culture.profiles.compareAgencies", { name: own.regency.name, period })}>
              {own.agencies.length === 0 ? (
                <p className="text-sm text-slate-600">{t("culture.profiles.agenciesEmpty")}</p>
              ) : (
                <GroupsTable
                  caption={t("culture.profiles.compareAgencies", { name: own.regency.name, period })}
                  nameHeader={t("culture.profiles.agency")}
                  rows={[
                    {
                      key: "regency",
                      name: t("culture.profiles.wholeRegency"),
                      responses: own.own?.responses ?? 0,
                      profile: own.own?.profile ?? null,
                      largest: own.own?.largest ?? null,
                    },
                    ...own.agencies.map((a) => ({
                      key: a.agency.id,
                      name: a.agency.name,
                      href: `/culture/agencies/${a.agency.id}?period=${period}`,
                      responses: a.responses,
                      profile: a.profile,
                      largest: a.largest,
                    })),
                  ]}
                  t={t}
                  locale={locale}
                />
              )}
            </Card>
          )}
        </div>
      )}
    </>
  );
}
