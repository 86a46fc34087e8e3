import type { Translate } from "@/lib/i18n/translate";
import { IMPORT_MAX_ROWS, type SheetRow } from "@/lib/spreadsheet/read";
import { translateIssue } from "@/lib/validation";
import type { ImportKind } from "./kinds";

// Checking a sheet against a kind, without the database: the header row mapped to the kind's
// columns by their names in Indonesian or English (or their codes), every row validated with
// the kind's schema. Each error names the line a user sees in Excel and the reason in their
// language. Pure: the same sheet always gives the same answer, at preview and at confirm.

export type ImportError = { line: number; message: string };
export type PreviewRow = { line: number; cells: string[]; errors: string[] };
export type CheckedImport = {
  /** The mapped columns' labels in the user's language, in sheet order. */
  header: string[];
  rows: PreviewRow[];
  /** Problems with the file as a whole (empty, too many rows, unknown or missing columns). */
  fileErrors: ImportError[];
  /** Every valid row's record, in sheet order (all rows, only when there is no error at all). */
  records: { line: number; data: Record<string, unknown> }[];
  errorCount: number;
};

/** "Nama organisasi" / "nama_organisasi" / "NamaOrganisasi" → "namaorganisasi". */
export function normaliseHeader(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\(.*?\)|\*/g, "")
    .replace(/[^a-z0-9]/g, "");
}

export const columnLabelKey = (kind: ImportKind, key: string) => `spreadsheet.import.columns.${kind.key}.${key}`;

/** The code a cell names: the code itself, or its label (or a label's unambiguous start) in any of the languages. */
function choiceCode(value: string, values: readonly string[], labelOf: (code: string) => string, ts: Translate[]) {
  const n = normaliseHeader(value);
  const labels = (code: string) => ts.map((t) => normaliseHeader(t(labelOf(code))));
  for (const code of values) if (normaliseHeader(code) === n || labels(code).includes(n)) return code;
  // the first words of a long label ("Keuangan" for "Keuangan daerah dan ketergantungan transfer"), when only one fits
  const starts = n.length >= 4 ? values.filter((code) => labels(code).some((l) => l.startsWith(n))) : [];
  return starts.length === 1 ? starts[0] : value;
}

/**
 * Checks a sheet. `t` is the user's language (messages); `all` are the translators of every
 * language whose column names and labels the sheet may use (id and en).
 */
export function checkImport(kind: ImportKind, sheet: SheetRow[], t: Translate, all: Translate[]): CheckedImport {
  const empty = (fileErrors: ImportError[]): CheckedImport => ({
    header: [],
    rows: [],
    fileErrors,
    records: [],
    errorCount: fileErrors.length,
  });
  if (sheet.length === 0) return empty([{ line: 1, message: t("spreadsheet.import.errors.empty") }]);
  const [head, ...body] = sheet;
  if (body.length === 0) return empty([{ line: head.line + 1, message: t("spreadsheet.import.errors.noRows") }]);
  if (body.length > IMPORT_MAX_ROWS)
    return empty([
      {
        line: head.line,
        message: t("spreadsheet.import.errors.tooManyRows", { max: IMPORT_MAX_ROWS, count: body.length }),
      },
    ]);

  const names = new Map<string, string>();
  for (const c of kind.columns) {
    names.set(normaliseHeader(c.key), c.key);
    for (const tr of all) names.set(normaliseHeader(tr(columnLabelKey(kind, c.key))), c.key);
  }
  const fileErrors: ImportError[] = [];
  const mapped: { index: number; key: string }[] = [];
  head.cells.forEach((cell, index) => {
    if (cell.trim() === "") return;
    const key = names.get(normaliseHeader(cell));
    if (!key)
      fileErrors.push({
        line: head.line,
        message: t("spreadsheet.import.errors.unknownColumn", { name: cell.trim() }),
      });
    else if (mapped.some((m) => m.key === key))
      fileErrors.push({
        line: head.line,
        message: t("spreadsheet.import.errors.duplicateColumn", { name: cell.trim() }),
      });
    else mapped.push({ index, key });
  });
  for (const c of kind.columns)
    if (c.required && !mapped.some((m) => m.key === c.key))
      fileErrors.push({
        line: head.line,
        message: t("spreadsheet.import.errors.missingColumn", { name: t(columnLabelKey(kind, c.key)) }),
      });
  if (fileErrors.length) return empty(fileErrors);

  const byKey = new Map(kind.columns.map((c) => [c.key, c]));
  const rows: PreviewRow[] = [];
  const records: CheckedImport["records"] = [];
  let errorCount = 0;
  for (const { line, cells } of body) {
    const input: Record<string, unknown> = {};
    const shown: string[] = [];
    for (const { index, key } of mapped) {
      const raw = (cells[index] ?? "").trim();
      shown.push(raw);
      if (raw === "") continue; // a blank cell: the column's default, or "required"
      const choices = byKey.get(key)!.choices;
      input[key] = choices ? choiceCode(raw, choices.values, choices.label, all) : raw;
    }
    const errors: string[] = [];
    if (mapped.every(({ key }, i) => shown[i] === byKey.get(key)!.example))
      errors.push(t("spreadsheet.import.errors.exampleRow"));
    const extra = cells.slice(Math.max(...mapped.map((m) => m.index)) + 1).filter((c) => c.trim() !== "");
    if (extra.length) errors.push(t("spreadsheet.import.errors.extraCells"));
    const parsed = kind.row.safeParse(input);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "");
        const label = byKey.has(key) ? t(columnLabelKey(kind, key)) : "";
        const message = translateIssue(issue, t);
        // a domain message may already name the field ("Judul minimal 5 karakter.")
        errors.push(label && !message.toLowerCase().startsWith(label.toLowerCase()) ? `${label}: ${message}` : message);
      }
    else if (!errors.length) records.push({ line, data: parsed.data });
    errorCount += errors.length;
    rows.push({ line, cells: shown, errors });
  }
  return {
    header: mapped.map((m) => t(columnLabelKey(kind, m.key))),
    rows,
    fileErrors: [],
    records: errorCount ? [] : records,
    errorCount,
  };
}
