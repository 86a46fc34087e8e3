import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { slowUplink } from "../helpers/slow-uplink";
import { signedInAs, storageStateFor } from "../helpers/sessions";

const today = () => new Date().toISOString().slice(0, 10);

test.describe("regencies and leadership", () => {
  test("a coordinator appoints a Plt. to the vacant Kepala Dinas Pariwisata position of Pangandaran", async ({
    page,
  }) => {
    await signedInAs(page, "koordinator@mekar.test");
    await page.goto("/regencies");
    await page.getByRole("link", { name: "Kabupaten Pangandaran" }).click();
    await expect(page.getByRole("heading", { name: "Kabupaten Pangandaran", level: 1 })).toBeVisible();
    await expect(page.getByText("Ciamis").first()).toBeVisible(); // lineage: the parent regency
    await page.getByRole("link", { name: "Konfigurasi pimpinan" }).click();
    await expect(page.getByRole("heading", { name: "Konfigurasi pimpinan", level: 1 })).toBeVisible();

    const row = page.getByRole("row").filter({ hasText: "Kepala Dinas Pariwisata" });
    await expect(row).toContainText("Kosong");

    const name = `Yudi Permana, S.Par. ${Date.now()}`;
    await page
      .getByRole("combobox", { name: "Jabatan", exact: true })
      .selectOption({ label: "Kepala Dinas Pariwisata — Kosong" });
    await page.getByLabel("Nama pejabat").fill(name);
    await page.getByLabel("Jenis pengangkatan").selectOption({ label: "Pelaksana tugas (Plt.)" });
    await page.getByLabel("Mulai menjabat").fill(today());
    await page.getByRole("button", { name: "Tetapkan pejabat" }).click();
    await expect(page.getByText(`${name} ditetapkan; serah terima dicatat.`)).toBeVisible();

    await page.reload();
    await expect(row).toContainText(name);
    await expect(row).toContainText("Plt.");
    await expect(row).not.toContainText("Kosong");
    await expect(page.getByText(`(kosong) → ${name} (Plt.)`)).toBeVisible(); // the handover record

    // a term that overlaps the current holder's is refused with a clear message
    await page
      .getByRole("combobox", { name: "Jabatan", exact: true })
      .selectOption({ label: "Kepala Dinas Pendidikan dan Kebudayaan — Dr. Agus Salim, M.Pd." });
    await page.getByLabel("Nama pejabat").fill("Drs. Tumpang Tindih");
    await page.getByLabel("Mulai menjabat").fill("2020-01-01");
    await page.getByRole("button", { name: "Tetapkan pejabat" }).click();
    await expect(
      page.getByText(/Masa jabatan bertabrakan dengan masa jabatan Dr\. Agus Salim, M\.Pd\./).first(),
    ).toBeVisible();

    // the public page shows the new holder without login
    const anon = await page.context().browser()!.newContext();
    const pub = await anon.newPage();
    await pub.goto("/r/pangandaran");
    await expect(pub.getByRole("heading", { name: "Kabupaten Pangandaran", level: 1 })).toBeVisible();
    await expect(pub.getByText(`Plt. ${name}`)).toBeVisible();
    await anon.close();
  });

  test("a coordinator forms a new OPD, renames it, and gives it a position", async ({ page }) => {
    const stamp = Date.now();
    await signedInAs(page, "koordinator@mekar.test");
    await page.goto("/regencies/pangandaran");
    await page.getByRole("link", { name: "Perangkat daerah", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Perangkat daerah (OPD)", level: 1 })).toBeVisible();
    const name = `Dinas Kelautan dan Perikanan ${stamp}`;
    const create = page.locator("form").filter({ has: page.getByRole("button", { name: "Tambah OPD" }) });
    await create.getByLabel("Nama perangkat daerah").fill(name);
    await create.getByLabel("Singkatan").fill("DKP");
    await create.getByRole("button", { name: "Tambah OPD" }).click();
    await expect(page.getByText(`${name} ditambahkan.`)).toBeVisible();
    // the same name again is refused in the form
    await create.getByLabel("Nama perangkat daerah").fill(name.toLowerCase());
    await create.getByRole("button", { name: "Tambah OPD" }).click();
    await expect(
      create.getByText("Sudah ada perangkat daerah dengan nama ini di kabupaten ini.").first(),
    ).toBeVisible();

    const row = page.getByRole("row").filter({ hasText: name });
    await row.locator("summary").click();
    const renamed = `Dinas Perikanan ${stamp}`;
    await row.getByLabel("Nama perangkat daerah").fill(renamed);
    await row.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(page.getByRole("row").filter({ hasText: renamed })).toBeVisible();

    await page.getByRole("link", { name: "Konfigurasi pimpinan" }).click();
    await page.getByLabel("Nama jabatan").fill(`Kepala Dinas Perikanan ${stamp}`);
    await page.getByLabel("Perangkat daerah").selectOption({ label: renamed });
    await page.getByRole("button", { name: "Tambah jabatan" }).click();
    await expect(page.getByRole("row").filter({ hasText: `Kepala Dinas Perikanan ${stamp}` })).toContainText("DKP");
  });

  test("a coordinator records a formation stage and corrects its date", async ({ page }) => {
    const title = `Penegasan batas wilayah dengan Kabupaten Ciamis ${Date.now()}`;
    await signedInAs(page, "koordinator@mekar.test");
    await page.goto("/regencies/pangandaran/milestones");
    const create = page.locator("form").filter({ has: page.getByRole("button", { name: "Simpan tahapan" }) });
    await create.getByLabel("Jenis tahapan").selectOption({ label: "Penegasan batas wilayah" });
    await create.getByLabel("Uraian").fill(title);
    await create.getByLabel("Tanggal").fill("2026-03-01");
    await create.getByRole("button", { name: "Simpan tahapan" }).click();
    await expect(page.getByText("Tahapan dicatat.")).toBeVisible();
    const item = page.getByRole("listitem").filter({ hasText: title });
    await expect(item).toContainText("1 Mar 2026");
    await item.locator("summary").click();
    await item.getByLabel("Tanggal").fill("2026-03-12");
    await item.getByRole("button", { name: "Simpan koreksi" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText("12 Mar 2026");
  });

  test("a coordinator records a Ministry obligation and corrects its legal basis", async ({ page }) => {
    const title = `Penyusunan RPJMD transisi ${Date.now()}`;
    await signedInAs(page, "koordinator@mekar.test");
    await page.goto("/regencies/pangandaran/obligations");
    const create = page.locator("form").filter({ has: page.getByRole("button", { name: "Simpan kewajiban" }) });
    await create.getByLabel("Kewajiban").fill(title);
    await create.getByLabel("Aspek").selectOption({ label: "Tata kelola pemerintahan" });
    await create.getByLabel("Dasar hukum").fill("Permendagri 86/2017 Pasal 5");
    await create.getByRole("button", { name: "Simpan kewajiban" }).click();
    await expect(page.getByText("Kewajiban dicatat.")).toBeVisible();
    const item = page.getByRole("listitem").filter({ hasText: title });
    await item.getByText("Koreksi isian").click();
    await item.getByLabel("Dasar hukum").fill("Permendagri 86/2017 Pasal 5 ayat (2)");
    await item.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText("Pasal 5 ayat (2)");
  });

  test("another regency's coordinator cannot open Pangandaran's records", async ({ page }) => {
    await signedInAs(page, "koordinator.malaka@mekar.test");
    const res = await page.goto("/regencies/pangandaran/leadership");
    expect(res?.status()).toBe(404);
    await page.goto("/regencies");
    await expect(page.getByRole("link", { name: "Kabupaten Malaka" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Kabupaten Pangandaran" })).toHaveCount(0);
  });

  test("an admin imports a CSV with errors: each bad row with its line, nothing imported", async ({ page }) => {
    const stamp = Date.now();
    const good = `Uji Impor ${stamp}`;
    const csv = [
      "code,kind,name,province,districts,area_km2,population",
      `99.71,kabupaten,${good},Papua Tengah,6,1234.5,45678`,
      `99.72,provinsi,Jenis Salah ${stamp},Papua Tengah,6,10,100`,
      `99.73,kabupaten,Angka Salah ${stamp},Papua Tengah,enam,10,100`,
    ].join("\n");
    await signedInAs(page, "admin@mekar.test");
    await page.goto("/regencies");
    await page.getByRole("link", { name: "Impor data kabupaten/kota" }).click();
    await page
      .getByLabel("Berkas CSV")
      .setInputFiles({ name: "kabupaten-uji.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "Impor" }).click();
    await expect(page.getByText("2 baris bermasalah; tidak ada data yang diimpor.")).toBeVisible();
    const errors = page.getByRole("table", { name: "Baris yang bermasalah" });
    await expect(errors.getByRole("row").filter({ hasText: "Baris 3" })).toContainText("harus kabupaten atau kota");
    await expect(errors.getByRole("row").filter({ hasText: "Baris 4" })).toContainText("bukan angka yang valid");
    await page.goto(`/regencies?q=${encodeURIComponent(good)}`);
    await expect(page.getByText("Tidak ada kabupaten/kota yang cocok.")).toBeVisible();
  });
  test("an admin's regency import shows the file going up on a slow link, then completes", async ({
    page,
    context,
  }) => {
    // one seeded regency no other test reads, sent back with the figures it already has
    const header = "code,kind,name,province,districts,area_km2,population";
    const row = readFileSync("prisma/data/kabupaten-kota.csv", "utf8")
      .split("\n")
      .find((l) => l.includes(",Empat Lawang,"))!;
    // blank lines (the import skips them) make a file of ~200 KB: seconds on the slow link below
    const csv = `${header}\n${row}\n${"\n".repeat(200_000)}`;
    await signedInAs(page, "admin@mekar.test");
    await page.goto("/regencies/import");
    await expect(page.getByRole("heading", { level: 1, name: "Impor data kabupaten/kota" })).toBeVisible();
    // 40 KB/s up, as a weak 3G uplink
    const restoreLink = await slowUplink(context, page);
    await page
      .getByLabel("Berkas CSV")
      .setInputFiles({ name: "empat-lawang.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    // every state the progress line goes through, as the page shows it
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
      new MutationObserver(() => {
        const line = document.querySelector('[role="progressbar"]')?.parentElement?.querySelector("p")?.textContent;
        if (line && seen.at(-1) !== line) seen.push(line);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole("button", { name: "Impor" }).click();
    const bar = page.getByRole("progressbar", { name: "Kemajuan unggahan" });
    await expect(bar).toBeVisible();
    // part of the file is up: the percent moves while it goes
    await expect(page.getByText(/^Mengunggah berkas… [1-9]\d?%$/)).toBeVisible({ timeout: 30_000 });
    await expect(bar).toHaveAttribute("aria-valuenow", /^[1-9]\d?$/);
    await expect(page.getByRole("button", { name: "Memeriksa…" })).toBeDisabled();
    await page.screenshot({ path: "test-results/regency-import-progress-desktop.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/regency-import-progress-390.png" });
    await expect(page.getByText("Impor selesai: 0 ditambahkan, 1 diperbarui.")).toBeVisible({ timeout: 60_000 });
    await expect(bar).toHaveCount(0);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.at(-1)).toBe("Memproses… server memeriksa setiap baris.");
    expect(seen.filter((l) => /^Mengunggah berkas… \d+%$/.test(l)).length).toBeGreaterThan(2);
    await restoreLink();
  });

  test("a regency file over 2 MB is refused on the phone, before any of it is sent", async ({ page }) => {
    await signedInAs(page, "admin@mekar.test");
    await page.goto("/regencies/import");
    const sent: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") sent.push(r.url());
    });
    await page.getByLabel("Berkas CSV").setInputFiles({
      name: "terlalu-besar.csv",
      mimeType: "text/csv",
      buffer: Buffer.alloc(2_000_001, "a"),
    });
    await page.getByRole("button", { name: "Impor" }).click();
    await expect(page.getByText("Berkas lebih dari 2 MB.")).toBeVisible();
    await expect(page.getByRole("progressbar")).toHaveCount(0);
    expect(sent).toEqual([]);
  });

  test("without JavaScript the regency import is a plain form post and still reports every bad row", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      storageState: storageStateFor("admin@mekar.test"),
    });
    const page = await context.newPage();
    try {
      await page.goto("/regencies/import");
      const csv = [
        "code,kind,name,province,districts,area_km2,population",
        `99.74,kota,Tanpa Skrip ${Date.now()},Papua Tengah,enam,10,100`,
      ].join("\n");
      await page
        .getByLabel("Berkas CSV")
        .setInputFiles({ name: "tanpa-skrip.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
      await page.getByRole("button", { name: "Impor" }).click();
      await expect(page.getByText("1 baris bermasalah; tidak ada data yang diimpor.")).toBeVisible();
      await expect(
        page.getByRole("table", { name: "Baris yang bermasalah" }).getByRole("row").filter({ hasText: "Baris 2" }),
      ).toContainText("bukan angka yang valid");
    } finally {
      await context.close();
    }
  });
});
