import { expect, test } from "@playwright/test";
import { signedInAs } from "../helpers/sessions";

// Full-text search (issue 14, item 6): Indonesian stemming finds another form of the word typed,
// the best match comes first and the matched word is marked.
test.describe("search", () => {
  test('the coordinator searches the issues for "membangun" and finds the issue on "pembangunan"', async ({ page }) => {
    await signedInAs(page, "koordinator@mekar.test");
    await page.goto("/issues");
    const search = page.getByRole("search", { name: "Saring isu" });
    await search.getByLabel("Cari judul, nomor, label").fill("membangun");
    await search.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/[?&]q=membangun/);
    const hit = page.getByRole("link", { name: /^Pembangunan kompleks pusat pemerintahan Parigi/ });
    await expect(hit).toBeVisible();
    await expect(hit.locator("mark")).toHaveText("Pembangunan");
    // ranked: the title match comes before issues that only mention the word elsewhere
    await expect(page.getByRole("table").getByRole("link").first()).toHaveText(/^Pembangunan kompleks/);
    await expect(search.getByLabel("Urutkan")).toHaveValue("");
    if (process.env.SEARCH_SCREENSHOTS) await page.screenshot({ path: "/tmp/search-desktop.png", fullPage: true });

    // an issue number still goes straight to that issue at the top
    await page.goto("/issues?q=ISU-4");
    await expect(page.getByRole("table").getByRole("link").first()).toHaveText(/Jalan lingkar Pangandaran/);

    // the result leads to the issue
    await page.goto("/issues?q=membangun");
    await hit.click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Pembangunan kompleks pusat pemerintahan");
  });

  test("on a phone the highlighted result fits the screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signedInAs(page, "koordinator@mekar.test");
    await page.goto("/issues?q=pembang");
    await expect(page.getByRole("link", { name: /^Pembangunan kompleks/ }).locator("mark")).toHaveText("Pembangunan");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    if (process.env.SEARCH_SCREENSHOTS) await page.screenshot({ path: "/tmp/search-phone.png", fullPage: true });
  });
});

test.describe("public search", () => {
  test("a resident searches the regency's published updates without signing in", async ({ page }) => {
    await page.goto("/r/pangandaran");
    const search = page.getByRole("search", { name: "Cari kabar" });
    await search.getByRole("searchbox").fill("memperbaiki jalan");
    await search.getByRole("button", { name: "Cari" }).click();
    await expect(page).toHaveURL(/\/r\/pangandaran\?q=/);
    const hit = page.getByRole("link", { name: /^Perbaikan Jalan Lingkar Pangandaran/ });
    await expect(hit.locator("mark").first()).toHaveText("Perbaikan");
    if (process.env.SEARCH_SCREENSHOTS) {
      await page.screenshot({ path: "/tmp/search-public-desktop.png", fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: "/tmp/search-public-phone.png", fullPage: true });
    }
    // a piece still in review is not found by the public
    await page.goto("/r/pangandaran?q=sampah");
    await expect(page.getByText("Tidak ada tulisan terbit yang cocok dengan “sampah”.")).toBeVisible();
  });
});
