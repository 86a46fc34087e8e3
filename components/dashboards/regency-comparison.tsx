import Link from "@/components/ui/link";
import { inputClassStatic } from "@/components/issues/input-class";
import { DataTable, type Column } from "@/components/ui/table";
import type { getRegencyComparison } from "@/lib/dashboard/queries";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

type Comparison = NonNullable<Awaited<ReturnType<typeof getRegencyComparison>>>;
type ComparisonRow = Comparison["rows"][number];

/** Which regencies to compare (a plain GET form): a province or all, new regencies only, a name or code. */
export function ComparisonFilter({ data, t }: { data: Comparison; t: Translate }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
      <div className="w-full sm:w-64">
        <label htmlFor="province" className="mb-1 block text-xs font-medium text-slate-700">
          {t("dashboard.overview.province")}
        </label>
        <select id="province" name="province" defaultValue={data.filter.province ?? ""} className={inputClassStatic}>
          <option value="">{t("dashboard.overview.allProvinces")}</option>
          {data.provinces.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <div className="w-full sm:w-56">
        <label htmlFor="q" className="mb-1 block text-xs font-medium text-slate-700">
          {t("dashboard.overview.search")}
        </label>
        <input id="q" name="q" defaultValue={data.filter.q ?? ""} maxLength={100} className={inputClassStatic} />
      </div>
      <label className="flex items-center gap-2 pb-2 text-sm text-slate-700">
        <input type="checkbox" name="dob" value="1" defaultChecked={!!data.filter.dob} className="h-4 w-4" />
        {t("dashboard.overview.dobOnly")}
      </label>
      <button className="rounded-md bg-emerald-700 px-3 py-2 text-sm font-medium text-white hover:bg-emerald-800">
        {t("issues.filters.apply")}
      </button>
    </form>
  );
}

/** When the figures were computed, and how many regencies the page shows. */
export function ComparisonNote({ data, t, locale }: { data: Comparison; t: Translate; locale: Locale }) {
  return (
    <p className="mb-3 text-sm text-slate-600">
      {t("dashboard.overview.count", { count: formatNumber(data.rows.length, locale) })} ·{" "}
      {data.computedAt
        ? t("dashboard.overview.asOf", { time: formatDateTime(data.computedAt, locale) })
        : t("dashboard.overview.notComputed")}
    </p>
  );
}

export function RegencyComparisonTable({
  rows,
  t,
  locale,
  caption,
}: {
  rows: ComparisonRow[];
  t: Translate;
  locale: Locale;
  caption?: string;
}) {
  const count = (key: string, header: string, value: (r: ComparisonRow) => number): Column<ComparisonRow> => ({
    key,
    header,
    className: "tabular-nums",
    cell: (r) => formatNumber(value(r), locale),
  });
  const columns: Column<ComparisonRow>[] = [
    {
      key: "regency",
      header: t("dashboard.overview.regency"),
      className: "font-medium",
      cell: (r) => (
        <Link href={`/regencies/${r.slug}`} className="text-emerald-800 hover:underline">
          {r.name}
        </Link>
      ),
    },
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
    <DataTable
      caption={caption ?? t("dashboard.overview.title")}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.regencyId}
    />
  );
}
