import ExcelJS from "exceljs";
import type { Translate } from "@/lib/i18n/translate";
import { IMPORT_MAX_ROWS } from "@/lib/spreadsheet/read";
import { columnLabelKey } from "./check";
import type { ImportKind } from "./kinds";

/**
 * The template of a kind: a Data sheet with the column names (row 1) and one example row, and a
 * Notes sheet listing each column, whether it is required, and its allowed values (codes and labels).
 */
export async function importTemplate(kind: ImportKind, t: Translate): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Mekar";
  const data = wb.addWorksheet(t("spreadsheet.import.templateSheet"));
  const header = data.addRow(kind.columns.map((c) => t(columnLabelKey(kind, c.key))));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  });
  const example = data.addRow(kind.columns.map((c) => c.example));
  example.font = { italic: true, color: { argb: "FF64748B" } };
  // every cell is text: a date typed as 04/12/2026 stays as written, a code is never a number
  kind.columns.forEach((c, i) => {
    data.getColumn(i + 1).width = Math.max(14, Math.min(40, c.example.length + 4));
    data.getColumn(i + 1).numFmt = "@";
  });
  data.views = [{ state: "frozen", ySplit: 1 }];

  const notes = wb.addWorksheet(t("spreadsheet.import.notesSheet"));
  notes.addRow([t("spreadsheet.import.notesIntro", { max: IMPORT_MAX_ROWS })]).font = { italic: true };
  notes.addRow([]);
  notes.addRow([
    t("spreadsheet.import.notesColumn"),
    t("spreadsheet.import.notesRequired"),
    t("spreadsheet.import.notesAllowed"),
  ]).font = { bold: true };
  for (const c of kind.columns) {
    const noteKey = `spreadsheet.import.columnNotes.${kind.key}.${c.key}`;
    const note = t(noteKey) === noteKey ? "" : t(noteKey);
    const allowed = c.choices
      ? t("spreadsheet.import.choicesNote", {
          choices: c.choices.values.map((v) => `${v} = ${t(c.choices!.label(v))}`).join("; "),
        }) + (note ? `. ${note}` : "")
      : note;
    const row = notes.addRow([t(columnLabelKey(kind, c.key)), c.required ? t("common.yes") : t("common.no"), allowed]);
    row.getCell(3).alignment = { wrapText: true, vertical: "top" };
  }
  notes.getColumn(1).width = 22;
  notes.getColumn(2).width = 8;
  notes.getColumn(3).width = 90;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
