import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { withE2eDb } from "../helpers/e2e-db";
import { slowUplink } from "../helpers/slow-uplink";
import { signedInAs } from "../helpers/sessions";
import { signIn } from "../helpers/sign-in";

// Sign-in redirects stay on this site, and the documented 10 MB upload limit is reachable:
// exactly 10 MB is kept, one byte more gets the form's own field message (with or without
// the browser's script), for evidence files and publication images.
const MAX = 10 * 1024 * 1024;
const TOO_LARGE = "Berkas terlalu besar (maksimal 10 MB).";

/** A real PNG padded with zeros after its end to `size` bytes: images are decoded and encoded
 * again on upload, so the bytes must be a picture; the size is the point. */
const png = async (size: number) => {
  const real = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#0a7" } })
    .png()
    .toBuffer();
  return Buffer.concat([real, Buffer.alloc(size - real.length)]);
};
const csv = (size: number) => Buffer.alloc(size, "a");

// files on disk: the browser reads them itself (a 10 MB buffer through the protocol is slow)
let dir: string;
const file = (name: string) => path.join(dir, name);
test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "mekar-uploads-"));
  writeFileSync(file("bukti-10mb.csv"), csv(MAX));
  writeFileSync(file("bukti-terlalu-besar.csv"), csv(MAX + 1));
  writeFileSync(file("foto-10mb.png"), await png(MAX));
  writeFileSync(file("foto-besar.png"), await png(MAX + 1));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.describe("redirects after sign-in", () => {
  test("a hostile next= ends on this site after a real sign-in", async ({ page, baseURL }) => {
    await page.goto("/login?next=%2F%09%2Fevil.example%2Fx");
    // an account without a second factor: the redirect follows the password step at once
    await page.getByLabel("Email").fill("pejabat@mekar.test");
    await page.getByLabel("Kata sandi").fill("mekar-demo");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(`${baseURL}/dashboard`);
  });

  test("a same-site next= is kept", async ({ page, baseURL }) => {
    await page.goto("/login?next=%2Fissues");
    await page.getByLabel("Email").fill("pejabat@mekar.test");
    await page.getByLabel("Kata sandi").fill("mekar-demo");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(`${baseURL}/issues`);
  });
});

async function newAudit(page: Page): Promise<string> {
  await page.goto("/iso/audits");
  await page.getByLabel("Judul audit").fill(`Audit unggah bukti ${Date.now()}`);
  await page.getByLabel("Lingkup audit").fill("Pelayanan perizinan");
  await page.getByLabel("Kriteria audit").fill("SNI ISO 9001:2015 klausul 7.5");
  await page.getByLabel("Perangkat daerah yang diaudit").selectOption({ label: "Dinas Pariwisata" });
  await page.getByLabel("Auditor (ketua tim)").selectOption({ label: "Rahmat Hidayat" });
  await page.getByLabel("Tanggal mulai").fill("2026-11-02");
  await page.getByLabel("Tanggal selesai").fill("2026-11-03");
  await page.getByRole("button", { name: "Simpan audit" }).click();
  await expect(page).toHaveURL(/\/iso\/audits\/[0-9a-f-]{36}$/);
  return page.url();
}

async function newDraft(page: Page): Promise<string> {
  await page.goto("/publications/new");
  await page.getByLabel("Jenis tulisan").selectOption({ label: "Siaran pers" });
  await page.getByRole("textbox", { name: "Judul", exact: true }).fill(`Unggahan gambar besar ${Date.now()}`);
  await page.getByRole("textbox", { name: "Ringkasan", exact: true }).fill("Ringkasan singkat");
  await page.getByLabel("Isi (Markdown)").fill("Isi tulisan.");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page).toHaveURL(/\/publications\/[0-9a-f-]{36}$/);
  return page.url();
}

test.describe("uploads up to the documented 10 MB", () => {
  test.describe.configure({ timeout: 180_000 }); // 10 MB through a server action on a busy machine
  test("evidence: 10 MB is kept, 10 MB + 1 byte gets the field message", async ({ page }) => {
    await signIn(page, "koordinator@mekar.test");
    await newAudit(page);
    const input = page.getByLabel("Berkas bukti");
    await input.setInputFiles(file("bukti-10mb.csv"));
    await page.getByRole("button", { name: "Unggah bukti" }).click();
    await expect(page.getByText("Bukti tersimpan.")).toBeVisible({ timeout: 120_000 });
    await expect(page.getByRole("link", { name: /bukti-10mb\.csv/ })).toBeVisible();

    await input.setInputFiles(file("bukti-terlalu-besar.csv"));
    await page.getByRole("button", { name: "Unggah bukti" }).click();
    await expect(page.getByText(TOO_LARGE)).toBeVisible();
    await expect(page.getByRole("link", { name: /bukti-terlalu-besar\.csv/ })).toHaveCount(0);
  });

  test("publication image: 10 MB is kept, 10 MB + 1 byte gets the field message", async ({ page }) => {
    await signedInAs(page, "humas@mekar.test");
    await newDraft(page);
    await page.getByLabel("Berkas gambar").setInputFiles(file("foto-10mb.png"));
    await page.getByLabel("Keterangan gambar").fill("Foto resolusi tinggi");
    await page.getByRole("button", { name: "Simpan gambar" }).click();
    await expect(page.getByText("Gambar disimpan.")).toBeVisible({ timeout: 120_000 });

    await page.getByLabel("Ganti gambar (opsional)").setInputFiles(file("foto-besar.png"));
    await page.getByRole("button", { name: "Simpan gambar" }).click();
    await expect(page.getByText(TOO_LARGE)).toBeVisible();
  });

  test("without the browser's script the server's own field message shows", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: "id-ID" });
    const page = await context.newPage();
    await signIn(page, "humas@mekar.test");
    const draft = await newDraft(page);
    await page.goto(draft);
    await page.getByLabel("Berkas gambar").setInputFiles(file("foto-besar.png"));
    await page.getByLabel("Keterangan gambar").fill("Foto terlalu besar");
    await page.getByRole("button", { name: "Simpan gambar" }).click();
    await expect(page.getByText(TOO_LARGE)).toBeVisible({ timeout: 120_000 });
    await context.close();
  });
});

