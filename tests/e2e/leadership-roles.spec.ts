import { expect, test, type Page } from "@playwright/test";
import { withE2eDb } from "../helpers/e2e-db";
import { signedInAs } from "../helpers/sessions";

// The leadership configuration on the eight CVF roles (issue 15, item 4): a colleague assesses a
// leader, the coordinator sees the colleagues' mean only from the third assessment on, and the
// configuration view shows the team's coverage, the roles nobody covers and the handover change.

const SHOTS = "test-results/leadership-roles";

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

const ketuaDprd = () =>
  withE2eDb(async (c) => {
    const r = await c.query(
      `SELECT t.id FROM "PositionTerm" t JOIN "Position" p ON p.id = t."positionId" JOIN "Regency" g ON g.id = p."regencyId"
       WHERE g.slug = 'pangandaran' AND p.kind = 'ketua_dprd' AND t."endDate" IS NULL`,
    );
    return String(r.rows[0].id);
  });

test("a colleague assesses the Ketua DPRD; the coordinator sees the colleagues' mean only after the third", async ({
  browser,
}) => {
  const termId = await ketuaDprd();
  const url = `/regencies/pangandaran/leaders/${termId}`;
  const coordinator = await (await browser.newContext()).newPage();
  await signedInAs(coordinator, "koordinator@mekar.test");
  await coordinator.goto(url);
  const roles = coordinator
    .locator("section")
    .filter({ has: coordinator.getByRole("heading", { name: "Peran kepemimpinan", exact: true }) });
  const period2026 = roles.getByRole("table").filter({ hasText: "Periode 2026" });
  // two colleagues so far (seed): their number, never their scores
  await expect(period2026.locator("caption")).toContainText("2 penilaian rekan; rata-rata ditampilkan mulai 3");
  await expect(period2026.getByRole("row", { name: /Mentor/ })).toContainText("—");
  // the paper self-assessment is shown, marked as recorded by the coordinator
  await expect(period2026.getByRole("columnheader", { name: /kertas, dicatat koordinator/ })).toBeVisible();

  const official = await (await browser.newContext()).newPage();
  await signedInAs(official, "pejabat@mekar.test");
  await official.goto(url);
  const form = official.locator("form").filter({ has: official.locator('[name="score_mentor"]') });
  await expect(official.getByText("penilaian Anda tidak pernah ditampilkan sendiri")).toBeVisible();
  await form.getByLabel("Periode").selectOption("2026");
  const scores: Record<string, string> = {
    Mentor: "4",
    Fasilitator: "5",
    Inovator: "2",
    Broker: "4",
    Produsen: "3",
    Direktur: "3",
    Koordinator: "2",
    Monitor: "3",
  };
  for (const [role, score] of Object.entries(scores))
    await form.getByRole("group", { name: role, exact: true }).getByLabel(score, { exact: true }).check();
  await form.getByRole("button", { name: "Kirim penilaian" }).click();
  await expect(form.getByText("Penilaian periode 2026 disimpan.")).toBeVisible();
  await official.reload();
  // the official sees that they assessed, not what they gave
  await expect(official.getByText(/Periode 2026 · Sebagai rekan · versi 1/)).toBeVisible();

  await coordinator.reload();
  await expect(period2026.locator("caption")).toContainText("3 penilaian rekan");
  await expect(period2026.getByRole("row", { name: /Mentor/ })).not.toContainText("—");
  await shoot(coordinator, "leader");
});

test("the configuration view shows the team's coverage, the roles nobody covers and the Bupati handover", async ({
  page,
}) => {
  await signedInAs(page, "koordinator@mekar.test");
  await page.goto("/culture/leadership?regency=pangandaran&period=2025");
  await expect(page.getByRole("heading", { name: "Kecocokan konfigurasi pimpinan", level: 1 })).toBeVisible();
  await expect(page.getByTestId("leadership-fit")).toContainText("dari 100");
  await expect(page.getByText("Budaya yang diinginkan (survei seluruh kabupaten 2025")).toBeVisible();
  const coverage = page.getByRole("table").filter({ has: page.getByText("Cakupan tim", { exact: true }) });
  for (const type of ["Kolaboratif", "Inovatif", "Berorientasi hasil", "Tertib/hierarki"])
    await expect(coverage.getByRole("row", { name: new RegExp(type) })).toBeVisible();
  await expect(page.getByRole("list", { name: "Peran yang tidak ditutup siapa pun" })).toContainText("Mentor");
  await expect(page.getByText("Bupati: H. Wawan Setiawan → H. Dadang Sutisna")).toBeVisible();
  await expect(page.getByRole("link", { name: "Asep Nurdin" })).toBeVisible(); // the Ketua DPRD
  await shoot(page, "configuration-2025");

  await page.getByRole("combobox", { name: "Periode" }).selectOption("2026");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/period=2026/);
  await expect(page.getByRole("link", { name: "Nana Suryana, S.H." })).toBeVisible(); // the Inspektur, added to the team
  await shoot(page, "configuration-2026");
});
