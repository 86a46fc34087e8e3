import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { withE2eDb } from "../helpers/e2e-db";
import { signedInAs } from "../helpers/sessions";

// A citizen's aspiration end to end: sent from the public regency page WITHOUT JavaScript (a refused
// post keeps what was typed), read back by its tracking code, forwarded by the coordinator from the
// triage queue to Bappeda, answered by Bappeda's official, and the answer read by the citizen; and
// an unanswered aspiration past its deadline escalates. Screenshots (390 px and desktop) go to
// ASP_SHOTS when it is set.

test.describe.configure({ mode: "serial" });

const TEXT = `Saluran irigasi di Desa Karangjaladri tersumbat sampah sejak banjir ${Date.now()}; sawah warga tergenang.`;
const NAME = "Asep Kurniawan Uji";
const CONTACT = "asep.uji@example.test";
const SHORT = "Terlalu            ";
let code = "";

async function shot(page: Page, name: string) {
  const dir = process.env.ASP_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const [label, width] of [
    ["phone", 390],
    ["desktop", 1280],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${label}.png`, fullPage: true });
  }
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a citizen sends an aspiration with a photo, is refused once with what they typed kept, and gets a tracking code", async ({
    page,
  }) => {
    await page.goto("/r/pangandaran");
    const form = page.getByRole("form", { name: "Formulir aspirasi" });
    await form.getByLabel("Jenis").selectOption("pengaduan");
    // long enough for the browser's own check, too short once the server trims it
    await form.getByLabel("Isi", { exact: true }).fill(SHORT);
    await form.getByLabel("Nama (boleh dikosongkan)").fill(NAME);
    await form.getByLabel("Email atau nomor HP (boleh dikosongkan)").fill(CONTACT);
    await form.getByRole("button", { name: "Kirim aspirasi" }).click();
    // refused (too short): back on the form page with the message and everything typed
    await expect(page).toHaveURL(/\/r\/pangandaran\/aspirasi\?/);
    await expect(page.getByRole("alert").first()).toContainText("Periksa kembali");
    const again = page.getByRole("form", { name: "Formulir aspirasi" });
    await expect(again.getByLabel("Isi", { exact: true })).toHaveValue(SHORT);
    await expect(again.getByLabel("Nama (boleh dikosongkan)")).toHaveValue(NAME);
    await expect(again.getByLabel("Email atau nomor HP (boleh dikosongkan)")).toHaveValue(CONTACT);
    await expect(again.getByLabel("Jenis")).toHaveValue("pengaduan");
    await shot(page, "aspirasi-form-error");
    // the URL does not carry the name or the contact in clear
    expect(decodeURIComponent(page.url())).not.toContain(NAME);
    expect(decodeURIComponent(page.url())).not.toContain(CONTACT);

    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#5a8" } })
      .jpeg()
      .withExif({ IFD0: { Make: "HPWarga" }, IFD3: { GPSLatitudeRef: "S", GPSLatitude: "7/1 41/1 0/1" } })
      .toBuffer();
    await again.getByLabel("Isi", { exact: true }).fill(TEXT);
    await again.getByLabel("Foto (boleh dikosongkan)").setInputFiles({
      name: "saluran.jpg",
      mimeType: "image/jpeg",
      buffer: jpeg,
    });
    await again.getByRole("button", { name: "Kirim aspirasi" }).click();
    await expect(page).toHaveURL(/\/r\/pangandaran\/aspirasi\/[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}\?baru/);
    await expect(page.getByText("Aspirasi Anda sudah kami terima.")).toBeVisible();
    code = (await page.getByTestId("tracking-code").innerText()).trim();
    await expect(page.getByText("Status sekarang: Diterima")).toBeVisible();
    await expect(page.locator("body")).not.toContainText(NAME);
    await expect(page.locator("body")).not.toContainText(CONTACT);
    await shot(page, "aspirasi-status-baru");

    // stored once, with the photo re-encoded (no EXIF) and no address
    const row = await withE2eDb(
      async (c) =>
        (
          await c.query(
            `SELECT "senderName", "senderContact", "photoStorageKey", "photoWidths", "senderHash" FROM "Aspiration" WHERE code = $1`,
            [code],
          )
        ).rows,
    );
    expect(row).toHaveLength(1);
    expect(row[0]).toMatchObject({ senderName: NAME, senderContact: CONTACT });
    expect(row[0].photoStorageKey).toMatch(/\.jpg$/);
    expect(row[0].photoWidths).toEqual([480]); // a narrower copy (AVIF, WebP, JPEG) beside the 800 px master
    expect(row[0].senderHash).not.toMatch(/127\.0\.0\.1|::1/);

    // looked up later by the code, typed in lower case with spaces
    await page.goto("/r/pangandaran");
    await page.getByLabel("Sudah mengirim? Cek status dengan kode").fill(code.toLowerCase().replace(/-/g, " "));
    await page.getByRole("button", { name: "Cek status" }).click();
    await expect(page).toHaveURL(new RegExp(`/r/pangandaran/aspirasi/${code}$`));
    await expect(page.getByTestId("tracking-code")).toHaveText(code);
    // Malaka's page does not know Pangandaran's code
    expect((await page.goto(`/r/malaka/aspirasi/${code}`))?.status()).toBe(404);
  });
});

test("the coordinator sees it marked from the public in the triage queue and forwards it to Bappeda", async ({
  page,
}) => {
  test.skip(!code, "needs the citizen's aspiration");
  await signedInAs(page, "koordinator@mekar.test");
  await page.goto("/issues/triage");
  const row = page.getByRole("row").filter({ hasText: code });
  await expect(row.getByText("dari publik")).toBeVisible();
  await row.getByRole("link", { name: code }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Kode ${code}` })).toBeVisible();
  await expect(page.getByText(NAME)).toBeVisible(); // personal data: inside the regency only
  const photo = page.getByRole("img", { name: "Foto kiriman warga" });
  await expect(photo).toBeVisible();
  // Chromium takes the narrower AVIF copy from the photo's <picture>
  await expect
    .poll(() => photo.evaluate((i: HTMLImageElement) => (i.complete ? i.currentSrc : "")))
    .toMatch(/\/aspirations\/[0-9a-f-]{36}\/photo\?w=480&f=avif$/);
  const copy = await page.request.get(await photo.evaluate((i: HTMLImageElement) => i.currentSrc));
  expect(copy.headers()["content-type"]).toBe("image/avif");
  await page.getByLabel("Perangkat daerah").selectOption({ label: "Badan Perencanaan Pembangunan Daerah" });
  await page.getByLabel("Tenggat tanggapan OPD (hari kerja)").fill("5");
  await page.getByRole("button", { name: "Teruskan ke OPD" }).click();
  await expect(page.getByText("Aspirasi diteruskan ke perangkat daerah.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Diteruskan ke OPD").first()).toBeVisible();
  await shot(page, "aspirasi-portal-detail");
});

