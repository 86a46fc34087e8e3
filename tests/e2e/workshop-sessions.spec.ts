import { expect, test, type Browser, type Page } from "@playwright/test";
import { withE2eDb } from "../helpers/e2e-db";
import { signedInAs } from "../helpers/sessions";

// A workshop session with a date: the facilitator starts it, a phone joins and answers, the
// facilitator ends it, and a phone joining afterwards is not on its daftar hadir. The answer
// becomes a rencana tindak lanjut on an issue; once its due date has passed the issue shows it.

async function joinPhone(browser: Browser, code: string, name: string) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const phone = await ctx.newPage();
  await phone.goto("/join");
  await phone.getByLabel("Kode").fill(code);
  await phone.getByRole("button", { name: "Gabung" }).click();
  await phone.getByLabel("Nama").fill(name);
  await phone.getByLabel("Instansi").fill("Bappeda Pangandaran");
  await phone.getByRole("button", { name: "Masuk" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toBeVisible();
  return { ctx, phone };
}

const sessionRow = (page: Page) => page.getByRole("list", { name: "Sesi" }).getByRole("listitem").first();

test("a session starts and ends; a later join is not on its daftar hadir; an answer becomes an overdue follow-up", async ({
  page,
  browser,
}) => {
  test.slow();
  const title = `Lokakarya sesi bertanggal ${Date.now()}`;
  await signedInAs(page, "fasilitator@mekar.test");
  await page.goto("/workshops");
  await page.getByLabel("Judul lokakarya").fill(title);
  await page.getByLabel("Tanggal dan waktu").fill("2026-12-20T09:00");
  await page.getByLabel("Tempat").fill("Aula Bappeda");
  await page.getByRole("button", { name: "Buat lokakarya" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const workshopUrl = page.url();
  const code = (await page.locator("[data-join-code]").textContent())!.trim();

  // scheduled: nothing runs, so no "Langsung"
  await expect(sessionRow(page).getByText("Terjadwal")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Tidak ada sesi berjalan" })).toBeVisible();

  await page.getByLabel("Jenis kegiatan").selectOption({ label: "Pertanyaan terbuka" });
  await page.getByLabel("Judul kegiatan").fill("Hambatan tindak lanjut");
  await page.getByRole("button", { name: "Tambah kegiatan" }).click();
  await expect(page.getByRole("link", { name: "Hambatan tindak lanjut", exact: true })).toBeVisible();
  await page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Hambatan tindak lanjut", exact: true }) })
    .getByRole("button", { name: "Buka", exact: true })
    .click();

  // --- the facilitator starts the session ---
  await sessionRow(page).getByRole("button", { name: "Mulai sesi" }).click();
  await expect(sessionRow(page).getByText("Berlangsung")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Langsung" })).toBeVisible();

  const early = await joinPhone(browser, code, "Rina Marlina");
  const answer = `Data aset belum lengkap ${Date.now()}`;
  await early.phone.getByLabel("Jawaban Anda").fill(answer);
  await early.phone.getByRole("button", { name: "Kirim" }).click();
  await expect(early.phone.getByText("Terkirim ✓")).toBeVisible();

  // --- the facilitator ends it; a later join is on no daftar hadir ---
  page.once("dialog", (d) => void d.accept());
  await sessionRow(page).getByRole("button", { name: "Akhiri sesi" }).click();
  await expect(sessionRow(page).getByText("Selesai")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Tidak ada sesi berjalan" })).toBeVisible();
  const late = await joinPhone(browser, code, "Dedi Kurniawan");

  await page.goto(`${workshopUrl}/attendance`);
  await expect(page.getByRole("cell", { name: "Rina Marlina", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Dedi Kurniawan", exact: true })).toHaveCount(0);
  const csv = await page.request.get(`${workshopUrl.replace("/workshops/", "/api/workshops/")}/attendance`);
  expect(csv.status()).toBe(200);
  const csvText = await csv.text();
  expect(csvText).toContain("Rina Marlina");
  expect(csvText).not.toContain("Dedi Kurniawan");

  // --- the answer becomes a rencana tindak lanjut on an open issue ---
  await page.goto(workshopUrl);
  await page.getByRole("link", { name: "Hambatan tindak lanjut", exact: true }).click();
  // the answer in the participants' list (it is also offered in the "turn into a potential" form)
  await expect(page.getByRole("region", { name: /Isian peserta/ }).getByText(answer, { exact: true })).toBeVisible();
  await page.getByText("Jadikan rencana tindak lanjut pada isu").click();
  await page.getByLabel("Isu tujuan").selectOption({ index: 1 });
  await page.getByLabel("Tindak lanjut (apa yang dikerjakan)").fill(`Lengkapi data aset bersama BPKAD ${answer}`);
  await page.getByLabel("Penanggung jawab").selectOption({ index: 1 });
  await page.getByLabel("Tenggat").fill("2027-01-31");
  await page.getByRole("button", { name: "Simpan rencana tindak lanjut" }).click();
  const issueLink = page.getByRole("link", { name: /^ISU-\d+$/ });
  await expect(issueLink).toBeVisible();
  await issueLink.click();
  await expect(page.getByRole("heading", { name: /^ISU-\d+ · / })).toBeVisible();
  const plan = page
    .getByRole("list", { name: "Rencana tindak lanjut" })
    .getByRole("listitem")
    .filter({
      hasText: `Lengkapi data aset bersama BPKAD ${answer}`,
    });
  await expect(plan.getByText("Direncanakan")).toBeVisible();
  await expect(plan.getByText("Terlambat")).toHaveCount(0);
  await expect(plan.getByRole("link", { name: title })).toBeVisible();

  // --- its due date passes: the issue needs attention ---
  await withE2eDb((c) =>
    c.query(`UPDATE "FollowUp" SET "dueDate" = DATE '2026-01-15' WHERE text = $1`, [
      `Lengkapi data aset bersama BPKAD ${answer}`,
    ]),
  );
  await page.reload();
  await expect(plan.getByText("Terlambat")).toBeVisible();
  await expect(page.getByText("Tindak lanjut terlambat").first()).toBeVisible();
  // and on the coordinator's dashboard, among what waits outside issues
  const coordinator = await browser.newContext();
  const desk = await coordinator.newPage();
  await signedInAs(desk, "koordinator@mekar.test");
  const card = desk.locator("section", {
    has: desk.getByRole("heading", { name: /Tindak lanjut lokakarya terlambat/ }),
  });
  await expect(card.getByRole("link", { name: `Lengkapi data aset bersama BPKAD ${answer}` })).toBeVisible();
  await coordinator.close();

  for (const p of [early, late]) await p.ctx.close();
});
