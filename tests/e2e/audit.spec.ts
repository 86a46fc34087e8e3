import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "../helpers/sessions";

// The audit trail as the regency's auditor reads it (issue 14, item 5): sentences naming who did
// what to which record, filters in the URL, a CSV of the same filter, and a printed extract that
// states whether the hash chain is intact.

const SHOTS = "test-results/audit";

async function shoot(page: Page, name: string) {
  for (const [label, size] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
    // nothing is wider than the screen on a phone
    if (label === "phone")
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("the coordinator reads an issue's trail as sentences, filters it, exports it and prints an extract", async ({
  page,
}) => {
  const title = `Drainase pasar Parigi tersumbat ${Date.now()}`;
  await signedInAs(page, "koordinator@mekar.test");

  // an issue proposed, accepted to the Kepala Bappeda and updated: three events on one record
  await page.goto("/issues/new");
  await page.getByLabel("Judul isu").fill(title);
  await page.getByLabel("Kategori").selectOption({ label: "Infrastruktur" });
  await page.getByRole("button", { name: "Kirim usulan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
  const number = (await page.getByRole("heading", { level: 1 }).innerText()).match(/ISU-(\d+)/)![1];
  await page.getByLabel("Jabatan penanggung jawab").selectOption({ label: "Kepala Bappeda" });
  await page.getByRole("button", { name: "Terima dan tetapkan" }).click();
  await expect(page.getByText("Diterima; penanggung jawab: Kepala Bappeda")).toBeVisible();
  await page.getByLabel("Catatan kemajuan").fill("Saluran dibersihkan bersama warga.");
  await page.getByLabel("Kemajuan (%)").fill("30");
  await page.getByRole("button", { name: "Tambah pembaruan" }).click();
  await expect(page.getByText("Pembaruan tersimpan.")).toBeVisible();

  // from the page to its trail
  await page.getByRole("link", { name: "Riwayat audit" }).click();
  await expect(page).toHaveURL(/\/audit\?type=issue&record=[0-9a-f-]{36}$/);
  const recordTrail = new URL(page.url()).pathname + new URL(page.url()).search;
  const trail = page.getByRole("list", { name: "Jejak Audit" });
  const quoted = `ISU-${number} «${title}»`;
  await expect(trail.getByText(`Rahmat Hidayat menambahkan pembaruan pada ${quoted}`, { exact: false })).toBeVisible();
  await expect(trail.getByText(`mengusulkan isu ${quoted}`, { exact: false })).toBeVisible();
  await expect(trail.getByText(`memutuskan triase isu ${quoted}`, { exact: false })).toBeVisible();
  // field labels and values as the forms show them, never ids or codes
  await expect(trail.getByText("Jabatan penanggung jawab:")).toBeVisible();
  await expect(trail.getByText("Kepala Bappeda").first()).toBeVisible();
  await expect(trail.getByText("Kemajuan (%):")).toBeVisible();
  await expect(trail.getByText("Menunggu triase")).toBeVisible();
  const text = await trail.innerText();
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/);
  expect(text).not.toMatch(/issue\.|ownerPositionId|lastOwnerUpdateAt/);
  expect(text).toMatch(/WIB/);
  // the record's link leads back to the issue
  await trail.getByRole("link", { name: quoted }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
  await page.goBack();

  // filter by person and record type (a GET form: the URL is the filter)
  const filters = page.getByRole("search", { name: "Saring jejak audit" });
  await filters.getByLabel("Pelaku").selectOption({ label: "Rahmat Hidayat" });
  await filters.getByLabel("Jenis rekaman").selectOption({ label: "Isu" });
  await filters.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/person=[0-9a-f-]{36}/);
  await expect(page).toHaveURL(/record=/);
  await expect(trail.getByText(`menambahkan pembaruan pada ${quoted}`, { exact: false })).toBeVisible();
  await shoot(page, "trail");

  // a date range that ends before today shows none of it
  const url = new URL(page.url());
  url.searchParams.set("to", "2020-01-01");
  await page.goto(url.pathname + url.search);
  await expect(page.getByText("Tidak ada peristiwa audit yang sesuai.")).toBeVisible();
  await page.goBack();

  // the CSV of the same filter
  const downloading = page.waitForEvent("download");
  await page.locator("summary", { hasText: "Unduh" }).click();
  await page.getByRole("link", { name: "CSV (koma)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^jejak-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toContain("Kejadian");
  expect(csv).toContain(`Rahmat Hidayat menambahkan pembaruan pada ${quoted}`);
  expect(csv).toContain("Kemajuan (%): 0 → 30");
  // the coordinator is not the owner: the owner's clock is not in the diff
  expect(csv).not.toContain("Pembaruan terakhir penanggung jawab");
  expect(csv).toContain(`${new URL(page.url()).origin}/issues/`);
  expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/);

  // the printed extract: the chain's status, the filters, the events
  await page.getByRole("link", { name: "Cetak ekstrak" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ekstrak Jejak Audit" })).toBeVisible();
  await expect(page.getByText(/^Rantai utuh: \d+ kejadian diperiksa$/)).toBeVisible();
  await expect(page.getByText(/Pelaku: Rahmat Hidayat/)).toBeVisible();
  await expect(page.getByText(`Rahmat Hidayat menambahkan pembaruan pada ${quoted}`)).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Cetak" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Ekstrak Jejak Audit" })).toBeVisible();
  await expect(page.getByText(/^Rantai utuh:/)).toBeVisible();
  await shoot(page, "print");
  await page.emulateMedia({ media: "screen" });

  // the admin reads the same record's trail with its regency named; Malaka's coordinator reads none of it
  await signedInAs(page, "admin@mekar.test");
  await page.goto(recordTrail);
  await expect(trail.getByText(`menambahkan pembaruan pada ${quoted}`, { exact: false })).toBeVisible();
  await expect(trail.getByText("Pangandaran").first()).toBeVisible();
  await expect(page.getByRole("search").getByLabel("Kabupaten")).toBeVisible();
  await signedInAs(page, "koordinator.malaka@mekar.test");
  await page.goto(recordTrail);
  await expect(page.getByText("Tidak ada peristiwa audit yang sesuai.")).toBeVisible();
  expect(await page.locator("main").innerText()).not.toContain(title);
});
