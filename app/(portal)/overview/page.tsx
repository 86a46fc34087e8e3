import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProvinceFilter, RegencyComparisonTable } from "@/components/dashboards/regency-comparison";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { getRegencyComparison } from "@/lib/dashboard/queries";
import { getLocale, getT } from "@/lib/i18n/server";
import { z } from "zod";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("dashboard.overview.title") };
}

const filterSchema = z.object({ province: z.string().trim().max(100).optional().catch(undefined) });

/** Admin / provincial overview: the dashboard's figures side by side per regency. */
export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const { province } = filterSchema.parse(await searchParams);
  const active = await getActiveRegency(actor);
  const data = await getRegencyComparison(actor, province || undefined, active?.id);
  if (!data) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <>
      <PageHeader title={t("dashboard.overview.title")} description={t("dashboard.overview.description")} />
      <ProvinceFilter data={data} t={t} />
      {data.rows.length === 0 ? (
        <EmptyState title={t("dashboard.overview.empty")} />
      ) : (
        <RegencyComparisonTable rows={data.rows} t={t} locale={locale} />
      )}
    </>
  );
}
