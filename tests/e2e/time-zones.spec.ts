import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "../helpers/sessions";

// Issue 14: each regency shows and reads times on its own clock. Malaka (NTT) is WITA, Pangandaran
// WIB: the same 09.00 typed into the workshop form is 09.00 WITA in Malaka and 09.00 WIB in
// Pangandaran, and every page of the record says so.

async function createWorkshopAt(page: Page, title: string, zone: "WIB" | "WITA") {
  await page.goto("/workshops");
  // the form says whose clock the time is on
  await expect(page.getByLabel(`Tanggal dan waktu (${zone})`)).toBeVisible();
  await page.getByLabel("Judul lokakarya").fill(title);
  await page.getByLabel("Tanggal dan waktu").fill("2026-11-20T09:00"); // past: the desks of other specs list the upcoming ones
  await page.getByLabel("Tempat").fill("Aula Bappeda");
  await page.getByRole("button", { name: "Buat lokakarya" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
}

test("a Malaka workshop shows its time in WITA, a Pangandaran one in WIB, on the page, the list and the edit form", async ({
  page,
}) => {
  const stamp = Date.now();
  const malaka = `Lokakarya Betun ${stamp}`;
  await signedInAs(page, "koordinator.malaka@mekar.test");
  await createWorkshopAt(page, malaka, "WITA");
  const main = page.locator("main");
  await expect(main.getByText("20 Nov 2026, 09.00 WITA").first()).toBeVisible();
  // the edit form gives back what was typed, on the same clock
  await expect(page.getByLabel("Tanggal dan waktu (WITA)")).toHaveValue("2026-11-20T09:00");
  await expect(main.getByText("20 Nov 2026 · 09.00–13.00 WITA")).toBeVisible(); // its first session
  await page.screenshot({ path: test.info().outputPath("malaka-workshop.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("malaka-workshop-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/workshops");
  await expect(page.getByRole("row").filter({ hasText: malaka }).getByText("20 Nov 2026, 09.00 WITA")).toBeVisible();

  const pangandaran = `Lokakarya Parigi ${stamp}`;
  await signedInAs(page, "fasilitator@mekar.test");
  await createWorkshopAt(page, pangandaran, "WIB");
  await expect(main.getByText("20 Nov 2026, 09.00 WIB").first()).toBeVisible();
  await page.goto("/workshops");
  await expect(
    page.getByRole("row").filter({ hasText: pangandaran }).getByText("20 Nov 2026, 09.00 WIB"),
  ).toBeVisible();
  // Pangandaran's list never shows Malaka's workshop, and no time there is labelled WITA
  await expect(page.getByText(malaka)).toHaveCount(0);
  await expect(main.getByText(/WITA/)).toHaveCount(0);
});

test("an admin sees the regency's zone on its profile and may change it (the default is the province's)", async ({
  page,
}) => {
  await signedInAs(page, "admin@mekar.test");
  await page.goto("/regencies/malaka");
  await expect(page.getByText("WITA — Waktu Indonesia Tengah (Asia/Makassar)").first()).toBeVisible();
  const zone = page.getByLabel("Zona waktu");
  await expect(zone).toHaveValue("Asia/Makassar");
  await expect(page.getByText("Bawaan dari provinsinya: WITA")).toBeVisible();
});
