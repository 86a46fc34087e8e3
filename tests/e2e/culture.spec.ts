import { expect, test, type Browser, type Page } from "@playwright/test";
import { signedInAs } from "../helpers/sessions";

// The culture instrument answered: (a) as a workshop activity by five phones (one without
// JavaScript), the presenter's kite appearing only with the fifth answer; (b) as an anonymous
// agency survey, from the coordinator opening it to its profile shown from the fifth response.

const SHOTS = process.env.CULTURE_SHOTS; // a folder: screenshots of the forms and pages for review
const PHONE = { width: 390, height: 844 };
const KITE = "Profil budaya peserta: saat ini dan yang diharapkan";

/** Types a whole answer into the plain form: every split 25 each, except `first` for the very first "now" statement. */
async function typeSplit(page: Page, first = 25) {
  for (let i = 0; i < 24; i++) {
    await page.locator(`#cv-now-${i}`).fill(String(i === 0 ? first : 25));
    await page.locator(`#cv-preferred-${i}`).fill("25");
  }
}

async function phone(browser: Browser, javaScriptEnabled: boolean) {
  const ctx = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
  return { ctx, page: await ctx.newPage() };
}

test("a culture activity answered by five phones; the presenter's kite appears only with the fifth answer", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const title = `Lokakarya budaya ${Date.now()}`;
  await signedInAs(page, "fasilitator@mekar.test");
  await page.goto("/workshops");
  await page.getByLabel("Judul lokakarya").fill(title);
  await page.getByLabel("Tanggal dan waktu").fill("2026-12-11T09:00");
  await page.getByRole("button", { name: "Buat lokakarya" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const workshopUrl = page.url();
  await page.getByLabel("Jenis kegiatan").selectOption({ label: "Budaya organisasi (CVF, anonim)" });
  await page.getByLabel("Judul kegiatan").fill("Budaya kerja kita");
  await page.getByLabel("Peserta boleh mengubah jawabannya").uncheck();
  await page.getByRole("button", { name: "Tambah kegiatan" }).click();
  const row = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Budaya kerja kita", exact: true }) });
  await expect(row).toBeVisible();
  const code = (await page.locator("[data-join-code]").textContent())!.trim();
  await row.getByRole("button", { name: "Buka", exact: true }).click();
  await expect(row.getByRole("button", { name: "Tutup", exact: true })).toBeVisible();
  await row.getByRole("button", { name: "Tampilkan hasil", exact: true }).click();
  await expect(row.getByRole("button", { name: "Sembunyikan hasil", exact: true })).toBeVisible();

  const presenter = await browser.newPage({
    storageState: await page.context().storageState(),
    viewport: { width: 1280, height: 860 },
  });
  await presenter.goto(`${workshopUrl}/present`);
  await expect(presenter.getByRole("heading", { name: "Budaya kerja kita" })).toBeVisible();
  await expect(presenter.getByText(/Hasil belum ditampilkan: baru 0 jawaban/)).toBeVisible();

  // the phone without JavaScript: a split off 100 is refused with the points off, and kept as typed
  const plain = await phone(browser, false);
  const p1 = plain.page;
  await p1.goto(`/join/${code}`);
  await p1.getByLabel("Nama").fill("Rina Marlina");
  await p1.getByLabel("Instansi").fill("Bappeda Pangandaran");
  await p1.getByRole("button", { name: "Masuk" }).click();
  await expect(p1.getByRole("heading", { name: "Budaya kerja kita" })).toBeVisible();
  await expect(p1.getByRole("group", { name: "1. Karakteristik dominan" })).toBeVisible();
  await typeSplit(p1, 40);
  await p1.getByRole("button", { name: "Kirim" }).click();
  await expect(p1.getByText("Saat ini: Jumlahnya 115: lebih 15 poin dari 100.")).toBeVisible();
  await expect(p1.locator("#cv-now-0")).toHaveValue("40");
  await expect(p1.locator("#cv-preferred-5")).toHaveValue("25");
  if (SHOTS) await p1.screenshot({ path: `${SHOTS}/participant-culture-refused-390.png`, fullPage: true });
  await p1.locator("#cv-now-0").fill("25");
  await p1.getByRole("button", { name: "Kirim" }).click();
  await expect(p1.getByText("Terkirim ✓")).toBeVisible();
  await expect(p1.getByText("Jawaban Anda sudah tercatat.")).toBeVisible();
  await expect(presenter.getByText(/Hasil belum ditampilkan: baru 1 jawaban/)).toBeVisible();

  // four phones with the script: steppers keep each split at 100
  const phones: Page[] = [];
  for (const name of ["Dedi Kurniawan", "Siti Aminah", "Yusuf Hidayat", "Maya Lestari"]) {
    const { page: p } = await phone(browser, true);
    await p.goto(`/join/${code}`);
    await p.getByLabel("Nama").fill(name);
    await p.getByLabel("Instansi").fill("Dinas Kesehatan");
    await p.getByRole("button", { name: "Masuk" }).click();
    await expect(p.getByText("Tersambung")).toBeVisible();
    await expect(p.locator("#cv-now-0")).toHaveValue("25");
    phones.push(p);
  }
  const [p2] = phones;
  const dim = p2.getByRole("group", { name: "1. Karakteristik dominan" });
  for (let i = 0; i < 3; i++)
    await dim
      .getByRole("button", { name: /^\+5 · Saat ini/ })
      .first()
      .click();
  await expect(p2.locator("#cv-now-0")).toHaveValue("40");
  await expect(dim.locator('output[data-sum="now"]')).toHaveText("100");
  if (SHOTS) await p2.screenshot({ path: `${SHOTS}/participant-culture-390.png`, fullPage: true });

  for (const [i, p] of phones.entries()) {
    await p.getByRole("button", { name: "Kirim" }).click();
    await expect(p.getByText("Terkirim ✓")).toBeVisible();
    if (i < 3) {
      await expect(presenter.getByText(new RegExp(`Hasil belum ditampilkan: baru ${i + 2} jawaban`))).toBeVisible();
      await expect(presenter.getByRole("figure", { name: KITE })).toHaveCount(0);
    }
  }
  // the fifth answer: the live kite and its table
  await expect(presenter.getByRole("figure", { name: KITE })).toBeVisible();
  await expect(presenter.getByRole("row", { name: /Kolaboratif/ })).toBeVisible();
  await expect(presenter.getByText("Tanggapan: 5")).toBeVisible();
  if (SHOTS) await presenter.screenshot({ path: `${SHOTS}/presenter-culture-desktop.png` });

  // the activity page and its export list no one's answer
  await page.getByRole("link", { name: "Budaya kerja kita", exact: true }).click();
  await expect(page.getByText("Belum ada isian.")).toBeVisible();
  const href = page.url().replace(/^https?:\/\/[^/]+/, "");
  const csv = await page.request.get(`/api${href}?format=csv`);
  expect(csv.ok()).toBe(true);
  expect((await csv.text()).split("\n").filter((l) => l.includes("Rina Marlina"))).toEqual([]);
});

test("an agency survey: opened by the coordinator, answered anonymously by five browsers, its profile shown only from the fifth", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const title = `Survei budaya Dinas Kesehatan ${Date.now()}`;
  await signedInAs(page, "koordinator@mekar.test");
  await page.goto("/culture/surveys");
  await page.getByLabel("Cakupan").selectOption({ label: "Dinas Kesehatan" });
  await page.getByLabel("Judul survei").fill(title);
  await page.getByLabel(/^Ditutup \(hari terakhir\)/).fill("2099-12-31");
  await page.getByRole("button", { name: "Buka survei" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const surveyUrl = page.url();
  const code = (await page.locator("[data-survey-code]").textContent())!.trim();
  await expect(page.getByText("0 jawaban masuk.")).toBeVisible();
  await expect(page.getByText(/Hasil belum ditampilkan: baru 0 jawaban/)).toBeVisible();

  const answer = async (js: boolean, shot?: string) => {
    const { ctx, page: p } = await phone(browser, js);
    await p.goto(`/budaya/${code.toLowerCase()}`);
    await expect(p.getByRole("heading", { name: title })).toBeVisible();
    await expect(p.getByText(/Competing Values Framework \(Cameron & Quinn\)/)).toBeVisible();
    await expect(p.getByText(/Survei terbuka sampai/)).toBeVisible();
    if (!js) {
      await typeSplit(p, 10);
      await p.getByRole("button", { name: "Kirim jawaban" }).click();
      await expect(p.getByText("Saat ini: Jumlahnya 85: kurang 15 poin dari 100.")).toBeVisible();
      await expect(p.locator("#cv-now-0")).toHaveValue("10");
      await p.locator("#cv-now-0").fill("25");
    } else await expect(p.locator("#cv-preferred-23")).toHaveValue("25");
    if (shot && SHOTS) await p.screenshot({ path: `${SHOTS}/${shot}`, fullPage: true });
    await p.getByRole("button", { name: "Kirim jawaban" }).click();
    await expect(p.getByRole("heading", { name: "Terima kasih" })).toBeVisible();
    // the same browser again: the thank-you, no second form
    await p.goto(`/budaya/${code}`);
    await expect(p.getByRole("heading", { name: "Terima kasih" })).toBeVisible();
    await expect(p.getByRole("button", { name: "Kirim jawaban" })).toHaveCount(0);
    await ctx.close();
  };
  await answer(false, "survey-form-390.png");
  await answer(true);
  await answer(false);
  await answer(true);

  await page.goto(surveyUrl);
  await expect(page.getByText("4 jawaban masuk.")).toBeVisible();
  await expect(page.getByText(/Hasil belum ditampilkan: baru 4 jawaban/)).toBeVisible();
  await expect(page.getByRole("figure")).toHaveCount(0);

  await answer(true);
  await page.goto(surveyUrl);
  await expect(page.getByText("5 jawaban masuk.")).toBeVisible();
  await expect(
    page.getByRole("figure", { name: `Profil budaya ${title}: saat ini dan yang diharapkan` }),
  ).toBeVisible();
  await expect(page.getByRole("row", { name: /Kolaboratif 25,0 25,0 0,0/ })).toBeVisible();
  if (SHOTS) {
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${SHOTS}/survey-page-390.png`, fullPage: true });
  }
});
