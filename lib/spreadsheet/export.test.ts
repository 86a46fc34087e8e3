import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { tableToCsv } from "./csv";
import { downloadTicket, spreadsheetResponse } from "./respond";
import { exportFormatSchema, wallClock, type SheetTable } from "./table";
import { tableToXlsx } from "./xlsx";

// 4 December 2026, 00:30 UTC: 08:30 in Malaka (WITA, UTC+8), 07:30 in Jakarta (WIB).
const AT = new Date("2026-12-04T00:30:00Z");
const DUE = new Date("2026-12-20T00:00:00Z"); // a @db.Date

function table(over: Partial<SheetTable> = {}): SheetTable {
  return {
    title: "Daftar isu — Kabupaten Malaka",
    filters: [{ label: "Tahap", value: "Analisis" }],
    columns: [
      { header: "Nomor", type: "text" },
      { header: "Judul", type: "text", width: 40 },
      { header: "Prioritas", type: "number" },
      { header: "Progres", type: "percent" },
      { header: "Tenggat", type: "date" },
      { header: "Pembaruan terakhir", type: "datetime" },
      { header: "Publik", type: "text" },
    ],
    rows: [
      ["ISU-7", '=HYPERLINK("http://x";"klik")', 12.5, 40, DUE, AT, true],
      ["ISU-8", "-2+3", -3, 0, null, AT, false],
    ],
    timeZone: "Asia/Makassar",
    filename: "daftar-isu-malaka",
    labels: { zone: "Zona waktu", exportedAt: "Diunduh", yes: "Ya", no: "Tidak" },
    ...over,
  };
}

async function readBack(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

describe("xlsx export", () => {
  it("writes title and filter rows, then a bold frozen header with an autofilter", async () => {
    const ws = await readBack(await tableToXlsx(table(), AT));
    expect(ws.getCell("A1").value).toBe("Daftar isu — Kabupaten Malaka");
    expect([ws.getCell("A2").value, ws.getCell("B2").value]).toEqual(["Tahap", "Analisis"]);
    expect([ws.getCell("A3").value, ws.getCell("B3").value]).toEqual(["Zona waktu", "WITA (Asia/Makassar)"]);
    const headerRow = 6;
    expect(ws.getRow(headerRow).getCell(1).value).toBe("Nomor");
    expect(ws.getRow(headerRow).getCell(6).value).toBe("Pembaruan terakhir (WITA)");
    expect(ws.getRow(headerRow).font?.bold ?? ws.getRow(headerRow).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: headerRow });
    expect(ws.autoFilter).toBe("A6:G6");
    expect(ws.getColumn(2).width).toBe(40);
  });

  it("types the cells: numbers, percent, a calendar date and the wall-clock time of the regency", async () => {
    const ws = await readBack(await tableToXlsx(table(), AT));
    const row = ws.getRow(7);
    expect(row.getCell(3).value).toBe(12.5);
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(4).value).toBe(0.4);
    expect(row.getCell(4).numFmt).toBe("0%");
    expect(row.getCell(5).value).toEqual(DUE);
    expect(row.getCell(5).type).toBe(ExcelJS.ValueType.Date);
    // Excel has no zones: the cell holds 08:30, Malaka's clock (exceljs reads serials as UTC fields)
    expect((row.getCell(6).value as Date).toISOString()).toBe("2026-12-04T08:30:00.000Z");
    expect(row.getCell(6).numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(row.getCell(7).value).toBe("Ya");
    expect(ws.getRow(8).getCell(3).value).toBe(-3);
  });

  it("writes text that looks like a formula as a plain string cell, exactly as entered", async () => {
    const ws = await readBack(await tableToXlsx(table(), AT));
    const cell = ws.getRow(7).getCell(2);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe('=HYPERLINK("http://x";"klik")');
    expect(ws.getRow(8).getCell(2).type).toBe(ExcelJS.ValueType.String);
  });

  it("names the zone of a Papua regency WIT", async () => {
    const ws = await readBack(await tableToXlsx(table({ timeZone: "Asia/Jayapura" }), AT));
    expect(ws.getRow(6).getCell(6).value).toBe("Pembaruan terakhir (WIT)");
    expect((ws.getRow(7).getCell(6).value as Date).toISOString()).toBe("2026-12-04T09:30:00.000Z");
  });
});

describe("CSV export", () => {
  it("starts with a BOM and the header; dates in local time without Z; formulas neutralised", () => {
    const csv = tableToCsv(table(), ",");
    expect(csv.startsWith("\uFEFFNomor,Judul,Prioritas,Progres,Tenggat,Pembaruan terakhir (WITA),Publik\r\n")).toBe(
      true,
    );
    const [, first, second] = csv.split("\r\n");
    expect(first).toBe(`ISU-7,"'=HYPERLINK(""http://x"";""klik"")",12.5,40%,2026-12-20,2026-12-04 08:30,Ya`);
    expect(second).toBe("ISU-8,'-2+3,-3,0%,,2026-12-04 08:30,Tidak");
    expect(csv).not.toMatch(/\d{2}:\d{2}:\d{2}(\.\d+)?Z/);
  });

  it("has a ; variant with a decimal comma for Excel in an Indonesian locale", () => {
    const [, first, second] = tableToCsv(table(), ";").split("\r\n");
    expect(first).toBe(`ISU-7;"'=HYPERLINK(""http://x"";""klik"")";12,5;40%;2026-12-20;2026-12-04 08:30;Ya`);
    expect(second).toBe("ISU-8;'-2+3;-3;0%;;2026-12-04 08:30;Tidak");
  });

  it("answers each format with its type and file name", async () => {
    const xlsx = await spreadsheetResponse(table(), "xlsx");
    expect(xlsx.headers.get("Content-Type")).toContain("spreadsheetml");
    expect(xlsx.headers.get("Content-Disposition")).toContain('filename="daftar-isu-malaka.xlsx"');
    const semi = await spreadsheetResponse(table(), "csv-semicolon");
    expect(semi.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await semi.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(exportFormatSchema.parse("pdf")).toBe("csv");
    expect(exportFormatSchema.parse(undefined)).toBe("csv");
  });

  it("tells the download menu its file is ready: the ticket comes back in a short-lived cookie", async () => {
    const ticket = downloadTicket(new Request("http://x/issues/export?format=csv&dl=abc123def4"));
    expect(ticket).toBe("abc123def4");
    const res = await spreadsheetResponse(table(), "csv", ticket);
    expect(res.headers.get("Set-Cookie")).toBe("mekar-download=abc123def4; Path=/; Max-Age=120; SameSite=Lax");
    // without a ticket, or with anything but a short token, no cookie
    expect((await spreadsheetResponse(table(), "csv")).headers.get("Set-Cookie")).toBeNull();
    expect(downloadTicket(new Request("http://x/e?dl=a;b=c%0d%0a"))).toBeNull();
    expect(downloadTicket(new Request("http://x/e"))).toBeNull();
  });

  it("keeps the wall clock across a date line", () => {
    expect(wallClock(new Date("2026-12-31T20:00:00Z"), "Asia/Jayapura").toISOString()).toBe("2027-01-01T05:00:00.000Z");
  });
});
