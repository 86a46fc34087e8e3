import { expect, test, type Browser, type Page } from "@playwright/test";
import { signedInAs } from "../helpers/sessions";

// Issue 15, item 6: the facilitator's countdown closes an activity at zero; a quiz played on two
// phones reveals its answer only at closing and shows the leaderboard the facilitator opted in;
// a ranking of the regency's issues is applied by the coordinator and lands on each issue's timeline.

/** Screenshots for a look at the screens: WORKSHOP_TOOLS_SCREENSHOTS=1 writes them to /tmp. */
const shot = (p: Page, name: string) =>
  process.env.WORKSHOP_TOOLS_SCREENSHOTS
    ? p.screenshot({ path: `/tmp/workshop-tools-${name}.png`, fullPage: true })
    : Promise.resolve();

async function newWorkshop(page: Page, title: string) {
  await page.goto("/workshops");
  await page.getByLabel("Judul lokakarya").fill(title);
  await page.getByLabel("Tanggal dan waktu").fill("2026-12-12T09:00");
  await page.getByRole("button", { name: "Buat lokakarya" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  return { url: page.url(), code: (await page.locator("[data-join-code]").textContent())!.trim() };
}

async function addActivity(page: Page, kind: string, name: string, fill: (p: Page) => Promise<void> = async () => {}) {
  await page.getByLabel("Jenis kegiatan").selectOption({ label: kind });
  await page.getByLabel("Judul kegiatan").fill(name);
  await fill(page);
  await page.getByRole("button", { name: "Tambah kegiatan" }).click();
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
}

const row = (page: Page, activity: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("link", { name: activity, exact: true }) });

async function press(page: Page, activity: string, button: string, next: string) {
  await row(page, activity).getByRole("button", { name: button, exact: true }).click();
  await expect(row(page, activity).getByRole("button", { name: next, exact: true })).toBeVisible();
}

async function phone(browser: Browser, code: string, name: string, js = true) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled: js });
  const p = await ctx.newPage();
  await p.goto(`/join/${code}`);
  await p.getByLabel("Nama").fill(name);
  await p.getByLabel("Instansi").fill("Bappeda Pangandaran");
  await p.getByRole("button", { name: "Masuk" }).click();
  if (js) await expect(p.getByText("Tersambung")).toBeVisible();
  return p;
}

test("the facilitator starts a countdown; phones see it, and the activity closes by itself at zero", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signedInAs(page, "fasilitator@mekar.test");
  const { url, code } = await newWorkshop(page, `Lokakarya waktu ${Date.now()}`);
  await addActivity(page, "Jajak pendapat (satu pilihan)", "Usulan cepat", (p) =>
    p.getByLabel("Pilihan jawaban").fill("Setuju\nTidak setuju"),
  );
  await press(page, "Usulan cepat", "Buka", "Tutup");

  const withJs = await phone(browser, code, "Rina Marlina");
  const plain = await phone(browser, code, "Dedi Kurniawan", false);
  await expect(withJs.getByRole("heading", { name: "Usulan cepat" })).toBeVisible();

  // thirty seconds (the shortest preset)
  const timer = row(page, "Usulan cepat");
  await timer.getByRole("combobox", { name: /^Durasi/ }).selectOption({ label: "30 detik" });
  await timer.getByRole("button", { name: "Mulai hitung mundur" }).click();
  await expect(timer.getByRole("timer")).toBeVisible();
  await expect(timer.getByRole("button", { name: "Hentikan penghitung" })).toBeVisible();

  // the phone with the script ticks; the one without sees the end time on the regency's clock
  await expect(withJs.locator("#timer")).toContainText("Sisa waktu");
  await plain.reload();
  await expect(plain.locator("#timer")).toContainText(/Ditutup otomatis pukul \d{2}[.:]\d{2} WIB/);
  const presenter = await page.context().newPage();
  await presenter.goto(`${url}/present`);
  await expect(presenter.getByRole("timer")).toBeVisible();
  await shot(withJs, "timer-phone");
  await shot(presenter, "timer-presenter");

  // at zero: closed, on the phone (live), the presenter and the control panel
  await expect(withJs.getByText("Kegiatan ini sudah ditutup.")).toBeVisible({ timeout: 120_000 });
  await expect(withJs.getByRole("button", { name: "Kirim" })).toHaveCount(0);
  await expect(presenter.getByText("Kegiatan ini sudah ditutup.")).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(row(page, "Usulan cepat").getByRole("button", { name: "Buka", exact: true })).toBeVisible();
  await plain.reload();
  await expect(plain.getByText("Kegiatan ini sudah ditutup.")).toBeVisible();
});

