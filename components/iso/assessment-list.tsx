import { filterFieldClass, filterSelectClass } from "@/components/issues/input-class";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { AssessmentRow, compareAssessments } from "@/lib/iso/assessments/queries";
import { AssessmentStatusBadge, RatingChip } from "./status-badges";

export function AssessmentTable({
  rows,
  t,
  locale,
  timeZone,
}: {
  rows: AssessmentRow[];
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const columns: Column<AssessmentRow>[] = [
    {
      key: "period",
      header: t("iso.assessment.period"),
      cell: (a) => (
        <Link href={`/iso/assessments/${a.id}`} className="font-medium text-emerald-800 hover:underline">
          {a.period}
        </Link>
      ),
    },
    {
      key: "status",
      header: t("iso.assessment.status"),
      cell: (a) => <AssessmentStatusBadge status={a.status} t={t} />,
    },
    {
      key: "summary",
      header: t("iso.assessment.summary"),
      cell: (a) => (
        <>
          {t("iso.assessment.counts", a.counts)}
          {a.counts.unrated > 0 && (
            <div className="text-xs text-slate-600">
              {t("iso.assessment.unratedCount", { count: a.counts.unrated })}
            </div>
          )}
        </>
      ),
    },
    { key: "assessor", header: t("iso.assessment.assessor"), cell: (a) => a.assessor.name },
    {
      key: "verifier",
      header: t("iso.assessment.verifier"),
      cell: (a) => (
        <>
          {a.verifier?.name ?? "—"}
          {a.verifiedAt && <div className="text-xs text-slate-600">{formatDate(a.verifiedAt, locale, timeZone)}</div>}
        </>
      ),
    },
  ];
  return <DataTable caption={t("iso.assessment.listTitle")} columns={columns} rows={rows} rowKey={(a) => a.id} />;
}

/** Picks two periods to compare (a plain GET form to the comparison page); the newest two by default. */
export function CompareAssessmentsForm({ rows, t }: { rows: AssessmentRow[]; t: Translate }) {
  return (
    <form action="/iso/assessments/compare" className="flex flex-wrap items-end gap-3">
      {(["a", "b"] as const).map((k, n) => (
        <div key={k} className={filterFieldClass}>
          <label htmlFor={`cmp-${k}`} className="mb-1 block text-sm font-medium text-slate-800">
            {t(k === "a" ? "iso.assessment.compareA" : "iso.assessment.compareB")}
          </label>
          <select id={`cmp-${k}`} name={k} defaultValue={rows[n === 0 ? 1 : 0].id} className={filterSelectClass}>
            {rows.map((r) => (
              <option key={r.id} value={r.id}>
                {r.period}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
        {t("iso.assessment.compareShow")}
      </button>
    </form>
  );
}

type Comparison = NonNullable<Awaited<ReturnType<typeof compareAssessments>>>;
type ComparedIndicator = Comparison["rows"][number];

// red < yellow < green; "not measurable" and unrated are not compared
const SCORE: Record<string, number> = { red: 0, yellow: 1, green: 2 };

function change(r: ComparedIndicator) {
  const sa = r.a ? SCORE[r.a] : undefined;
  const sb = r.b ? SCORE[r.b] : undefined;
  return sa === undefined || sb === undefined ? null : sb > sa ? "better" : sb < sa ? "worse" : "same";
}

/** An indicator's code and its name in the reader's language. */
export function IndicatorLabel({
  indicator,
  locale,
}: {
  indicator: { code: string; id: string; en: string };
  locale: Locale;
}) {
  return (
    <>
      <strong>{indicator.code}</strong> {locale === "en" ? indicator.en : indicator.id}
    </>
  );
}

/** Two periods' ratings side by side, each indicator marked better, worse or the same. */
export function AssessmentComparisonTable({ cmp, t, locale }: { cmp: Comparison; t: Translate; locale: Locale }) {
  const columns: Column<ComparedIndicator>[] = [
    {
      key: "indicator",
      header: t("iso.assessment.indicator"),
      cell: (r) => <IndicatorLabel indicator={r} locale={locale} />,
    },
    { key: "a", header: cmp.a.period, cell: (r) => <RatingChip rating={r.a} t={t} /> },
    { key: "b", header: cmp.b.period, cell: (r) => <RatingChip rating={r.b} t={t} /> },
    {
      key: "change",
      header: t("iso.assessment.change"),
      cell: (r) => {
        const c = change(r);
        return (
          c && (
            <Badge tone={c === "better" ? "green" : c === "worse" ? "red" : "slate"}>{t(`iso.assessment.${c}`)}</Badge>
          )
        );
      },
    },
  ];
  return (
    <DataTable caption={t("iso.assessment.compareTitle")} columns={columns} rows={cmp.rows} rowKey={(r) => r.code} />
  );
}
