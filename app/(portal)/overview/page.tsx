import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparisonFilter, ComparisonNote, RegencyComparisonTable } from "@/components/dashboards/regency-comparison";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { getRegencyComparison } from "@/lib/dashboard/queries";
import { getLocale, getT } from "@/lib/i18n/server";
import { z } from "zod";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("dashboard.overview.title") };
}

const filterSchema = z.object({
  province: z.string().trim().max(100).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  dob: z
    .literal("1")
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
});

/** The national desk: every regency the actor may see on one page, those that need attention first. */
export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const { province, q, dob } = filterSchema.parse(await searchParams);
  const data = await getRegencyComparison(actor, { province: province || undefined, q: q || undefined, dob });
  if (!data) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const filtered = !!(province || q || dob);
  return (
    <>
      <PageHeader title={t("dashboard.overview.title")} description={t("dashboard.overview.description")} />
      {!filtered && data.rows.length > 1 && (
        <Card title={t("dashboard.overview.attentionTitle")} className="mb-6">
          {data.attention.length === 0 ? (
            <p className="text-sm text-slate-600">{t("dashboard.overview.attentionEmpty")}</p>
          ) : (
            <RegencyComparisonTable
              rows={data.attention}
              t={t}
              locale={locale}
              caption={t("dashboard.overview.attentionTitle")}
            />
          )}
        </Card>
      )}
      <ComparisonFilter data={data} t={t} />
      <ComparisonNote data={data} t={t} locale={locale} />
      {data.rows.length === 0 ? (
        <EmptyState title={t("dashboard.overview.empty")} />
      ) : (
        <RegencyComparisonTable rows={data.rows} t={t} locale={locale} />
      )}
    </>
  );
}
