import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "../helpers/sessions";

async function switchUser(page: Page, email: string) {
  await page.context().clearCookies();
  await signedInAs(page, email);
}

test.describe("ISO records", () => {
  test("an audit finding becomes a nonconformity that is corrected, verified by someone else and closed", async ({
    page,
  }) => {
    const stamp = Date.now();
    await signedInAs(page, "koordinator@mekar.test");
    await page.goto("/iso/audits");
    await page.getByLabel("Judul audit").fill(`Audit internal pelayanan pariwisata ${stamp}`);
    await page.getByLabel("Lingkup audit").fill("Perizinan usaha pariwisata di Dinas Pariwisata");
    await page.getByLabel("Kriteria audit").fill("SNI ISO 9001:2015 klausul 8.5; SOP perizinan");
    await page.getByLabel("Perangkat daerah yang diaudit").selectOption({ label: "Dinas Pariwisata" });
    await page.getByLabel("Auditor (ketua tim)").selectOption({ label: "Rahmat Hidayat" });
    await page.getByLabel("Tanggal mulai").fill("2026-11-02");
    await page.getByLabel("Tanggal selesai").fill("2026-11-03");
    await page.getByRole("button", { name: "Simpan audit" }).click();
    await expect(page).toHaveURL(/\/iso\/audits\/[0-9a-f-]{36}$/);

    await page.getByLabel("Jenis temuan").selectOption({ label: "Ketidaksesuaian mayor" });
    await page.getByLabel("Klausul / kriteria").fill("8.5.1");
    await page.getByLabel("Pernyataan temuan").fill(`Izin usaha homestay diterbitkan tanpa cek lapangan (${stamp}).`);
    await page.getByRole("button", { name: "Tambah temuan" }).click();
    await expect(page.getByText("Temuan dicatat.")).toBeVisible();
    // the auditor's evidence goes on the audit itself, with its fingerprint, and downloads again
    await page.getByLabel("Berkas bukti").setInputFiles({
      name: "daftar-periksa.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("izin,cek lapangan\nHS-014,tidak\n"),
    });
    await page.getByRole("button", { name: "Unggah bukti" }).click();
    await expect(page.getByText("Bukti tersimpan.")).toBeVisible();
    const evidence = page.getByRole("link", { name: /daftar-periksa\.csv/ });
    await expect(evidence).toBeVisible();
    const download = await page.request.get((await evidence.getAttribute("href"))!);
    expect(await download.text()).toContain("HS-014");
    await page.getByRole("button", { name: "Jadikan ketidaksesuaian" }).click();
    await expect(page).toHaveURL(/\/iso\/nonconformities\/[0-9a-f-]{36}$/);
    const ncUrl = page.url();
    await expect(page.getByText("Terbuka", { exact: true })).toBeVisible();

    // gate: no "in progress" without a corrective-action plan
    await page.getByRole("button", { name: "Tetapkan rencana, mulai proses" }).click();
    await expect(page.getByText(/Belum bisa berstatus dalam proses/)).toBeVisible();

    await page
      .getByLabel("Analisis akar masalah (5 mengapa)")
      .fill("Mengapa tanpa cek lapangan? Petugas hanya satu orang. Mengapa? Formasi belum diisi sejak pemekaran.");
    await page.getByRole("button", { name: "Simpan analisis" }).click();
    await expect(page.getByText("Perubahan tersimpan.")).toBeVisible();
    await page.getByLabel("Uraian tindakan korektif").fill("Cek lapangan bersama kecamatan untuk setiap izin homestay");
    await page.getByLabel("Penanggung jawab (PIC)").selectOption({ label: "Rahmat Hidayat" });
    await page.getByLabel("Tenggat").fill("2026-12-31");
    await page.getByRole("button", { name: "Tambah tindakan korektif" }).click();
    await expect(page.getByText("Tindakan korektif ditambahkan.")).toBeVisible();
    await page.getByRole("button", { name: "Tetapkan rencana, mulai proses" }).click();
    await expect(page.getByText("Status: dalam proses.")).toBeVisible();

    await page.getByLabel(/^Bukti pelaksanaan — /).fill("Berita acara cek lapangan 8 homestay");
    await page.getByRole("button", { name: "Tandai selesai" }).click();
    // the action now shows as done (its form is gone with it)
    await expect(page.getByText(/^Selesai \d/)).toBeVisible();
    await page.getByRole("button", { name: "Ajukan verifikasi efektivitas" }).click();
    await expect(page.getByText("Diajukan untuk verifikasi.")).toBeVisible();

    // gate: the owner of the action cannot verify it
    await page.getByLabel("Hasil verifikasi").selectOption({ label: "Efektif — tutup ketidaksesuaian" });
    await page.getByLabel("Catatan verifikasi").fill("Saya sendiri yang mengerjakan.");
    await page.getByRole("button", { name: "Simpan verifikasi" }).click();
    await expect(page.getByText(/harus dilakukan oleh orang lain/)).toBeVisible();

    await switchUser(page, "pejabat@mekar.test");
    await page.goto(ncUrl);
    await page.getByLabel("Hasil verifikasi").selectOption({ label: "Efektif — tutup ketidaksesuaian" });
    await page.getByLabel("Catatan verifikasi").fill("Sampel 5 izin baru: semua dengan berita acara cek lapangan.");
    await page.getByRole("button", { name: "Simpan verifikasi" }).click();
    await expect(page.getByText("Ketidaksesuaian ditutup.")).toBeVisible();
    await page.reload();
    await expect(page.getByText("Ditutup", { exact: true }).first()).toBeVisible();
    await expect(page.getByText("Diverifikasi efektif dan ditutup")).toBeVisible();
    await expect(page.getByText(/Catatan ini ditutup dan tidak dapat diubah/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Simpan analisis" })).toHaveCount(0);

    await page.getByRole("link", { name: "Versi cetak" }).click();
    await expect(page.getByRole("button", { name: "Cetak" })).toBeVisible();
    await expect(page.getByText("Sampel 5 izin baru", { exact: false }).first()).toBeVisible();
  });

  test("a self-assessment goes from draft to the verified traffic-light grid", async ({ page }) => {
    const period = String(3000 + (Date.now() % 6000));
    await signedInAs(page, "koordinator@mekar.test");
    await page.goto("/iso/assessments");
    await page.getByRole("textbox", { name: "Periode" }).fill(period);
    await page.getByRole("button", { name: "Mulai penilaian" }).click();
    await expect(page).toHaveURL(/\/iso\/assessments\/[0-9a-f-]{36}$/);
    const url = page.url();
    await expect(page.getByText("Draf", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Ajukan untuk verifikasi" }).click();
    await expect(page.getByText("Masih ada 39 indikator yang belum dinilai.")).toBeVisible();

    const selects = page.locator('select[name^="rating_"]');
    await expect(selects).toHaveCount(39);
    for (let i = 0; i < 39; i++) await selects.nth(i).selectOption("green");
    await page.getByLabel(/^Penilaian 1\.1 — /).selectOption({ label: "Merah" });
    await page.getByLabel("Bukti dukung 1.1", { exact: true }).fill("Belum ada dokumen SMM");
    await page.getByLabel(/^Penilaian 4\.1 — /).selectOption({ label: "Tidak terukur" });
    await page.getByRole("button", { name: "Simpan penilaian" }).click();
    await expect(page.getByText("Penilaian tersimpan.")).toBeVisible();
    await page.getByRole("button", { name: "Ajukan untuk verifikasi" }).click();
    // the grid is locked while it is verified, and the assessor is never offered the verification
    await expect(page.getByText("Penilaian sedang diverifikasi; isian dikunci.")).toBeVisible();
    await expect(page.getByText("Diajukan", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Simpan verifikasi" })).toHaveCount(0);

    await switchUser(page, "pejabat@mekar.test");
    await page.goto(url);
    await page.getByLabel("Keputusan").selectOption({ label: "Terverifikasi" });
    await page.getByRole("button", { name: "Simpan verifikasi" }).click();
    await expect(page.getByText(/^Diverifikasi oleh Ir\. Kusdiana/)).toBeVisible();
    await page.reload();
    await expect(page.getByText("Terverifikasi", { exact: true }).first()).toBeVisible();
    await expect(page.getByTestId("rating-counts")).toHaveText("1 merah · 0 kuning · 37 hijau · 1 tidak terukur");
    const grid = page.getByRole("region", { name: /Kuadran 1/ }).first();
    await expect(grid.locator('[data-rating="red"]')).toContainText("1.1");
    await expect(page.getByText("Penilaian terverifikasi tidak dapat diubah.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Simpan penilaian" })).toHaveCount(0);
  });

  test("a document version is approved by someone other than its author and then takes effect", async ({ page }) => {
    const stamp = Date.now();
    await signedInAs(page, "pejabat@mekar.test");
    await page.goto("/iso/documents");
    await page.getByLabel("Nomor dokumen").fill(`SOP-E2E-${stamp}`);
    await page.getByLabel("Judul").fill("SOP musyawarah perencanaan pembangunan kecamatan");
    await page.getByLabel("Jenis").selectOption({ label: "Prosedur/SOP" });
    await page.getByLabel("Isi dokumen (Markdown)").fill("## Tujuan\nMusrenbang kecamatan terlaksana sesuai jadwal.");
    await page.getByRole("button", { name: "Simpan dokumen" }).click();
    await expect(page).toHaveURL(/\/iso\/documents\/[0-9a-f-]{36}$/);
    const url = page.url();
    await page.getByRole("button", { name: "Ajukan untuk persetujuan" }).click();
    await expect(page.getByText("Menunggu persetujuan koordinator.")).toBeVisible();

    await switchUser(page, "koordinator@mekar.test");
    await page.goto(url);
    await page.getByLabel("Keputusan").selectOption({ label: "Setujui" });
    await page.getByRole("button", { name: "Simpan keputusan" }).click();
    await expect(page.getByText(/^Disetujui oleh Rahmat Hidayat/)).toBeVisible();
    await page.getByLabel("Tanggal tinjauan berikutnya").fill("2027-11-30");
    await page.getByRole("button", { name: "Berlakukan versi ini" }).click();
    await expect(page.getByText(/Berlaku sejak/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Mulai versi baru" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Simpan draf" })).toHaveCount(0);
  });
});
