import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateAssessmentForm } from "@/components/iso/assessment-forms";
import { AssessmentTable, CompareAssessmentsForm } from "@/components/iso/assessment-list";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { listAssessments } from "@/lib/iso/assessments/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.assessment.listTitle") };
}

export default async function AssessmentsPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const rows = await listAssessments(actor, regency.id);
  if (!rows) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  return (
    <>
      <PageHeader
        title={t("iso.title")}
        description={t("iso.sections.assessmentsHint")}
        actions={
          <LinkButton href="/iso/assessments/compare-regencies" variant="secondary">
            {t("iso.assessment.regencies.open")}
          </LinkButton>
        }
      />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          {rows.length === 0 ? (
            <EmptyState title={t("iso.assessment.empty")} />
          ) : (
            <AssessmentTable rows={rows} t={t} locale={locale} timeZone={regency.timeZone} />
          )}
          {rows.length >= 2 && (
            <Card title={t("iso.assessment.compareTitle")}>
              <CompareAssessmentsForm rows={rows} t={t} />
            </Card>
          )}
        </div>
        {canManage && (
          <Card title={t("iso.assessment.new")}>
            <CreateAssessmentForm regencyId={regency.id} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
