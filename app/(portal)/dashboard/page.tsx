import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PublicAttentionPanel } from "@/components/followers/public-attention-panel";
import { CoordinatorQueueView } from "@/components/dashboards/coordinator-queue";
import { IssueDashboard } from "@/components/dashboards/issue-dashboard";
import { IssuesToUpdate } from "@/components/dashboards/issues-to-update";
import { AspirationDesk } from "@/components/aspirations/aspiration-desk";
import { PublicationsDeskView } from "@/components/dashboards/publications-desk";
import { WorkshopsDeskView } from "@/components/dashboards/workshops-desk";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { getCoordinatorQueue, getPublicationsDesk, getWorkshopsDesk } from "@/lib/dashboard/desks";
import { getDashboard } from "@/lib/dashboard/queries";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("nav.dashboard") };
}

/** Every role lands on its desk; a member with several permissions sees the sections of each. */
export default async function DashboardPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) return <EmptyState title={t("dashboard.noRegencyTitle")} description={t("dashboard.noRegencyBody")} />;
  // a supervisor (Ministry, province) starts on the comparison of the regencies they oversee
  if (regency.role === "oversight" && !regency.chosen) redirect("/overview");
  const now = new Date();
  const [d, humas, workshops, queue] = await Promise.all([
    getDashboard(actor, regency.id, now),
    getPublicationsDesk(actor, regency.id, now),
    getWorkshopsDesk(actor, regency.id, now),
    getCoordinatorQueue(actor, regency.id, now),
  ]);
  const header = (
    <PageHeader
      title={t(d?.whole ? "dashboard.coordinatorTitle" : d ? "dashboard.officialTitle" : "dashboard.deskTitle", {
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
  if (!d && !humas && !workshops && !queue)
    return (
      <>
        {header}
        <EmptyState title={t("dashboard.noDashboard")} />
      </>
    );
  return (
    <>
      {header}
      <div className="space-y-8">
        {d && !d.whole && d.heldPositions === 0 && (
          <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("dashboard.officialNoPosition")}</p>
        )}
        {d?.toUpdate && <IssuesToUpdate d={d.toUpdate} t={t} locale={locale} timeZone={regency.timeZone} now={now} />}
        <AspirationDesk actor={actor} regencyId={regency.id} timeZone={regency.timeZone} />
        {queue && (
          <CoordinatorQueueView
            q={queue}
            leadershipHref={`/regencies/${regency.slug}/leadership`}
            t={t}
            locale={locale}
            timeZone={regency.timeZone}
          />
        )}
        {humas && <PublicationsDeskView d={humas} t={t} locale={locale} timeZone={regency.timeZone} />}
        {workshops && <WorkshopsDeskView d={workshops} t={t} locale={locale} timeZone={regency.timeZone} />}
        {d?.whole && (
          <PublicAttentionPanel actor={actor} regencyId={regency.id} timeZone={regency.timeZone} now={now} />
        )}
        {d && <IssueDashboard d={d} t={t} locale={locale} timeZone={regency.timeZone} now={now} />}
      </div>
    </>
  );
}
