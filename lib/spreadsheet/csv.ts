import { columnHeader, FORMULA_START, isoLocal, type CellValue, type Column, type SheetTable } from "./table";

// CSV for Excel: UTF-8 with a byte-order mark (else Excel reads Indonesian text as Latin-1),
// CRLF, RFC 4180 quoting. "," for Excel in an English locale; ";" with a decimal comma for Excel
// in an Indonesian locale (there "," is the decimal separator and ";" the list separator).
// The header row comes first (no title rows: a CSV is read back by programs too); a datetime
// column names its zone in the header. Dates are written "2026-12-04 08:30" (ISO order, local
// time, no "Z"): Excel reads that as a date and time in every locale, while "08.30 WITA" or
// "4 Des 2026" stay text and sort wrong.

export type Delimiter = "," | ";";

function numberText(n: number, delimiter: Delimiter): string {
  const s = Number.isFinite(n) ? String(n) : "";
  return delimiter === ";" ? s.replace(".", ",") : s;
}

/** A text cell, neutralised: a leading =, +, -, @, tab or CR gets a leading apostrophe. */
export function csvText(value: string): string {
  const s = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvValue(value: CellValue, column: Column, table: SheetTable, delimiter: Delimiter): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return csvText(value ? table.labels.yes : table.labels.no);
  if (value instanceof Date) {
    const type = column.type === "date" ? "date" : "datetime";
    return isoLocal(value, type, table.timeZone);
  }
  if (typeof value === "number") {
    if (column.type === "percent") return `${numberText(value, delimiter)}%`;
    return numberText(value, delimiter);
  }
  return csvText(value);
}

export function tableToCsv(table: SheetTable, delimiter: Delimiter = ","): string {
  const header = table.columns.map((c) => csvText(columnHeader(c, table.timeZone))).join(delimiter);
  const lines = table.rows.map((row) =>
    table.columns.map((c, i) => csvValue(row[i], c, table, delimiter)).join(delimiter),
  );
  return "\uFEFF" + [header, ...lines].join("\r\n") + "\r\n";
}