test("a quiz on two phones: the answer is revealed only at closing, then the opted-in leaderboard", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signedInAs(page, "fasilitator@mekar.test");
  const { url, code } = await newWorkshop(page, `Lokakarya kuis ${Date.now()}`);
  await addActivity(page, "Kuis", "Kuis tata kelola", async (p) => {
    await p.getByLabel("Pilihan jawaban").fill("Bupati\nSekretaris Daerah\nKetua DPRD");
    await p.getByLabel("Jawaban benar (kuis)").fill("2");
  });
  await press(page, "Kuis tata kelola", "Buka", "Tutup");

  const rina = await phone(browser, code, "Rina Marlina");
  const dedi = await phone(browser, code, "Dedi Kurniawan");
  for (const [p, answer] of [
    [rina, "Sekretaris Daerah"],
    [dedi, "Bupati"],
  ] as const) {
    await p.getByLabel(answer).check();
    await p.getByRole("button", { name: "Kirim" }).click();
    await expect(p.getByText("Terkirim ✓")).toBeVisible();
  }
  // nothing on the phone tells the answer while the question is open
  await expect(rina.getByText("Jawaban benar")).toHaveCount(0);
  expect(await rina.content()).not.toContain("✓ Sekretaris");

  await press(page, "Kuis tata kelola", "Tutup", "Buka");
  await expect(rina.getByText("Jawaban Anda benar.")).toBeVisible();
  await expect(rina.getByRole("region", { name: "Jawaban benar" })).toContainText("Sekretaris Daerah");
  await expect(dedi.getByText("Jawaban Anda belum tepat.")).toBeVisible();
  await expect(rina.getByText("Papan peringkat kuis")).toHaveCount(0);

  // the facilitator opts in: phones and the projector show it
  await page.getByRole("button", { name: "Tampilkan papan peringkat" }).click();
  await expect(page.getByRole("button", { name: "Sembunyikan papan peringkat" })).toBeVisible();
  const board = rina.getByRole("region", { name: "Papan peringkat kuis" });
  await expect(board).toContainText("Rina Marlina");
  await expect(board.getByRole("listitem").first()).toContainText("Rina Marlina");
  await expect(rina.getByText("Anda: peringkat 1, 100 poin")).toBeVisible();
  await expect(dedi.getByText("Anda: peringkat 2, 0 poin")).toBeVisible();
  const presenter = await page.context().newPage();
  await presenter.goto(`${url}/present`);
  await expect(presenter.getByRole("table", { name: "Papan peringkat kuis" })).toContainText("Rina Marlina");
  await expect(presenter.getByText("Jawaban benar: Sekretaris Daerah")).toBeVisible();
  await shot(rina, "quiz-phone");
  await shot(presenter, "quiz-presenter");
});

test("the coordinator applies a ranking of issues; each issue's timeline shows the workshop's verdict", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signedInAs(page, "koordinator@mekar.test");
  const title = `Lokakarya prioritas ${Date.now()}`;
  const { code } = await newWorkshop(page, title);
  const issues = page.getByRole("group", { name: "Isu kabupaten sebagai pilihan (peringkat)" });
  const picked: string[] = [];
  await addActivity(page, "Peringkat", "Prioritas isu bersama", async () => {
    const boxes = issues.getByRole("checkbox");
    for (let i = 0; i < 3; i++) {
      await boxes.nth(i).check();
      picked.push(((await issues.locator("label").nth(i).textContent()) ?? "").trim());
    }
  });
  await press(page, "Prioritas isu bersama", "Buka", "Tutup");

  // two phones rank: the third issue first, then the first, then the second
  for (const name of ["Rina Marlina", "Dedi Kurniawan"]) {
    const p = await phone(browser, code, name);
    await p.getByLabel(picked[0], { exact: true }).selectOption("2");
    await p.getByLabel(picked[1], { exact: true }).selectOption("3");
    await p.getByLabel(picked[2], { exact: true }).selectOption("1");
    await p.getByRole("button", { name: "Kirim" }).click();
    await expect(p.getByText("Terkirim ✓")).toBeVisible();
  }
  await press(page, "Prioritas isu bersama", "Tutup", "Buka");

  await page.getByRole("link", { name: "Prioritas isu bersama", exact: true }).click();
  await page.getByRole("button", { name: "Terapkan ke isu" }).click();
  // the card now lists the issues it was applied to, and offers no second apply
  await expect(page.getByText("Sudah diterapkan pada isu:")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Sudah diterapkan pada isu:")).toBeVisible();
  await expect(page.getByRole("button", { name: "Terapkan ke isu" })).toHaveCount(0);
  await shot(page, "verdict-activity");

  // the first-ranked issue: its suggested priority and the timeline entry
  const number = /^ISU-(\d+)/.exec(picked[2])![1];
  await page.getByRole("link", { name: `ISU-${number}`, exact: true }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`ISU-${number}`) })).toBeVisible();
  await expect(page.getByText("Peringkat 1 dari 3", { exact: true })).toBeVisible();
  await expect(page.getByText("2 peserta · 4 poin Borda · sebaran ±0,0")).toBeVisible();
  const entry = page.getByRole("listitem").filter({ hasText: "Putusan lokakarya" });
  await expect(entry.getByText(title)).toBeVisible();
  await expect(entry.getByText(/peringkat 1 dari 3, 2 peserta/)).toBeVisible();
  await shot(page, "verdict-issue");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "verdict-issue-phone");
});
