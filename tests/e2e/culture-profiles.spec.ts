import { expect, test, type Page } from "@playwright/test";
import { withE2eDb } from "../helpers/e2e-db";
import { signedInAs } from "../helpers/sessions";
import { DEMO_PASSWORD } from "../helpers/sign-in";

// Culture profiles (issue 15, item 3): the coordinator reads the regency's kite, sets the gap
// threshold and turns an agency's gap into a PDCA change initiative and a quality objective, linked
// both ways; supervisors compare regencies; Malaka's Dinkes (4 answers) is never shown to anyone.

const SHOTS = "test-results/culture";

async function shoot(page: Page, name: string) {
  for (const [label, size] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
    if (label === "phone")
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function signInSupervisor(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/overview$/);
}

const agencyId = (slug: string, shortName: string) =>
  withE2eDb(async (c) => {
    const r = await c.query(
      `SELECT a.id FROM "Agency" a JOIN "Regency" g ON g.id = a."regencyId" WHERE g.slug = $1 AND a."shortName" = $2`,
      [slug, shortName],
    );
    return String(r.rows[0].id);
  });

test("the coordinator reads the kite, sets the threshold and proposes a change initiative from a gap, linked both ways", async ({
  page,
}) => {
  await signedInAs(page, "koordinator@mekar.test");
  await page.goto("/dashboard?regency=pangandaran");
  await page.getByRole("navigation").first().getByRole("link", { name: "Budaya organisasi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Budaya organisasi");
  await expect(page.getByRole("figure", { name: /Diagram layang-layang budaya Pangandaran/ })).toBeVisible();
  await expect(page.getByRole("figure").locator("svg").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Skor per tipe budaya Pangandaran 2026" })).toContainText(
    "Kolaboratif",
  );
  await expect(page.getByText("Perubahan 2025 → 2026")).toBeVisible();
  const agencies = page.getByRole("region", { name: "Profil budaya perangkat daerah 2026" });
  await expect(agencies).toContainText("Dinas Kesehatan");

  // the threshold: a versioned edit
  const threshold = page.getByLabel("Ambang kesenjangan (poin)");
  await threshold.fill("12");
  await page.getByRole("button", { name: "Simpan ambang" }).click();
  await expect(page.getByText("Perubahan tersimpan.")).toBeVisible();
  await expect(page.getByText("Ambang kesenjangan: 12 poin").first()).toBeVisible();
  await shoot(page, "regency");

  // Dinkes 2026: collaboration far below what its people want
  await agencies.getByRole("link", { name: "Dinas Kesehatan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dinas Kesehatan");
  const propose = page.getByRole("button", { name: "Usulkan inisiatif perubahan: Kolaboratif" });
  await propose.dblclick(); // a double click proposes once
  // the proposal replaces the button with the links to what it made
  await expect(
    page.getByRole("link", { name: /^Inisiatif: Penguatan budaya kolaboratif Dinas Kesehatan$/ }),
  ).toBeVisible();
  const dinkes = await agencyId("pangandaran", "Dinkes");
  const count = await withE2eDb(async (c) =>
    Number(
      (
        await c.query(`SELECT count(*) FROM "IsoChangeInitiative" WHERE "sourceRef" LIKE $1`, [
          `culture:%:${dinkes}:clan:2026`,
        ])
      ).rows[0].count,
    ),
  );
  expect(count).toBe(1);
  await page.reload();
  const link = page.getByRole("link", { name: "Inisiatif: Penguatan budaya kolaboratif Dinas Kesehatan" });
  await expect(link).toHaveCount(1);
  await expect(
    page.getByRole("link", {
      name: /^Sasaran mutu: Naikkan budaya kolaboratif Dinas Kesehatan dari \d+ ke \d+ pada \d{4}$/,
    }),
  ).toBeVisible();
  await expect(propose).toHaveCount(0);
  await shoot(page, "agency");

  // to the initiative and back to the gap
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Penguatan budaya kolaboratif Dinas Kesehatan");
  await page.getByRole("link", { name: "Dari kesenjangan budaya: Dinas Kesehatan · Kolaboratif · 2026" }).click();
  await expect(page).toHaveURL(new RegExp(`/culture/agencies/${dinkes}\\?period=2026$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dinas Kesehatan");
  // and the objective's card names its gap too
  await page.getByRole("link", { name: /^Sasaran mutu: Naikkan budaya kolaboratif/ }).click();
  await expect(page).toHaveURL(/\/iso\/objectives#objective-/);
  await expect(
    page.getByRole("link", { name: "Dari kesenjangan budaya: Dinas Kesehatan · Kolaboratif · 2026" }),
  ).toBeVisible();
});

test("the Ministry's supervisor compares the regencies; Malaka's agencies side by side", async ({ page }) => {
  await signInSupervisor(page, "otda@mekar.test");
  await page.goto("/culture/compare?regency=malaka");
  const regencies = page.getByRole("region", { name: "Profil budaya kabupaten 2026" });
  await expect(regencies).toContainText("Pangandaran");
  await expect(regencies).toContainText("Malaka");
  await expect(page.getByRole("figure", { name: "Budaya saat ini, berdampingan" })).toBeVisible();
  const agencies = page.getByRole("region", { name: "Antarperangkat daerah Malaka 2026" });
  await expect(agencies.getByRole("row", { name: /Dinas Kesehatan/ })).toContainText("Disembunyikan: 4 jawaban");
  await expect(page.getByRole("button", { name: /Usulkan/ })).toHaveCount(0);
  await shoot(page, "compare");
});

test("Malaka's Dinkes, with four answers, is shown to nobody: only its count", async ({ browser }) => {
  const dinkes = await agencyId("malaka", "Dinkes");
  for (const who of ["admin@mekar.test", "koordinator.malaka@mekar.test", "biropem.ntt@mekar.test"]) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    if (who.startsWith("biropem")) await signInSupervisor(page, who);
    else await signedInAs(page, who);
    await page.goto("/culture?regency=malaka");
    const row = page.getByRole("region", { name: "Profil budaya perangkat daerah 2026" }).getByRole("row", {
      name: /Dinas Kesehatan/,
    });
    await expect(row).toContainText("Disembunyikan: 4 jawaban");
    await page.goto(`/culture/agencies/${dinkes}`);
    await expect(page.getByRole("main")).toContainText("Disembunyikan: 4 jawaban");
    await expect(page.getByRole("figure")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Usulkan/ })).toHaveCount(0);
    await ctx.close();
  }
});