/** Evidence files kept for a record, and the audit rows of their upload. */
const evidenceOf = (recordId: string) =>
  withE2eDb(async (c) => ({
    files: (await c.query(`SELECT count(*)::int AS n FROM "IsoEvidenceFile" WHERE "recordId" = $1`, [recordId])).rows[0]
      .n as number,
    audited: (
      await c.query(
        `SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'iso_evidence.attached' AND "entityId" = $1`,
        [recordId],
      )
    ).rows[0].n as number,
  }));

test.describe("uploads with progress (POST /api/uploads/<form>)", () => {
  test("evidence on a slow uplink shows how much has gone up, can be cancelled, and a double click saves it once", async ({
    page,
    context,
  }) => {
    await signIn(page, "koordinator@mekar.test");
    const auditId = (await newAudit(page)).split("/").at(-1)!;
    // 40 KB/s up, as a weak 3G uplink: the ~300 KB minutes below take several seconds
    const restoreLink = await slowUplink(context, page);
    const upload = page.getByRole("button", { name: "Unggah bukti" });
    const bar = page.getByRole("progressbar", { name: "Kemajuan unggahan" });
    const going = page.getByText(/^Mengunggah berkas… [1-9]\d?%$/);
    await page.getByLabel("Berkas bukti").setInputFiles({
      name: "notulen-rapat-evaluasi.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("tanggal;agenda;keputusan\n".repeat(12_000)),
    });

    // the wrong file: stopped while it goes up, nothing is kept
    await upload.click();
    await expect(going).toBeVisible({ timeout: 30_000 });
    await page.getByRole("button", { name: "Batalkan unggahan" }).click();
    await expect(page.getByText("Unggahan dibatalkan; tidak ada yang disimpan.")).toBeVisible();
    await expect(bar).toHaveCount(0);
    expect(await evidenceOf(auditId)).toEqual({ files: 0, audited: 0 });

    // sent again with an impatient double click
    await upload.dblclick();
    // part of the file is up: the percent moves while it goes, and the button waits
    await expect(going).toBeVisible({ timeout: 30_000 });
    await expect(bar).toHaveAttribute("aria-valuenow", /^[1-9]\d?$/);
    await expect(page.getByRole("button", { name: "Mengunggah…" })).toBeDisabled();
    await page.setViewportSize({ width: 390, height: 844 });
    await bar.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/evidence-upload-progress-390.png" });
    await expect(page.getByText("Bukti tersimpan.")).toBeVisible({ timeout: 120_000 });
    await expect(bar).toHaveCount(0);
    // the page shows the new file without a reload, by the time it says it is saved
    expect(await page.getByRole("link", { name: /notulen-rapat-evaluasi\.csv/ }).count()).toBe(1);
    await restoreLink();
    expect(await evidenceOf(auditId)).toEqual({ files: 1, audited: 1 });
  });

  test("the route runs the form's own checks: another regency's record, another site, no account, an unknown form", async ({
    page,
    baseURL,
    playwright,
  }) => {
    const malakaAudit = await withE2eDb(
      async (c) =>
        (
          await c.query(
            `SELECT a.id FROM "IsoAudit" a JOIN "Regency" r ON r.id = a."regencyId" WHERE r.slug = 'malaka' LIMIT 1`,
          )
        ).rows[0].id as string,
    );
    const before = await evidenceOf(malakaAudit);
    // a well-formed submit (one-time key included), refused for the regency alone
    const multipart = {
      idempotencyKey: randomUUID(),
      recordType: "audit",
      recordId: malakaAudit,
      file: { name: "titipan.csv", mimeType: "text/csv", buffer: Buffer.from("a;b\n") },
    };
    await signIn(page, "koordinator@mekar.test"); // Pangandaran's coordinator
    const own = { Origin: baseURL! };
    const refused = await page.request.post("/api/uploads/iso-evidence", { headers: own, multipart });
    expect((await refused.json()).status).toBe("error");
    const otherSite = await page.request.post("/api/uploads/iso-evidence", {
      headers: { Origin: "https://evil.example" },
      multipart,
    });
    expect(otherSite.status()).toBe(403);
    const unknown = await page.request.post("/api/uploads/everything", { headers: own, multipart });
    expect(unknown.status()).toBe(404);
    const anonymous = await playwright.request.newContext({ baseURL });
    const signedOut = await anonymous.post("/api/uploads/iso-evidence", { headers: own, multipart });
    expect(signedOut.status()).toBe(401);
    await anonymous.dispose();
    expect(await evidenceOf(malakaAudit)).toEqual(before);
  });
});
