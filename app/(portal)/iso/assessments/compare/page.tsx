import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AssessmentComparisonTable } from "@/components/iso/assessment-list";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { compareAssessments } from "@/lib/iso/assessments/queries";
import { compareAssessmentsSchema } from "@/lib/iso/assessments/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.assessment.compareTitle") };
}

export default async function CompareAssessmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const { a, b } = compareAssessmentsSchema.parse(await searchParams);
  if (!a || !b) notFound();
  const cmp = await compareAssessments(actor, regency.id, a, b);
  if (!cmp) notFound();
  return (
    <>
      <PageHeader
        title={`${t("iso.assessment.compareTitle")}: ${cmp.a.period} → ${cmp.b.period}`}
        breadcrumb={
          <Link href="/iso/assessments" className="hover:underline">
            {t("iso.sections.assessments")}
          </Link>
        }
      />
      <IsoTabs t={t} />
      <div className="mb-4 grid gap-3 sm:grid-cols-2">
        <Card title={cmp.a.period}>
          <p className="text-sm">{t("iso.assessment.counts", cmp.a.counts)}</p>
        </Card>
        <Card title={cmp.b.period}>
          <p className="text-sm">{t("iso.assessment.counts", cmp.b.counts)}</p>
        </Card>
      </div>
      <AssessmentComparisonTable cmp={cmp} t={t} locale={locale} />
    </>
  );
}
