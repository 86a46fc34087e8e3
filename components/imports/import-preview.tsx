"use client";
import { useT } from "@/lib/i18n/client";

export type PreviewData = {
  checked: {
    header: string[];
    rows: { line: number; cells: string[]; errors: string[] }[];
    fileErrors: { line: number; message: string }[];
    errorCount: number;
  };
  source: string;
  payload?: string;
};

/** Every row of the sheet with its line and what is wrong with it (or that it is valid). */
export function ImportPreview({ data }: { data: PreviewData }) {
  const t = useT();
  const { header, rows, fileErrors } = data.checked;
  if (fileErrors.length)
    return (
      <ul
        aria-label={t("spreadsheet.import.fileErrorsCaption")}
        className="space-y-1 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900"
      >
        {fileErrors.map((e, i) => (
          <li key={i}>
            <span className="font-medium tabular-nums">{t("spreadsheet.import.lineN", { line: e.line })}</span>:{" "}
            {e.message}
          </li>
        ))}
      </ul>
    );
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200"
      tabIndex={0}
      role="region"
      aria-label={t("spreadsheet.import.previewCaption")}
    >
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("spreadsheet.import.previewCaption")}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("spreadsheet.import.line")}
            </th>
            <th scope="col" className="min-w-56 px-3 py-2">
              {t("spreadsheet.import.status")}
            </th>
            {header.map((h) => (
              <th key={h} scope="col" className="px-3 py-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white">
          {rows.map((r) => (
            <tr key={r.line} className={r.errors.length ? "bg-red-50" : undefined}>
              <th scope="row" className="px-3 py-2 text-left font-medium tabular-nums text-slate-900">
                {r.line}
              </th>
              <td className="px-3 py-2">
                {r.errors.length ? (
                  <ul className="list-disc space-y-0.5 pl-4 text-red-800">
                    {r.errors.map((e, i) => (
                      <li key={i}>{e}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-emerald-800">{t("spreadsheet.import.rowOk")}</span>
                )}
              </td>
              {r.cells.map((c, i) => (
                <td key={i} className="max-w-64 truncate px-3 py-2 text-slate-700" title={c}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
