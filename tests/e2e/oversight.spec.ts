import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../helpers/sign-in";

// The Ministry's supervisor (Ditjen Otonomi Daerah) and a province's Biro Pemerintahan read the
// regencies they oversee, starting from the comparison; they change nothing and see no e-mail
// addresses of the regency's people.
async function signInAs(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/overview$/); // a supervisor's desk is the comparison
}

test.describe("oversight by the Ministry and the province", () => {
  test("the Ministry reads a DOB's dashboard and leadership and is refused a change", async ({ page }) => {
    await signInAs(page, "otda@mekar.test");
    const table = page.getByRole("table", { name: "Perbandingan antarkabupaten" });
    await expect(table).toContainText("Pangandaran");
    await expect(table).toContainText("Malaka");
    await page.goto("/dashboard?regency=pangandaran");
    await expect(page.getByRole("banner")).toContainText("Pangandaran");
    await expect(page.getByRole("banner")).toContainText("Pengawas (hanya membaca)");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Pangandaran");
    await page.goto("/regencies/pangandaran/leadership");
    await expect(page.getByRole("main")).toContainText("Kepala Bappeda");
    await expect(page.getByRole("main")).not.toContainText("@mekar.test");
    // no way to change: the forms are not offered, and the pages that change refuse
    await page.goto("/issues");
    await expect(page.getByRole("link", { name: /usulkan isu|isu baru/i })).toHaveCount(0);
    const res = await page.goto("/issues/new");
    expect(res?.status()).toBe(404);
  });

  test("a province's supervisor sees its own regencies only", async ({ page }) => {
    await signInAs(page, "biropem.ntt@mekar.test");
    const table = page.getByRole("table", { name: "Perbandingan antarkabupaten" });
    await expect(table).toContainText("Malaka");
    await expect(table).not.toContainText("Pangandaran");
    await page.goto("/dashboard?regency=pangandaran");
    await expect(page.getByRole("banner")).not.toContainText("Pangandaran");
    const res = await page.goto("/regencies/pangandaran");
    expect(res?.status()).toBe(404);
  });
});
