import { expect, test } from "@playwright/test";
import { signedInAs } from "../helpers/sessions";

test.describe("development issues", () => {
  test("the coordinator triages an issue to the Kepala Bappeda, the official updates it, the dashboard reflects it", async ({
    page,
    browser,
  }) => {
    const title = `Sengketa tapal batas Desa Sukaresik ${Date.now()}`;

    // the coordinator proposes an issue: it lands in the triage queue
    await signedInAs(page, "koordinator@mekar.test");
    await page.goto("/issues/new");
    await page.getByLabel("Judul isu").fill(title);
    await page.getByLabel("Kategori").selectOption({ label: "Batas wilayah" });
    await page.getByRole("button", { name: "Kirim usulan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
    await expect(page.getByText("Menunggu triase")).toBeVisible();

    // invalid input gets a field-level message in Indonesian and changes nothing
    await page.goto("/issues/new");
    await page.getByLabel("Judul isu").fill("abc");
    await page.getByRole("button", { name: "Kirim usulan" }).click();
    await expect(page.getByText("Judul minimal 5 karakter.")).toBeVisible();
    await expect(page.getByText("Pilih kategori isu.")).toBeVisible();

    // triage: from the queue, accept and assign to the Kepala Bappeda position
    await page.goto("/issues/triage");
    await page.getByRole("link", { name: title }).click();
    await page.getByLabel("Jabatan penanggung jawab").selectOption({ label: "Kepala Bappeda" });
    await page.getByRole("button", { name: "Terima dan tetapkan" }).click();
    // the decided proposal leaves the triage card; its timeline records the decision
    await expect(page.getByText("Diterima; penanggung jawab: Kepala Bappeda")).toBeVisible();
    await page.reload();
    await expect(page.getByText("Menunggu triase")).toHaveCount(0);
    const issueUrl = page.url();

    // the official who holds the Kepala Bappeda position reports progress
    const officialContext = await browser.newContext();
    const official = await officialContext.newPage();
    await signedInAs(official, "pejabat@mekar.test");
    await expect(official.getByRole("link", { name: /Notifikasi \([1-9]\d* belum dibaca\)/ })).toBeVisible();
    await official.goto("/notifications");
    await expect(official.getByText(new RegExp(`${title} ditetapkan ke jabatan Kepala Bappeda`))).toBeVisible();
    await official.goto(issueUrl);
    await official.getByLabel("Catatan kemajuan").fill("Tim gabungan telah meninjau pilar batas bersama camat.");
    await official.getByLabel("Kemajuan (%)").fill("40");
    await official.getByRole("button", { name: "Tambah pembaruan" }).click();
    await expect(official.getByText("Pembaruan tersimpan.")).toBeVisible();
    await expect(official.getByText("Tim gabungan telah meninjau pilar batas bersama camat.")).toBeVisible();
    // the official's own dashboard lists the work of their position
    await official.goto("/dashboard");
    await expect(official.getByRole("heading", { level: 1, name: /Pekerjaan jabatan Anda/ })).toBeVisible();
    await expect(official.getByRole("link", { name: new RegExp(title) }).first()).toBeVisible();
    await officialContext.close();

    // the coordinator's dashboard shows the update; the register finds it at 40 %
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: /Dasbor koordinator/ })).toBeVisible();
    const recent = page.locator("section", { has: page.getByRole("heading", { name: "Pembaruan terbaru" }) });
    await expect(recent.getByRole("link", { name: new RegExp(title) })).toBeVisible();
    await expect(recent.getByText("Tim gabungan telah meninjau pilar batas")).toBeVisible();
    await page.goto(`/issues?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await expect(page.getByRole("cell", { name: /40%/ })).toBeVisible();
  });

  // An outsider's review: a day typed as text (an old phone's browser, a hand-made post) in year
  // 0000 answered 500 and lost the form; 30 February was stored as 2 March (lib/calendar-day.ts).
  test("a due date that does not exist is refused with a clear message and the form keeps what was typed", async ({
    page,
  }) => {
    await signedInAs(page, "koordinator@mekar.test");
    await page.goto("/issues");
    const href = await page
      .locator('main a[href^="/issues/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")!).find((h) => /^\/issues\/[0-9a-f-]{36}$/.test(h)));
    await page.goto(`${href}/edit`);
    const due = page.getByLabel("Tenggat");
    const before = await due.inputValue();
    const title = page.getByLabel("Judul");
    await title.fill(`${await title.inputValue()} (diperbarui)`);
    const typed = await title.inputValue();
    // as a hand-made post sends it (a date field in a current browser cannot hold these days)
    for (const day of ["0000-01-01", "2026-02-30", "2026-13-45"]) {
      await due.evaluate((e: HTMLInputElement, d) => (e.form!.onformdata = (ev) => ev.formData.set("dueDate", d)), day);
      await page.getByRole("button", { name: "Simpan perubahan" }).click();
      await expect(
        page.getByText("Tanggal tidak valid: pilih tanggal yang ada, antara tahun 1900 dan 2200."),
      ).toBeVisible();
      await expect(title).toHaveValue(typed);
    }
    // nothing was saved
    await page.goto(`${href}/edit`);
    await expect(page.getByLabel("Tenggat")).toHaveValue(before);
    await expect(page.getByLabel("Judul")).not.toHaveValue(typed);
  });

  test("a public issue shows its public timeline without login; internal notes and internal issues stay hidden", async ({
    page,
  }) => {
    await page.goto("/r/pangandaran/isu/1");
    await expect(
      page.getByRole("heading", { level: 1, name: "Penyerahan aset P3D dari Kabupaten Ciamis belum tuntas" }),
    ).toBeVisible();
    await expect(page.getByText("Rapat koordinasi dengan BPKAD Ciamis")).toBeVisible();
    await expect(page.getByText(/Diterima; penanggung jawab/)).toHaveCount(0);
    await expect(page.getByText("Rudi Hartono")).toHaveCount(0);
    // ISU-6 is internal: the public page does not exist for it
    const res = await page.goto("/r/pangandaran/isu/6");
    expect(res?.status()).toBe(404);
  });

  test("the issue page shows its communication context to those who read humas records", async ({ page }) => {
    await signedInAs(page, "pejabat@mekar.test");
    await page.goto("/issues?q=ISU-4");
    await page
      .getByRole("link", { name: /Jalan lingkar Pangandaran/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/issues\/[0-9a-f-]{36}$/);
    const issueUrl = page.url();
    const card = page.locator("section", { has: page.getByRole("heading", { name: "Komunikasi isu" }) });
    await expect(card.getByRole("heading", { name: /Liputan media \(\d+ negatif dari \d+\)/ })).toBeVisible();
    await expect(card.getByText("Warga Cijulang Keluhkan Jalan Lingkar Berlubang")).toBeVisible();
    // the facilitator does not read humas records: no such card
    await signedInAs(page, "fasilitator@mekar.test");
    await page.goto(issueUrl);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Jalan lingkar Pangandaran");
    await expect(page.getByRole("heading", { name: "Komunikasi isu" })).toHaveCount(0);
  });

  test("triage warns about a vacant owner position and the coordinators hear when work lands there", async ({
    page,
  }) => {
    await signedInAs(page, "koordinator@mekar.test");
    await page.goto("/issues/triage");
    await page
      .getByRole("link", { name: /Keluhan warga soal sampah/ })
      .first()
      .click();
    const owner = page.getByLabel("Jabatan penanggung jawab").first();
    await expect(owner.locator("option", { hasText: "Kepala Dinas Pariwisata — Kosong" })).toHaveCount(1);
    await expect(owner.locator("option", { hasText: "Kepala Dinas Kesehatan (Plt./Pj.)" })).toHaveCount(1);
    await expect(page.getByText(/Jabatan bertanda "Kosong" belum ada pejabatnya/).first()).toBeVisible();
  });
});
