import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "../helpers/axe";
import { signedInAs } from "../helpers/sessions";

// Hidden potential found and followed (issue 15, item 5): a facilitator runs the regency's
// potential-discovery template, phones answer (one without JavaScript), the answers become entries
// of the regional-potential register in one action, and the coordinator links one to an issue:
// the "nothing works on it yet" flag and its count change.

const SHOTS = "test-results/potentials";

async function shoot(page: Page, name: string) {
  for (const [label, size] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
    await page.screenshot({ path: `${SHOTS}/${name}-${label}-top.png` });
    if (label === "phone")
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("discovery template run with phones, answers turned into potentials in one action, one linked to an issue", async ({
  page,
  browser,
}) => {
  test.slow();
  const run = Date.now().toString(36);
  const title = `Lokakarya penggalian potensi ${run}`;
  const answers = [`Pantai Karapyak untuk wisata keluarga ${run}`, `Susur sungai Cijulang ${run}`];

  // the facilitator builds the workshop from the regency's template set
  await signedInAs(page, "fasilitator@mekar.test");
  await page.goto("/workshops");
  await page.getByLabel("Judul lokakarya").fill(title);
  await page.getByLabel("Tanggal dan waktu").fill("2026-12-12T09:00");
  await page.getByRole("button", { name: "Buat lokakarya" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const workshopUrl = page.url();
  for (const template of [
    "Penggalian potensi: awan kata (Awan kata)",
    "Penggalian potensi: Pariwisata (Pertanyaan terbuka)",
  ]) {
    await page.getByLabel("Templat").selectOption({ label: template });
    await page.getByRole("button", { name: "Tambahkan dari templat" }).click();
    await expect(page.getByRole("link", { name: template.replace(/ \(.*\)$/, ""), exact: true })).toBeVisible();
  }
  const activity = "Penggalian potensi: Pariwisata";
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: activity, exact: true }) });
  await row.getByRole("button", { name: "Buka", exact: true }).click();
  await expect(row.getByRole("button", { name: "Tutup", exact: true })).toBeVisible();
  const code = (await page.locator("[data-join-code]").textContent())!.trim();

  // two phones answer, one of them without JavaScript
  for (const [i, js] of [
    [0, false],
    [1, true],
  ] as const) {
    const ctx = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 390, height: 800 } });
    const phone = await ctx.newPage();
    await phone.goto(`/join/${code}`);
    await phone.getByLabel("Nama").fill(i === 0 ? "Budi Santoso" : "Asep Saepudin");
    await phone.getByLabel("Instansi").fill("Dinas Pariwisata");
    await phone.getByRole("button", { name: "Masuk" }).click();
    await expect(phone.getByRole("heading", { name: activity })).toBeVisible();
    await expect(phone.getByText(/Potensi sektor Pariwisata apa yang belum tergarap/)).toBeVisible();
    await phone.getByLabel("Jawaban Anda").fill(answers[i]);
    await phone.getByRole("button", { name: "Kirim" }).click();
    await expect(phone.getByText("Terkirim ✓")).toBeVisible();
    if (i === 0) await phone.screenshot({ path: `${SHOTS}/participant-phone-nojs.png`, fullPage: true });
    await ctx.close();
  }

  // the answers become register entries in one action; a second submit changes nothing
  await page.goto(workshopUrl);
  await page.getByRole("link", { name: activity, exact: true }).click();
  const form = page.locator("form").filter({ has: page.locator('[name="entryIds[]"]') });
  await expect(form.getByLabel("Sektor")).toHaveValue("Pariwisata");
  await shoot(page, "activity-before");
  for (const a of answers) await form.getByLabel(a).check();
  await form.getByRole("button", { name: "Catat sebagai potensi" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "2 potensi dicatat di register potensi daerah." }),
  ).toBeVisible();
  await page.reload();
  for (const a of answers)
    await expect(
      page
        .getByRole("row")
        .filter({ hasText: a })
        .getByRole("link", { name: a.replace(/^./, (c) => c.toUpperCase()) }),
    ).toBeVisible();
  await expect(page.getByText("Semua jawaban sudah dijadikan potensi.")).toBeVisible();
  await shoot(page, "activity");

  // the coordinator links one of them to an issue: the flag and its count change
  const coordinator = await (await browser.newContext()).newPage();
  await signedInAs(coordinator, "koordinator@mekar.test");
  await coordinator.goto("/regencies/pangandaran/potentials?show=idle");
  const count = async () => Number((await coordinator.getByTestId("idle-count").textContent())!.match(/^(\d+)/)![1]);
  const before = await count();
  const card = coordinator
    .getByRole("listitem")
    .filter({ has: coordinator.getByRole("heading", { name: answers[0] }) });
  await expect(card.getByText("Belum ada yang menangani")).toBeVisible();
  await expect(card.getByRole("link", { name: title })).toBeVisible(); // where it was found
  await shoot(coordinator, "register-idle");
  await card.getByText("Kelola potensi").click();
  const link = card.locator("form").filter({ has: coordinator.locator('select[name="issueId"]') });
  const issue = await link.locator('select[name="issueId"] option').first().textContent();
  await link.getByRole("button", { name: "Kaitkan" }).click();
  // no longer one nothing works on: it leaves the filtered list
  await expect(card).toHaveCount(0);
  await coordinator.goto("/regencies/pangandaran/potentials");
  expect(await count()).toBe(before - 1);
  const linked = coordinator
    .getByRole("listitem")
    .filter({ has: coordinator.getByRole("heading", { name: answers[0] }) });
  await expect(linked.getByRole("link", { name: issue!.trim() })).toBeVisible();
  await expect(linked.getByText("Belum ada yang menangani")).toHaveCount(0);
  expect(await seriousViolations(coordinator)).toEqual([]);
  await shoot(coordinator, "register");
  await coordinator.goto("/regencies/pangandaran/potentials?show=idle");
  await expect(coordinator.getByRole("heading", { name: answers[0] })).toHaveCount(0);
  await expect(coordinator.getByRole("heading", { name: answers[1] })).toBeVisible();

  // the workshop summary names the potentials found
  await page.goto(`${workshopUrl}/summary`);
  await expect(page.getByRole("link", { name: answers[1] }).first()).toBeVisible();
});
