import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { withE2eDb } from "../helpers/e2e-db";
import { signedInAs } from "../helpers/sessions";

// Excel the way the offices use it (issue 14, items 2 and 3): the issue register downloads as a
// typed .xlsx, and a sheet of issues imports all or nothing, with every bad row named by its line.

const SHOTS = process.env.E2E_SHOTS_DIR;

async function workbookOf(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

async function sheetFile(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel("Berkas (.xlsx atau .csv)").setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  });
  await page.getByRole("button", { name: "Periksa (pratinjau)" }).click();
}

test("the coordinator downloads the issue register as .xlsx with typed cells", async ({ page }) => {
  await signedInAs(page, "koordinator@mekar.test");
  await page.goto("/issues?category=infrastructure");
  await page.locator("summary", { hasText: "Unduh" }).click();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/download-menu-desktop.png` });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Excel (.xlsx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^isu-pangandaran-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = await workbookOf(readFileSync(await download.path()));
  const ws = wb.worksheets[0];
  expect(String(ws.getCell("A1").value)).toContain("Pangandaran");
  // the filter applied is named above the table
  const top = JSON.stringify(ws.getSheetValues().slice(1, 6));
  expect(top).toContain("Infrastruktur");
  expect(top).toContain("WIB (Asia/Jakarta)");
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && row.getCell(1).value === "Nomor") headerRow = n;
  });
  expect(headerRow).toBeGreaterThan(1);
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: headerRow });
  const header = (ws.getRow(headerRow).values as unknown[]).slice(1).map(String);
  const col = (name: string) => header.findIndex((h) => h.startsWith(name)) + 1;
  expect(header[col("Pembaruan terakhir") - 1]).toMatch(/\(WIB\)$/);
  const first = ws.getRow(headerRow + 1);
  expect(String(first.getCell(1).value)).toMatch(/^ISU-\d+$/);
  expect(first.getCell(col("Kategori")).value).toBe("Infrastruktur");
  expect(typeof first.getCell(col("Prioritas")).value).toBe("number");
  expect(first.getCell(col("Pembaruan terakhir")).value).toBeInstanceOf(Date);
  // the same row from the database: the stored instant shown as Jakarta's wall clock
  const number = Number(String(first.getCell(1).value).slice(4));
  const stored = await withE2eDb(async (c) => {
    const r = await c.query(
      `SELECT i.priority FROM "Issue" i JOIN "Regency" g ON g.id = i."regencyId" WHERE g.slug = 'pangandaran' AND i.number = $1`,
      [number],
    );
    return r.rows[0] as { priority: number };
  });
  expect(first.getCell(col("Prioritas")).value).toBe(stored.priority);

  // the CSV for an Indonesian Excel: BOM, ";" and no UTC "Z" times
  const csv = await page.request.get("/issues/export?format=csv-semicolon");
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf8");
  expect(text.split("\r\n")[0]).toMatch(/;Pembaruan terakhir[^;]*\(WIB\);/);
  expect(text).not.toMatch(/\d{2}:\d{2}:\d{2}\.\d{3}Z/);

  // the stakeholder map downloads the same way, power and interest as numbers
  const map = await page.request.get("/publications/stakeholders/export?format=xlsx");
  expect(map.headers()["content-type"]).toContain("spreadsheetml");
  const sheet = (await workbookOf(await map.body())).worksheets[0];
  let row = 0;
  sheet.eachRow((r, n) => {
    if (!row && r.getCell(1).value === "Nama") row = n;
  });
  expect(row).toBeGreaterThan(1);
  expect(typeof sheet.getRow(row + 1).getCell(4).value).toBe("number");
});

test("an issue sheet with two bad rows is refused with their lines; the corrected one is saved and listed", async ({
  page,
}) => {
  const tag = Date.now().toString(36);
  const good = (n: number) => `Drainase pasar Parigi tersumbat ${tag}-${n}`;
  await signedInAs(page, "koordinator@mekar.test");
  await page.goto("/issues");
  await page.getByRole("link", { name: "Impor dari Excel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Impor isu" })).toBeVisible();

  const bad = await sheetFile([
    ["Judul", "Kategori", "Uraian", "Dampak", "Urgensi"],
    [good(1), "Infrastruktur", "Selokan penuh sampah", 4, 3],
    ["Abc", "Infrastruktur", "", 3, 3],
    [good(3), "Pariwisata", "", 9, 3],
  ]);
  await upload(page, "isu-salah.xlsx", bad);
  await expect(page.getByText("Tidak ada yang disimpan: 3 kesalahan.")).toBeVisible();
  const preview = page.getByRole("table", { name: "Pratinjau impor" });
  await expect(preview.getByRole("row", { name: /^3 / })).toContainText("Judul minimal 5 karakter.");
  await expect(preview.getByRole("row", { name: /^4 / })).toContainText("Kategori: Pilih kategori isu.");
  await expect(preview.getByRole("row", { name: /^4 / })).toContainText("Dampak: Nilai maksimal 5.");
  await expect(preview.getByRole("row", { name: /^2 / })).toContainText("Benar");
  await expect(page.getByRole("button", { name: "Simpan semua baris" })).toHaveCount(0);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/import-refused-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/import-refused-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  const count = () =>
    withE2eDb(async (c) =>
      Number((await c.query(`SELECT count(*) FROM "Issue" WHERE title LIKE $1`, [`%${tag}%`])).rows[0].count),
    );
  expect(await count()).toBe(0);

  const fixed = await sheetFile([
    ["Judul", "Kategori", "Uraian", "Dampak", "Urgensi"],
    [good(1), "Infrastruktur", "Selokan penuh sampah", 4, 3],
    [good(2), "infrastructure", "", 3, 3],
    [good(3), "Ekonomi", "", 5, 3],
  ]);
  await upload(page, "isu-benar.xlsx", fixed);
  await expect(page.getByText("Semua 3 baris benar.")).toBeVisible();
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/import-ready-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/import-ready-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  await page.getByRole("button", { name: "Simpan semua baris" }).click();
  await expect(page.getByText("3 baris tersimpan.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Simpan semua baris" })).toHaveCount(0);
  expect(await count()).toBe(3);

  await page.goto("/issues/triage");
  for (const n of [1, 2, 3]) await expect(page.getByRole("link", { name: good(n) })).toBeVisible();
});
