import { filterFieldClass, filterSelectClass } from "@/components/issues/input-class";
import { Card } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { compareRegencies } from "@/lib/iso/assessments/compare-regencies";
import { IndicatorLabel } from "./assessment-list";
import { RatingChip } from "./status-badges";

type Comparison = NonNullable<Awaited<ReturnType<typeof compareRegencies>>>;
type IndicatorRow = Comparison["rows"][number];

/** Chooses the verified period to compare (a plain GET form). */
export function PeriodPicker({ periods, period, t }: { periods: string[]; period?: string; t: Translate }) {
  return (
    <form className="mb-4 flex flex-wrap items-end gap-3">
      <div className={filterFieldClass}>
        <label htmlFor="cmp-period" className="mb-1 block text-sm font-medium text-slate-800">
          {t("iso.assessment.period")}
        </label>
        <select id="cmp-period" name="period" defaultValue={period} className={filterSelectClass}>
          {periods.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
        {t("iso.assessment.compareShow")}
      </button>
    </form>
  );
}

/** One card of counts per regency, then every indicator with one column per regency. */
export function RegencyComparison({ cmp, t, locale }: { cmp: Comparison; t: Translate; locale: Locale }) {
  const columns: Column<IndicatorRow>[] = [
    {
      key: "indicator",
      header: t("iso.assessment.indicator"),
      cell: (r) => <IndicatorLabel indicator={r} locale={locale} />,
    },
    ...cmp.regencies.map((g, n): Column<IndicatorRow> => ({
      key: g.id,
      header: g.name,
      cell: (r) => <RatingChip rating={r.ratings[n]} t={t} />,
    })),
  ];
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {cmp.regencies.map((g) => (
          <Card key={g.id} title={g.name}>
            <p className="text-sm">{t("iso.assessment.counts", g.counts)}</p>
            <p className="mt-1 text-xs text-slate-600">
              {t("iso.assessment.regencies.verifiedOn", { date: formatDate(g.verifiedAt, locale, g.timeZone) })}
            </p>
          </Card>
        ))}
      </div>
      <DataTable
        caption={t("iso.assessment.regencies.caption", { period: cmp.period })}
        columns={columns}
        rows={cmp.rows}
        rowKey={(r) => r.code}
      />
    </div>
  );
}
