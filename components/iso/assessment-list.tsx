import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { AssessmentRow } from "@/lib/iso/assessments/queries";
import { AssessmentStatusBadge } from "./status-badges";

export function AssessmentTable({ rows, t, locale }: { rows: AssessmentRow[]; t: Translate; locale: Locale }) {
  const columns: Column<AssessmentRow>[] = [
    { key: "period", header: t("iso.assessment.period"), cell: (a) => <Link href={`/iso/assessments/${a.id}`} className="font-medium text-emerald-800 hover:underline">{a.period}</Link> },
    { key: "status", header: t("iso.assessment.status"), cell: (a) => <AssessmentStatusBadge status={a.status} t={t} /> },
    {
      key: "summary",
      header: t("iso.assessment.summary"),
      cell: (a) => (
        <>
          {t("iso.assessment.counts", a.counts)}
          {a.counts.unrated > 0 && <div className="text-xs text-slate-600">{t("iso.assessment.unratedCount", { count: a.counts.unrated })}</div>}
        </>
      ),
    },
    { key: "assessor", header: t("iso.assessment.assessor"), cell: (a) => a.assessor.name },
    { key: "verifier", header: t("iso.assessment.verifier"), cell: (a) => <>{a.verifier?.name ?? "—"}{a.verifiedAt && <div className="text-xs text-slate-600">{formatDate(a.verifiedAt, locale)}</div>}</> },
  ];
  return <DataTable caption={t("iso.assessment.listTitle")} columns={columns} rows={rows} rowKey={(a) => a.id} />;
}

/** Picks two periods to compare (a plain GET form to the comparison page); the newest two by default. */
export function CompareAssessmentsForm({ rows, t }: { rows: AssessmentRow[]; t: Translate }) {
  return (
    <form action="/iso/assessments/compare" className="flex flex-wrap items-end gap-3">
      {(["a", "b"] as const).map((k, n) => (
        <div key={k}>
          <label htmlFor={`cmp-${k}`} className="mb-1 block text-sm font-medium text-slate-800">{t(k === "a" ? "iso.assessment.compareA" : "iso.assessment.compareB")}</label>
          <select id={`cmp-${k}`} name={k} defaultValue={rows[n === 0 ? 1 : 0].id} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            {rows.map((r) => <option key={r.id} value={r.id}>{r.period}</option>)}
          </select>
        </div>
      ))}
      <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t("iso.assessment.compareShow")}</button>
    </form>
  );
}
