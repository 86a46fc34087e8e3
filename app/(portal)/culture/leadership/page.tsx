import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddTeamPositionForm } from "@/components/leadership/team-form";
import {
  LeadershipFitHandovers,
  LeadershipFitMembers,
  LeadershipFitSummary,
} from "@/components/leadership/leadership-fit";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { leadershipFit } from "@/lib/leadership/roles/fit";
import { getTeamCandidates } from "@/lib/leadership/roles/queries";
import { FIRST_PERIOD } from "@/lib/leadership/roles/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("leadership.roles.fit.title") };
}

/** The leadership configuration's fit with the preferred culture, for the active regency and a period. */
export default async function LeadershipFitPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const thisYear = new Date().getUTCFullYear();
  const asked = Number((await searchParams).period);
  const period = Number.isInteger(asked) && asked >= FIRST_PERIOD && asked <= thisYear ? asked : thisYear;
  const [fit, candidates] = await Promise.all([
    leadershipFit(actor, regency.id, period),
    getTeamCandidates(actor, regency.id),
  ]);
  if (!fit) notFound();
  const manage = can(actor, "leadership.manage", regency.id);
  return (
    <>
      <PageHeader
        breadcrumb={regency.name}
        title={t("leadership.roles.fit.title")}
        description={t("leadership.roles.fit.description")}
        actions={
          <form method="get" className="flex items-end gap-2">
            <label className="text-sm text-slate-700">
              <span className="mb-1 block">{t("leadership.roles.fit.periodSelect")}</span>
              <select
                name="period"
                defaultValue={String(period)}
                className="rounded-md border border-slate-300 px-2 py-2 text-sm"
              >
                {fit.periods.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-2 text-sm">
              {t("leadership.roles.fit.show")}
            </button>
          </form>
        }
      />
      <div className="space-y-6">
        <Card title={t("leadership.roles.periodOf", { period })}>
          <LeadershipFitSummary fit={fit} t={t} />
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("leadership.roles.fit.members")}>
            <p className="mb-2 text-sm text-slate-600">{t("leadership.roles.team.hint")}</p>
            <LeadershipFitMembers
              fit={fit}
              t={t}
              manage={manage}
              leaderHref={(termId) => `/regencies/${regency.slug}/leaders/${termId}`}
            />
            {manage && candidates && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <AddTeamPositionForm candidates={candidates} t={t} />
              </div>
            )}
          </Card>
          <Card title={t("leadership.roles.fit.handovers")}>
            <p className="mb-3 text-sm text-slate-600">{t("leadership.roles.fit.handoversHint")}</p>
            <LeadershipFitHandovers fit={fit} t={t} locale={locale} timeZone={regency.timeZone} />
          </Card>
        </div>
      </div>
    </>
  );
}
