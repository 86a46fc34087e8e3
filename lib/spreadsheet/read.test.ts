import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellText, detectDelimiter, isXlsx, parseDelimited, readSheet } from "./read";

describe("reading a sheet", () => {
  it("detects comma, semicolon and tab (pasted from Excel) on the header line", () => {
    expect(detectDelimiter("Judul,Kategori\nA;B;C;D")).toBe(",");
    expect(detectDelimiter("\uFEFFJudul;Kategori;Uraian\n1,5")).toBe(";");
    expect(detectDelimiter('"Judul, isu";Kategori')).toBe(";");
    expect(detectDelimiter("Judul\tKategori\tUraian")).toBe("\t");
  });

  it("keeps the line of each row across quoted newlines and skips blank rows", () => {
    const rows = parseDelimited('Judul;Uraian\r\n"Jalan ""rusak""";"baris satu\nbaris dua"\r\n;\r\nJembatan;putus\r\n');
    expect(rows).toEqual([
      { line: 1, cells: ["Judul", "Uraian"] },
      { line: 2, cells: ['Jalan "rusak"', "baris satu\nbaris dua"] },
      { line: 5, cells: ["Jembatan", "putus"] },
    ]);
  });

  it("reads the first worksheet of an .xlsx as text: dates, numbers, rich text and formula results", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.addRow(["Tanggal terbit", "Jangkauan", "Judul berita", "Hitung"]);
    ws.addRow([
      new Date(Date.UTC(2026, 11, 4)),
      25000,
      { richText: [{ text: "Jalan " }, { text: "baru" }] },
      { formula: "1+1", result: 2 },
    ]);
    ws.addRow([]);
    ws.addRow(["2026-12-05", 1.5, "=cmd", null]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(isXlsx(bytes)).toBe(true);
    expect(await readSheet({ bytes })).toEqual([
      { line: 1, cells: ["Tanggal terbit", "Jangkauan", "Judul berita", "Hitung"] },
      { line: 2, cells: ["2026-12-04", "25000", "Jalan baru", "2"] },
      { line: 4, cells: ["2026-12-05", "1.5", "=cmd"] },
    ]);
    expect(cellText(new Date(Date.UTC(2026, 11, 4, 8, 30)))).toBe("2026-12-04 08:30");
  });

  it("reads a CSV upload as UTF-8 with its BOM removed", async () => {
    const bytes = new TextEncoder().encode("\uFEFFNama;Organisasi\nÄhmad;Forum Nelayan\n");
    expect(await readSheet({ bytes })).toEqual([
      { line: 1, cells: ["Nama", "Organisasi"] },
      { line: 2, cells: ["Ähmad", "Forum Nelayan"] },
    ]);
  });

  it("reads a CSV from Excel on Windows (windows-1252) with its letters intact", async () => {
    // "Nama;Jabatan\nDr. José Ramírez;Kepala Dinas" as Excel's default "CSV (dipisahkan koma)" writes it
    const bytes = Uint8Array.from(Buffer.from("Nama;Jabatan\r\nDr. José Ramírez;Kepala Dinas\r\n", "latin1"));
    expect(bytes).toContain(0xe9);
    expect(await readSheet({ bytes })).toEqual([
      { line: 1, cells: ["Nama", "Jabatan"] },
      { line: 2, cells: ["Dr. José Ramírez", "Kepala Dinas"] },
    ]);
  });

  it('reads Excel\'s "Unicode text" (UTF-16 LE with its BOM, tab separated) without NULs', async () => {
    const bytes = Uint8Array.from(
      Buffer.from("\uFEFFNama\tOrganisasi\r\nDr. José Ramírez\tDinas Kesehatan\r\n", "utf16le"),
    );
    expect(await readSheet({ bytes })).toEqual([
      { line: 1, cells: ["Nama", "Organisasi"] },
      { line: 2, cells: ["Dr. José Ramírez", "Dinas Kesehatan"] },
    ]);
  });

  it("reads UTF-16 BE with its BOM", async () => {
    const le = Buffer.from("\uFEFFNama;Kota\nJosé;Ciamis\n", "utf16le");
    const bytes = Uint8Array.from(le.swap16());
    expect(bytes[0]).toBe(0xfe);
    expect(await readSheet({ bytes })).toEqual([
      { line: 1, cells: ["Nama", "Kota"] },
      { line: 2, cells: ["José", "Ciamis"] },
    ]);
  });

  it("reads UTF-8 with a BOM as UTF-8, not as windows-1252", async () => {
    const bytes = new TextEncoder().encode("\uFEFFNama;Jabatan\nDr. José Ramírez;Kepala Dinas\n");
    expect(bytes.slice(0, 3)).toEqual(Uint8Array.from([0xef, 0xbb, 0xbf]));
    expect(await readSheet({ bytes })).toEqual([
      { line: 1, cells: ["Nama", "Jabatan"] },
      { line: 2, cells: ["Dr. José Ramírez", "Kepala Dinas"] },
    ]);
  });
});
