import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { PeriodPicker, RegencyComparison } from "@/components/iso/regency-comparison";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { compareRegencies, listVerifiedPeriods } from "@/lib/iso/assessments/compare-regencies";
import { compareRegenciesSchema } from "@/lib/iso/assessments/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.assessment.regencies.title") };
}

/** Verified assessments of the regencies the actor may read, side by side for one period. */
export default async function CompareRegenciesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requireActor();
  const [t, locale, periods] = await Promise.all([getT(), getLocale(), listVerifiedPeriods(actor)]);
  const parsed = compareRegenciesSchema.parse(await searchParams);
  const period = parsed.period ?? periods[0];
  const cmp = period ? await compareRegencies(actor, period) : null;
  return (
    <>
      <PageHeader
        title={t("iso.assessment.regencies.title")}
        description={t("iso.assessment.regencies.hint")}
        breadcrumb={
          <Link href="/iso/assessments" className="hover:underline">
            {t("iso.sections.assessments")}
          </Link>
        }
      />
      <IsoTabs t={t} />
      {periods.length > 0 && <PeriodPicker periods={periods} period={period} t={t} />}
      {!cmp || cmp.regencies.length === 0 ? (
        <EmptyState title={t("iso.assessment.regencies.empty")} />
      ) : (
        <RegencyComparison cmp={cmp} t={t} locale={locale} />
      )}
    </>
  );
}
