import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AssessmentStatusBadge } from "@/components/iso/status-badges";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { TrafficLightGrid } from "@/components/iso/traffic-light-grid";
import { PageHeader } from "@/components/layout/page-header";
import { Card, Stat } from "@/components/ui/card";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { getAssessment, listAssessments } from "@/lib/iso/assessments/queries";
import { countAudits } from "@/lib/iso/audits/queries";
import { countDocumentsDueForReview } from "@/lib/iso/documents/queries";
import { countObjectivesMet } from "@/lib/iso/objectives/queries";
import { countNonconformitiesByStatus } from "@/lib/iso/nonconformities/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.title") };
}

export default async function IsoOverviewPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const year = new Date().getFullYear();
  const [nc, audits, assessments, docsDue, objectives] = await Promise.all([
    countNonconformitiesByStatus(actor, regency.id),
    countAudits(actor, regency.id, year),
    listAssessments(actor, regency.id),
    countDocumentsDueForReview(actor, regency.id),
    countObjectivesMet(actor, regency.id),
  ]);
  if (!nc || !audits || !assessments || docsDue === null || !objectives) notFound();
  const latest = assessments[0] ? await getAssessment(actor, assessments[0].id) : null;
  return (
    <>
      <PageHeader title={t("iso.title")} description={t("iso.description")} />
      <IsoTabs t={t} />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat
          label={t("iso.overview.openNc")}
          value={(nc.byStatus.open ?? 0) + (nc.byStatus.in_progress ?? 0)}
          tone={(nc.byStatus.open ?? 0) > 0 ? "warn" : "default"}
          href="/iso/nonconformities"
        />
        <Stat
          label={t("iso.overview.awaitingVerification")}
          value={nc.byStatus.awaiting_verification ?? 0}
          href="/iso/nonconformities?status=awaiting_verification"
        />
        <Stat
          label={t("iso.overview.overdueActions")}
          value={nc.overdueActions}
          tone={nc.overdueActions > 0 ? "bad" : "good"}
        />
        <Stat
          label={t("iso.overview.closedNc")}
          value={nc.byStatus.closed ?? 0}
          tone="good"
          href="/iso/nonconformities?status=closed"
        />
        <Stat label={t("iso.overview.auditsPlanned", { year })} value={audits.planned} href="/iso/audits" />
        <Stat label={t("iso.overview.auditsCompleted", { year })} value={audits.completed} href="/iso/audits" />
        <Stat
          label={t("iso.overview.docsDue")}
          value={docsDue}
          tone={docsDue > 0 ? "warn" : "default"}
          href="/iso/documents"
        />
        <Stat
          label={t("iso.overview.objectivesMet")}
          value={t("iso.overview.objectivesMetValue", objectives)}
          href="/iso/objectives"
        />
        <Stat
          label={t("iso.overview.findingsWithoutNc")}
          value={audits.openFindings}
          tone={audits.openFindings > 0 ? "warn" : "default"}
          href="/iso/audits"
        />
      </div>
      <div className="mt-6">
        <Card
          title={t("iso.overview.latestAssessment")}
          actions={
            latest && (
              <Link href={`/iso/assessments/${latest.id}`} className="text-sm font-medium text-emerald-800 underline">
                {t("iso.overview.open")}
              </Link>
            )
          }
        >
          {latest ? (
            <>
              <p className="mb-3 text-sm text-slate-700">
                {t("iso.assessment.period")} <strong>{latest.period}</strong> ·{" "}
                <AssessmentStatusBadge status={latest.status} t={t} /> · {t("iso.assessment.counts", latest.counts)}
              </p>
              <TrafficLightGrid indicators={latest.indicators} t={t} locale={locale} />
            </>
          ) : (
            <p className="text-sm text-slate-600">{t("iso.overview.noAssessment")}</p>
          )}
        </Card>
      </div>
    </>
  );
}
