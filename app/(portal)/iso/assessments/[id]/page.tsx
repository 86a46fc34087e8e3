import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { RatingsForm, SubmitAssessmentForm, VerifyAssessmentForm } from "@/components/iso/assessment-forms";
import { EvidenceFiles } from "@/components/iso/evidence-files";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { RecordHistory } from "@/components/iso/record-history";
import { RedIndicators } from "@/components/iso/red-indicators";
import { AssessmentStatusBadge } from "@/components/iso/status-badges";
import { TrafficLightGrid } from "@/components/iso/traffic-light-grid";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getAssessment } from "@/lib/iso/assessments/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.assessment.listTitle") };
}

export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const a = await getAssessment(actor, id);
  if (!a) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const canManage = can(actor, "iso.manage", a.regencyId);
  const editable = (a.status === "draft" || a.status === "disputed") && canManage && a.assessorId === actor.id;
  const canVerify = a.status === "submitted" && can(actor, "iso.verify", a.regencyId) && a.assessorId !== actor.id;
  const reds = a.indicators.filter((i) => i.rating.rating === "red");
  return (
    <>
      <PageHeader
        title={`${t("iso.assessment.listTitle")} · ${a.period}`}
        breadcrumb={
          <Link href="/iso/assessments" className="hover:underline">
            {t("iso.sections.assessments")}
          </Link>
        }
        description={
          <>
            <AssessmentStatusBadge status={a.status} t={t} /> · {t("iso.assessment.assessor")}: {a.assessor.name}
            {a.verifier && (
              <>
                {" "}
                · {t("iso.assessment.verifier")}: {a.verifier.name}
              </>
            )}
          </>
        }
        actions={
          <LinkButton href={`/iso/assessments/${a.id}/print`} variant="secondary">
            {t("iso.print.open")}
          </LinkButton>
        }
      />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <Card title={t("iso.assessment.gridTitle")}>
            <p className="mb-3 text-sm text-slate-700" data-testid="rating-counts">
              {t("iso.assessment.counts", a.counts)}
              {a.counts.unrated > 0 && <> · {t("iso.assessment.unratedCount", { count: a.counts.unrated })}</>}
            </p>
            <TrafficLightGrid indicators={a.indicators} t={t} locale={locale} />
          </Card>
          {a.status === "disputed" && a.disputeNote && (
            <Card title={t("iso.assessment.disputeNote")}>
              <p className="whitespace-pre-line text-sm text-slate-800">{a.disputeNote}</p>
            </Card>
          )}
          {editable ? (
            <Card title={t("iso.assessment.rating")}>
              <RatingsForm a={a} t={t} locale={locale} />
            </Card>
          ) : (
            <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">
              {a.status === "verified"
                ? t("iso.assessment.locked")
                : a.status === "submitted"
                  ? t("iso.assessment.submittedLocked")
                  : t("iso.assessment.onlyAssessorEdits", { name: a.assessor.name })}
            </p>
          )}
          {reds.length > 0 && a.status !== "draft" && (
            <Card title={t("iso.rating.red")}>
              <RedIndicators assessmentId={a.id} reds={reds} canManage={canManage} t={t} locale={locale} />
            </Card>
          )}
        </div>
        <div className="space-y-6">
          {(editable || canVerify || a.verifiedAt) && (
            <Card
              title={canVerify || a.status === "verified" ? t("iso.assessment.verifyTitle") : t("iso.nc.workflowTitle")}
            >
              {a.verifiedAt && a.verifier && (
                <p className="text-sm text-slate-700">
                  {t("iso.assessment.verifiedBy", {
                    name: a.verifier.name,
                    date: formatDateTime(a.verifiedAt, locale, a.regency.timeZone),
                  })}
                </p>
              )}
              {editable && <SubmitAssessmentForm a={a} t={t} />}
              {canVerify && <VerifyAssessmentForm a={a} t={t} />}
            </Card>
          )}
          <EvidenceFiles
            files={a.files}
            recordType="assessment"
            recordId={a.id}
            canUpload={canManage}
            locked={a.status === "verified" || a.status === "submitted"}
            t={t}
            locale={locale}
            timeZone={a.regency.timeZone}
          />
          <RecordHistory entries={a.history} t={t} locale={locale} timeZone={a.regency.timeZone} />
        </div>
      </div>
    </>
  );
}
