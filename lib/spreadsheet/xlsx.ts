import ExcelJS from "exceljs";
import { zoneLabel } from "@/lib/regencies/time-zone";
import { columnHeader, wallClock, type CellValue, type Column, type SheetTable } from "./table";

// The .xlsx of a table: title and filter rows, a bold header row frozen in place with an
// autofilter, column widths, and typed cells: numbers as numbers, dates as Excel dates in the
// regency's wall-clock time (Excel has no zones: the zone is named in the header and the title
// rows). Text is always a string cell, never a formula: Excel does not evaluate a string cell,
// so text is written exactly as entered (no apostrophe that would show in the cell).

const NUM_FMT: Partial<Record<Column["type"], string>> = {
  date: "dd/mm/yyyy",
  datetime: "dd/mm/yyyy hh:mm",
  percent: "0%",
};

function cellValue(value: CellValue, column: Column, table: SheetTable): ExcelJS.CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "boolean") return value ? table.labels.yes : table.labels.no;
  if (value instanceof Date) return column.type === "date" ? value : wallClock(value, table.timeZone);
  if (typeof value === "number") return column.type === "percent" ? value / 100 : value;
  // a string stays a string cell (exceljs writes a formula only for { formula } values)
  return String(value);
}

/** The worksheet name Excel accepts: up to 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet1"
  );
}

export async function tableToXlsx(table: SheetTable, now = new Date()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Mekar";
  wb.created = now;
  const ws = wb.addWorksheet(sheetName(table.sheetName ?? table.title));
  const title = ws.addRow([table.title]);
  title.font = { bold: true, size: 14 };
  for (const f of table.filters) ws.addRow([f.label, f.value]).getCell(1).font = { bold: true };
  const zone = ws.addRow([table.labels.zone, `${zoneLabel(table.timeZone)} (${table.timeZone})`]);
  zone.getCell(1).font = { bold: true };
  const exported = ws.addRow([table.labels.exportedAt, wallClock(now, table.timeZone)]);
  exported.getCell(1).font = { bold: true };
  exported.getCell(2).numFmt = NUM_FMT.datetime!;
  exported.getCell(2).alignment = { horizontal: "left" };
  ws.addRow([]);
  const header = ws.addRow(table.columns.map((c) => columnHeader(c, table.timeZone)));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    cell.border = { bottom: { style: "thin" } };
  });
  const headerRow = header.number;
  for (const row of table.rows) {
    const added = ws.addRow(table.columns.map((c, i) => cellValue(row[i], c, table)));
    table.columns.forEach((c, i) => {
      const fmt = NUM_FMT[c.type];
      if (fmt) added.getCell(i + 1).numFmt = fmt;
      if (c.type === "text") added.getCell(i + 1).alignment = { wrapText: true, vertical: "top" };
    });
  }
  table.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width =
      c.width ?? (c.type === "datetime" ? 18 : c.type === "date" ? 12 : c.type === "text" ? 24 : 10);
  });
  if (ws.getColumn(1).width! < 16) ws.getColumn(1).width = 16; // the title rows' labels
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }];
  ws.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: Math.max(table.columns.length, 1) },
  };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