test("Bappeda's official finds it on their desk and answers publicly, beside the key messages and templates", async ({
  page,
}) => {
  test.skip(!code, "needs the citizen's aspiration");
  await signedInAs(page, "pejabat@mekar.test");
  await page.goto("/aspirations");
  await page.getByRole("link", { name: code }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Pesan kunci (narasi tunggal)" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Templat balasan" })).toBeVisible();
  await page
    .getByRole("textbox", { name: "Tanggapan", exact: true })
    .fill("Saluran sudah dibersihkan bersama warga pada Sabtu; normalisasi masuk rencana kerja 2027.");
  await page.getByLabel("Tanggapan publik").check();
  await page.getByRole("button", { name: "Tanggapi" }).click();
  await expect(page.getByText("Tanggapan terkirim ke warga.")).toBeVisible();
});

test.describe("the citizen again, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("reads Bappeda's answer on the status page, and never their own name or contact", async ({ page }) => {
    test.skip(!code, "needs the citizen's aspiration");
    await page.goto(`/r/pangandaran/aspirasi/${code}`);
    await expect(page.getByText("Status sekarang: Ditanggapi")).toBeVisible();
    await expect(page.getByText("normalisasi masuk rencana kerja 2027")).toBeVisible();
    await expect(page.getByText("Badan Perencanaan Pembangunan Daerah").first()).toBeVisible();
    await expect(page.locator("body")).not.toContainText(NAME);
    await expect(page.locator("body")).not.toContainText(CONTACT);
    await shot(page, "aspirasi-status-dijawab");
  });
});

test("an unanswered aspiration past its deadline escalates, once", async ({ page }) => {
  const escalated = await withE2eDb(async (c) => {
    const r = await c.query(
      `SELECT a.id, a.code FROM "Aspiration" a JOIN "Regency" g ON g.id = a."regencyId"
       WHERE g.slug = 'pangandaran' AND a.status = 'received' ORDER BY a."createdAt" LIMIT 1`,
    );
    const a = r.rows[0] as { id: string; code: string };
    await c.query(
      `UPDATE "Aspiration" SET "dueAt" = now() - interval '10 days', "escalateAt" = now() - interval '1 day' WHERE id = $1`,
      [a.id],
    );
    return a;
  });
  await signedInAs(page, "koordinator@mekar.test");
  await page.goto("/aspirations"); // the visit runs the same sync as the background sweep
  const row = page.getByRole("row").filter({ hasText: escalated.code });
  await expect(row.getByText("Dieskalasi")).toBeVisible();
  await page.goto("/aspirations");
  const count = await withE2eDb(
    async (c) =>
      (
        await c.query(
          `SELECT count(*)::int AS n FROM "Notification" WHERE kind = 'aspirations.escalated' AND link = $1`,
          [`/aspirations/${escalated.id}`],
        )
      ).rows[0].n as number,
  );
  expect(count).toBeGreaterThan(0);
  await page.goto("/notifications");
  await expect(page.getByText(`Eskalasi: aspirasi warga ${escalated.code}`).first()).toBeVisible();
  // visited again: still one notification per person
  const again = await withE2eDb(
    async (c) =>
      (
        await c.query(
          `SELECT count(*)::int AS n FROM "Notification" WHERE kind = 'aspirations.escalated' AND link = $1`,
          [`/aspirations/${escalated.id}`],
        )
      ).rows[0].n as number,
  );
  expect(again).toBe(count);
});
