import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
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
