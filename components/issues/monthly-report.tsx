import Link from "@/components/ui/link";
import { DataTable, type Column } from "@/components/ui/table";
import type { getDashboard } from "@/lib/dashboard/queries";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { monthlyReport } from "@/lib/issues/queries";

type ReportIssue = NonNullable<Awaited<ReturnType<typeof monthlyReport>>>["opened"][number];
type AgencyRow = NonNullable<Awaited<ReturnType<typeof getDashboard>>>["agencies"][number];

/** The month picker above the report (hidden when printed). */
export function ReportMonthForm({ month, t }: { month: string; t: Translate }) {
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-2">
      <Link href="/issues" className="mr-auto text-sm text-emerald-800 hover:underline">
        {t("issues.backToList")}
      </Link>
      <div>
        <label htmlFor="month" className="mb-1 block text-xs font-medium text-slate-700">
          {t("issues.report.month")}
        </label>
        <input
          id="month"
          name="month"
          type="month"
          defaultValue={month}
          className="rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </div>
      <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
        {t("issues.report.show")}
      </button>
    </form>
  );
}

/** Issues opened or closed in the month; a sentence when there are none. */
export function ReportIssueTable({
  rows,
  t,
  locale,
  timeZone,
}: {
  rows: ReportIssue[];
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("issues.report.none")}</p>;
  const columns: Column<ReportIssue>[] = [
    {
      key: "number",
      header: t("issues.fields.number"),
      className: "whitespace-nowrap",
      cell: (r) => t("issues.number", { number: r.number }),
    },
    { key: "title", header: t("issues.fields.title"), cell: (r) => r.title },
    {
      key: "stage",
      header: t("issues.fields.stage"),
      cell: (r) => (
        <>
          {t(`issues.stages.${r.stage}`)} · {r.percentDone}%
        </>
      ),
    },
    {
      key: "owner",
      header: t("issues.fields.owner"),
      cell: (r) => (
        <>
          {r.ownerPosition?.title ?? "—"}
          {r.agency?.shortName && ` · ${r.agency.shortName}`}
        </>
      ),
    },
    {
      key: "dueDate",
      header: t("issues.fields.dueDate"),
      className: "whitespace-nowrap",
      cell: (r) => formatDate(r.dueDate, locale, timeZone),
    },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(r) => r.id} />;
}

/** Open issues per agency, for a reader who sees the whole regency. */
export function ReportAgencyTable({ rows, t }: { rows: AgencyRow[]; t: Translate }) {
  const columns: Column<AgencyRow>[] = [
    { key: "agency", header: t("dashboard.agency"), cell: (a) => a.agencyName ?? t("dashboard.noAgency") },
    { key: "open", header: t("dashboard.openCount"), cell: (a) => a.open },
    { key: "share", header: t("dashboard.share"), cell: (a) => `${a.share}%` },
    { key: "median", header: t("dashboard.medianDays"), cell: (a) => a.medianDays },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(a) => a.agencyId ?? "none"} />;
}
