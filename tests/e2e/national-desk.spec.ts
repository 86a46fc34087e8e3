import { expect, test } from "@playwright/test";
import { signedInAs } from "../helpers/sessions";
import { withE2eDb } from "../helpers/e2e-db";

// The administrator chooses any regency (search by name or code, or a link's ?regency=) and
// compares every regency of the country on one page, those that need attention first.
test.describe("the administrator's national desk", () => {
  test("an admin switches to any regency by search, by code in a link, and back", async ({ page }) => {
    await signedInAs(page, "admin@mekar.test");
    await page.getByRole("link", { name: "Ganti kabupaten" }).click();
    await expect(page).toHaveURL(/\/regencies$/);
    await page.getByPlaceholder("Cari nama, provinsi, atau kode Kemendagri").fill("Malaka");
    await page.getByRole("button", { name: "Cari" }).click();
    const row = page.getByRole("row", { name: /Malaka/ }).first();
    await row.getByRole("button", { name: "Bekerja di sini" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("banner")).toContainText("Malaka");
    // a link that names the regency by its Kemendagri code
    const code = await withE2eDb(
      async (c) =>
        ((await c.query(`SELECT code FROM "Regency" WHERE slug = 'pangandaran'`)).rows[0] as { code: string }).code,
    );
    await page.goto(`/issues?regency=${code}`);
    await expect(page).toHaveURL(/\/issues$/);
    await expect(page.getByRole("banner")).toContainText("Pangandaran");
    await page.goto("/dashboard?regency=malaka");
    await expect(page.getByRole("banner")).toContainText("Malaka");
  });

  test("the comparison shows every regency on one page, the new regencies that need attention first", async ({
    page,
  }) => {
    const total = await withE2eDb(
      async (c) => ((await c.query(`SELECT count(*)::int AS n FROM "Regency"`)).rows[0] as { n: number }).n,
    );
    expect(total).toBeGreaterThan(500);
    await signedInAs(page, "admin@mekar.test");
    await page.goto("/overview");
    await expect(page.getByText(`${total.toLocaleString("id-ID")} kabupaten/kota`)).toBeVisible();
    const table = page.getByRole("table", { name: "Perbandingan antarkabupaten" });
    await expect(table.locator("tbody tr")).toHaveCount(total);
    await expect(page.getByRole("table", { name: "DOB yang paling perlu perhatian" })).toContainText("Pangandaran");
    // new regencies of one province only
    await page.getByLabel("Provinsi").selectOption("Nusa Tenggara Timur");
    await page.getByLabel("Hanya DOB").check();
    await page.getByRole("button", { name: "Terapkan" }).click();
    await expect(table).toContainText("Malaka");
    await expect(table).not.toContainText("Pangandaran");
    const rows = await table.locator("tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(total);
  });
});
