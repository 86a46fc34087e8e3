import { inputClassStatic } from "@/components/issues/input-class";
import { DataTable, type Column } from "@/components/ui/table";
import type { getRegencyComparison } from "@/lib/dashboard/queries";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

type Comparison = NonNullable<Awaited<ReturnType<typeof getRegencyComparison>>>;
type ComparisonRow = Comparison["rows"][number];

/** Chooses the province to compare (a plain GET form); "all" only for those who may see every province. */
export function ProvinceFilter({ data, t }: { data: Comparison; t: Translate }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
      <div className="w-72 max-w-full">
        <label htmlFor="province" className="mb-1 block text-xs font-medium text-slate-700">
          {t("dashboard.overview.province")}
        </label>
        <select id="province" name="province" defaultValue={data.province ?? ""} className={inputClassStatic}>
          {data.allowAll && <option value="">{t("dashboard.overview.allProvinces")}</option>}
          {data.provinces.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <button className="rounded-md bg-emerald-700 px-3 py-2 text-sm font-medium text-white hover:bg-emerald-800">
        {t("issues.filters.apply")}
      </button>
    </form>
  );
}

export function RegencyComparisonTable({ rows, t, locale }: { rows: ComparisonRow[]; t: Translate; locale: Locale }) {
  const count = (key: string, header: string, value: (r: ComparisonRow) => number): Column<ComparisonRow> => ({
    key,
    header,
    className: "tabular-nums",
    cell: (r) => formatNumber(value(r), locale),
  });
  const columns: Column<ComparisonRow>[] = [
    { key: "regency", header: t("dashboard.overview.regency"), className: "font-medium", cell: (r) => r.name },
    { key: "province", header: t("dashboard.overview.province"), cell: (r) => r.province },
    count("open", t("dashboard.totals.open"), (r) => r.open),
    count("overdue", t("dashboard.totals.overdue"), (r) => r.overdue),
    count("stale", t("dashboard.totals.stale"), (r) => r.stale),
    count("escalated", t("dashboard.totals.escalated"), (r) => r.escalated),
    {
      key: "share",
      header: t("dashboard.share"),
      className: "tabular-nums",
      cell: (r) => (r.share === null ? "—" : `${r.share}%`),
    },
    {
      key: "median",
      header: t("dashboard.medianDays"),
      className: "tabular-nums",
      cell: (r) => formatNumber(r.medianDays, locale, 1),
    },
  ];
  return (
    <DataTable caption={t("dashboard.overview.title")} columns={columns} rows={rows} rowKey={(r) => r.regencyId} />
  );
}
