import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, td, th } from "@/components/ui/table";
import { inputClassStatic } from "@/components/issues/input-class";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { getRegencyComparison } from "@/lib/dashboard/queries";
import { formatNumber } from "@/lib/i18n/format";
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
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <div className="w-72">
          <label htmlFor="province" className="mb-1 block text-xs font-medium text-slate-700">{t("dashboard.overview.province")}</label>
          <select id="province" name="province" defaultValue={data.province ?? ""} className={inputClassStatic}>
            {data.allowAll && <option value="">{t("dashboard.overview.allProvinces")}</option>}
            {data.provinces.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </div>
        <button className="rounded-md bg-emerald-700 px-3 py-2 text-sm font-medium text-white hover:bg-emerald-800">{t("issues.filters.apply")}</button>
      </form>
      {data.rows.length === 0 ? <EmptyState title={t("dashboard.overview.empty")} /> : (
        <Table
          caption={t("dashboard.overview.title")}
          head={<tr><th className={th}>{t("dashboard.overview.regency")}</th><th className={th}>{t("dashboard.overview.province")}</th><th className={th}>{t("dashboard.totals.open")}</th><th className={th}>{t("dashboard.totals.overdue")}</th><th className={th}>{t("dashboard.totals.stale")}</th><th className={th}>{t("dashboard.totals.escalated")}</th><th className={th}>{t("dashboard.share")}</th><th className={th}>{t("dashboard.medianDays")}</th></tr>}
        >
          {data.rows.map((r) => (
            <tr key={r.regencyId}>
              <td className={`${td} font-medium`}>{r.name}</td>
              <td className={td}>{r.province}</td>
              <td className={`${td} tabular-nums`}>{formatNumber(r.open, locale)}</td>
              <td className={`${td} tabular-nums`}>{formatNumber(r.overdue, locale)}</td>
              <td className={`${td} tabular-nums`}>{formatNumber(r.stale, locale)}</td>
              <td className={`${td} tabular-nums`}>{formatNumber(r.escalated, locale)}</td>
              <td className={`${td} tabular-nums`}>{r.share === null ? "—" : `${r.share}%`}</td>
              <td className={`${td} tabular-nums`}>{formatNumber(r.medianDays, locale, 1)}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
