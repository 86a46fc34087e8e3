import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Download, type Page } from "@playwright/test";
import { withE2eDb } from "../helpers/e2e-db";
import { signedInAs } from "../helpers/sessions";

// Naskah dinas printouts: the print view itself (print media emulated) and the PDF the server
// renders from it ("Unduh PDF"), read back with pdftotext — what is actually on the paper,
// page by page (pages are separated by form feeds).

/** Downloads the PDF through the button; returns each page's text. Also writes PNGs of the pages to look at. */
async function downloadPdf(page: Page, name: string): Promise<string[]> {
  const [download]: [Download, unknown] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Unduh PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const dir = path.resolve("test-results", "print-pdf");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.pdf`);
  await download.saveAs(file);
  execFileSync("pdftoppm", ["-png", "-r", "60", file, path.join(dir, name)]);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  writeFileSync(path.join(dir, `${name}.txt`), text);
  return text.split("\f").filter((p) => p.trim() !== "");
}

/** Every page carries "Halaman i dari n" and the record's reference in its margin. */
function expectNumberedPages(pages: string[], reference: string | RegExp) {
  pages.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain(`Halaman ${i + 1} dari ${pages.length}`);
    if (typeof reference === "string") expect(text, `page ${i + 1}`).toContain(reference);
    else expect(text, `page ${i + 1}`).toMatch(reference);
  });
}

test.describe("naskah dinas printouts", () => {
  test("a KTS prints with the kop, its title and number, page numbers and the signature block", async ({ page }) => {
    const nc = await withE2eDb(async (db) => {
      const r = await db.query(
        `SELECT n.id, n.number, n.title, EXTRACT(YEAR FROM n."createdAt" AT TIME ZONE 'Asia/Jakarta')::int AS year
           FROM "IsoNonconformity" n JOIN "Regency" g ON g.id = n."regencyId"
          WHERE g.slug = 'pangandaran' ORDER BY n.number LIMIT 1`,
      );
      return r.rows[0] as { id: string; number: number; title: string; year: number };
    });
    const number = `KTS-${nc.number}/${nc.year}`;
    await signedInAs(page, "koordinator@mekar.test");
    await page.goto(`/iso/nonconformities/${nc.id}/print`);
    await page.emulateMedia({ media: "print" });
    const doc = page.locator("article.naskah");
    await expect(doc.getByText("Pemerintah Kabupaten Pangandaran")).toBeVisible();
    await expect(doc.getByText(/Jalan Merdeka No\. 248/)).toBeVisible();
    await expect(doc.getByRole("img", { name: /Tanda netral/ })).toBeVisible();
    await expect(doc.getByRole("heading", { level: 1, name: /^Ketidaksesuaian$/i })).toBeVisible();
    await expect(doc.getByText(`Nomor: ${number}`)).toBeVisible();
    await expect(doc.locator("[data-signatures]")).toContainText("Mengetahui,");
    await expect(doc.locator("[data-signatures]")).toContainText("Yang membuat,");
    await expect(doc.locator("[data-signatures]")).toContainText(/Pangandaran, \d{1,2} \w+ \d{4}/);
    // the buttons and the portal's navigation do not print
    await expect(page.getByRole("button", { name: "Cetak" })).toBeHidden();
    await page.emulateMedia({ media: "screen" });

    const pages = await downloadPdf(page, "kts");
    const first = pages[0];
    // a long regency name may wrap the kop's first line
    expect(first.replace(/\s+/g, " ")).toContain("PEMERINTAH KABUPATEN PANGANDARAN");
    expect(first).toContain("Jalan Merdeka No. 248");
    expect(first).toContain("KETIDAKSESUAIAN");
    expect(first).toContain(`Nomor: ${number}`);
    expect(first).toContain(nc.title);
    expectNumberedPages(pages, number);
    const last = pages.at(-1)!;
    expect(last).toContain("Mengetahui,");
    expect(last).toContain("Yang membuat,");
    // the maker is the coordinator who recorded it (seeded with a NIP), printed 8 6 1 3
    expect(last).toMatch(/NIP\. \d{8} \d{6} [12] \d{3}/);
    expect(last).toMatch(
      /Pangandaran, \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/,
    );
  });

  test("a daftar hadir of one session prints every participant with a signature column, over several numbered pages", async ({
    page,
  }) => {
    const stamp = Date.now();
    const w = await withE2eDb(async (db) => {
      const ws = await db.query(
        `INSERT INTO "Workshop" (id, "regencyId", title, venue, "startsAt", code, "createdById", "updatedAt")
         SELECT gen_random_uuid(), g.id, $1, 'Aula Setda Pangandaran', '2026-11-12T01:30:00Z', $2, u.id, now()
           FROM "Regency" g, "User" u WHERE g.slug = 'pangandaran' AND u.email = 'fasilitator@mekar.test'
         RETURNING id`,
        [`Lokakarya renstra ${stamp}`, `P${String(stamp).slice(-5)}`],
      );
      const workshopId = ws.rows[0].id as string;
      const s = await db.query(
        `INSERT INTO "WorkshopSession" (id, "workshopId", "startsAt", "endsAt", venue, "startedAt", "endedAt")
         VALUES (gen_random_uuid(), $1, '2026-11-12T01:30:00Z', '2026-11-12T05:00:00Z', 'Aula Setda Pangandaran',
                 '2026-11-12T01:30:00Z', '2026-11-12T05:00:00Z') RETURNING id`,
        [workshopId],
      );
      const sessionId = s.rows[0].id as string;
      await db.query(
        `WITH p AS (
           INSERT INTO "WorkshopParticipant" (id, "workshopId", "browserId", name, institution, position)
           SELECT gen_random_uuid(), $1, gen_random_uuid(), 'Peserta ' || lpad(n::text, 2, '0'), 'Dinas Pendidikan', 'Staf'
             FROM generate_series(1, 45) n RETURNING id)
         INSERT INTO "WorkshopAttendance" ("sessionId", "participantId", "joinedAt")
         SELECT $2, id, '2026-11-12T01:35:00Z' FROM p`,
        [workshopId, sessionId],
      );
      return { workshopId, sessionId, title: `Lokakarya renstra ${stamp}` };
    });
    await signedInAs(page, "koordinator@mekar.test");
    await page.goto(`/workshops/${w.workshopId}/attendance?session=${w.sessionId}`);
    await page.emulateMedia({ media: "print" });
    const doc = page.locator("article.naskah");
    await expect(doc.getByRole("heading", { level: 1, name: /^Daftar Hadir$/i })).toBeVisible();
    await expect(doc.getByText(w.title)).toBeVisible();
    await expect(doc.getByRole("columnheader", { name: "Tanda tangan" })).toBeVisible();
    await expect(doc.getByRole("cell", { name: "Peserta 45", exact: true })).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    const pages = await downloadPdf(page, "daftar-hadir");
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0].replace(/\s+/g, " ")).toContain("PEMERINTAH KABUPATEN PANGANDARAN");
    expect(pages[0]).toContain("DAFTAR HADIR");
    expect(pages[0]).toContain(w.title);
    expect(pages[0]).toContain("12 November 2026");
    expect(pages[0]).toContain("Tanda tangan");
    expectNumberedPages(pages, /Daftar Hadir · P\d{5} · 12 November 2026/);
    const all = pages.join("\n");
    for (const n of ["01", "23", "45"]) expect(all).toContain(`Peserta ${n}`);
    const last = pages.at(-1)!;
    expect(last).toContain("Mengetahui,");
    expect(last).toContain("Yang membuat,");
    expect(last).toContain("Fasilitator");
    expect(last).toMatch(/NIP\. 19881104 201402 2 001/);
    expect(last).toContain("Pangandaran, 12 November 2026");
  });

  test("the PDF route renders only printable views, and only what the requester may see", async ({ page }) => {
    await signedInAs(page, "koordinator@mekar.test");
    const refused = await page.request.get(`/api/print/pdf?path=${encodeURIComponent("/admin/users")}`);
    expect(refused.status()).toBe(404);
    const hostile = await page.request.get(
      `/api/print/pdf?path=${encodeURIComponent("//example.com/iso/risks/print")}`,
    );
    expect(hostile.status()).toBe(404);
    await page.context().clearCookies();
    const anonymous = await page.request.get(`/api/print/pdf?path=${encodeURIComponent("/iso/risks/print")}`);
    expect(anonymous.status()).toBe(401);
  });

  test("a coordinator uploads the regency's emblem; it heads Malaka's printouts and only Malaka's readers get it", async ({
    page,
    browser,
  }) => {
    await signedInAs(page, "koordinator.malaka@mekar.test");
    await page.goto("/regencies/malaka");
    const card = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Lambang daerah untuk kop surat" }) });
    // an SVG is refused (scripts), a PNG is taken
    await card.getByLabel("Berkas lambang").setInputFiles({
      name: "lambang.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    });
    await card.getByRole("button", { name: "Unggah lambang" }).click();
    await expect(card.getByText("Lambang harus berupa PNG atau JPEG.")).toBeVisible();
    // a PNG's first bytes with nothing readable after them is refused too: the emblem is re-encoded
    await card.getByLabel("Berkas lambang").setInputFiles({
      name: "lambang-rusak.png",
      mimeType: "image/png",
      buffer: Buffer.concat([PNG_EMBLEM.subarray(0, 8), Buffer.alloc(64, 7)]),
    });
    await card.getByRole("button", { name: "Unggah lambang" }).click();
    await expect(card.getByText(/Berkas lambang tidak dapat dibaca sebagai gambar/)).toBeVisible();
    await card
      .getByLabel("Berkas lambang")
      .setInputFiles({ name: "lambang-malaka.png", mimeType: "image/png", buffer: PNG_EMBLEM });
    await card.getByRole("button", { name: "Unggah lambang" }).click();
    await expect(page.getByText("Lambang daerah disimpan.")).toBeVisible();

    await page.goto("/iso/risks/print");
    const emblem = page.locator("article.naskah").getByRole("img", { name: "Lambang Malaka" });
    await expect(emblem).toBeVisible();
    await expect(page.locator("article.naskah").getByText("Pemerintah Kabupaten Malaka")).toBeVisible();
    const src = (await emblem.getAttribute("src"))!;
    const served = await page.request.get(src);
    expect(served.headers()["content-type"]).toBe("image/png");
    // stored re-encoded, not as uploaded, and a 16×16 upload is never enlarged (IHDR width)
    const body = await served.body();
    expect(body.equals(PNG_EMBLEM)).toBe(false);
    expect(body.readUInt32BE(16)).toBe(16);

    const other = await browser.newContext();
    const p2 = await other.newPage();
    await signedInAs(p2, "koordinator@mekar.test");
    expect((await p2.request.get(src)).status()).toBe(404);
    await other.close();
  });

  test("an official records their NIP on the account page; a malformed one is refused with the reason", async ({
    page,
  }) => {
    await signedInAs(page, "humas@mekar.test");
    await page.goto("/account");
    const field = page.getByLabel("NIP", { exact: true });
    await field.fill("1985 0101");
    await page.getByRole("button", { name: "Simpan" }).first().click();
    await expect(page.getByText(/NIP terdiri dari 18 angka/)).toBeVisible();
    await field.fill("19850101 201001 2 007");
    await page.getByRole("button", { name: "Simpan" }).first().click();
    await expect(page.getByText("NIP disimpan.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("NIP", { exact: true })).toHaveValue("19850101 201001 2 007");
  });

  test("with the English interface the printout is in English", async ({ page }) => {
    await signedInAs(page, "koordinator@mekar.test");
    const url = new URL(page.url());
    await page.context().addCookies([{ name: "mekar-lang", value: "en", domain: url.hostname, path: "/" }]);
    await page.goto("/iso/risks/print");
    const doc = page.locator("article.naskah");
    await expect(doc.getByText("Government of Pangandaran Regency")).toBeVisible();
    await expect(doc.getByRole("heading", { level: 1, name: /^Register of Risks and Opportunities$/i })).toBeVisible();
    await expect(doc.locator("[data-signatures]")).toContainText("Acknowledged by,");
    const pages = await downloadPdfEn(page);
    // the longer English kop wraps onto a second line
    expect(pages[0].replace(/\s+/g, " ")).toContain("GOVERNMENT OF PANGANDARAN REGENCY");
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
  });
});

async function downloadPdfEn(page: Page): Promise<string[]> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  const file = path.resolve("test-results", "print-pdf", "risks-en.pdf");
  mkdirSync(path.dirname(file), { recursive: true });
  await download.saveAs(file);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
    .split("\f")
    .filter((p) => p.trim() !== "");
}

/** A 16×16 green PNG (a stand-in emblem). */
const PNG_EMBLEM = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR4nGMQaDAgCTGMahjVMHw1AAD0O8ABzE8k8wAAAABJRU5ErkJggg==",
  "base64",
);
