import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { IssueDashboard } from "@/components/dashboards/issue-dashboard";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { getDashboard } from "@/lib/dashboard/queries";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("nav.dashboard") };
}

export default async function DashboardPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) return <EmptyState title={t("dashboard.noRegencyTitle")} description={t("dashboard.noRegencyBody")} />;
  // a supervisor (Ministry, province) starts on the comparison of the regencies they oversee
  if (regency.role === "oversight" && !regency.chosen) redirect("/overview");
  const now = new Date();
  const d = await getDashboard(actor, regency.id, now);
  const header = (
    <PageHeader
      title={t(d?.whole ? "dashboard.coordinatorTitle" : d ? "dashboard.officialTitle" : "dashboard.workspaceTitle", {
        regency: regency.name,
      })}
      description={t("dashboard.welcome", { name: actor.name })}
      actions={
        <>
          <LinkButton href="/issues" variant="secondary">
            {t("dashboard.goIssues")}
          </LinkButton>
          {d?.whole && (
            <LinkButton href="/overview" variant="secondary">
              {t("dashboard.overview.link")}
            </LinkButton>
          )}
        </>
      }
    />
  );
  if (!d)
    return (
      <>
        {header}
        <EmptyState
          title={t("dashboard.noDashboard")}
          action={<LinkButton href="/issues">{t("dashboard.goIssues")}</LinkButton>}
        />
      </>
    );
  return (
    <>
      {header}
      {!d.whole && d.heldPositions === 0 && (
        <p className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("dashboard.officialNoPosition")}</p>
      )}
      <IssueDashboard d={d} t={t} locale={locale} now={now} />
    </>
  );
}
