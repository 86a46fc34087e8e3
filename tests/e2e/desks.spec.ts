import { expect, test, type Page } from "@playwright/test";
import { signedInAs } from "../helpers/sessions";

// Every role lands on its desk at /dashboard with the demo records of its regency, and a click
// leads to the record.

/** The card (a section with an h2) whose title starts with the name. */
const card = (page: Page, name: string | RegExp) =>
  page.locator("section:has(> header)").filter({ has: page.getByRole("heading", { level: 2, name }) });

test.describe("desks", () => {
  test("humas sees the pieces sent back with the reviewer's comment, scheduled and published, and opens one", async ({
    page,
  }) => {
    await signedInAs(page, "humas@mekar.test");
    await expect(page.getByRole("heading", { level: 2, name: "Meja humas" })).toBeVisible();
    const sentBack = card(page, /^Dikembalikan dengan catatan/);
    await expect(
      sentBack.getByText("Tambahkan jumlah formasi per kecamatan dan kutipan Kepala Disdikbud."),
    ).toBeVisible();
    await expect(sentBack.getByText("Catatan Rahmat Hidayat:")).toBeVisible();
    await expect(
      card(page, /^Terjadwal \(embargo\)/).getByRole("link", {
        name: "Jadwal Konsultasi Publik Rencana Tata Ruang Kawasan Pesisir",
      }),
    ).toBeVisible();
    await expect(card(page, /^Draf saya/).getByRole("link", { name: /Festival Layang-layang/ })).toBeVisible();
    await expect(
      card(page, /^Liputan negatif terkait isu/)
        .getByRole("listitem")
        .first(),
    ).toBeVisible();
    await expect(
      card(page, /^Baru terbit/)
        .getByRole("listitem")
        .first(),
    ).toBeVisible();
    // the empty issue dashboard of before is gone
    await expect(page.getByText("Dasbor isu tersedia untuk koordinator dan pejabat.")).toHaveCount(0);

    await sentBack.getByRole("link", { name: "Rekrutmen Guru PPPK untuk Sekolah di Wilayah Selatan" }).click();
    await expect(page).toHaveURL(/\/publications\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Rekrutmen Guru PPPK untuk Sekolah di Wilayah Selatan",
    );
  });

  test("the facilitator sees today's and upcoming sessions with join codes and opens the past one's summary", async ({
    page,
  }) => {
    await signedInAs(page, "fasilitator@mekar.test");
    await expect(page.getByRole("heading", { level: 2, name: "Meja fasilitator" })).toBeVisible();
    const coming = card(page, /^Lokakarya hari ini dan mendatang/);
    const session = coming.getByRole("listitem").filter({ hasText: "Rapat Kerja Humas Perangkat Daerah" });
    await expect(session.getByText("RKHPGD", { exact: true })).toBeVisible();
    await expect(session.getByRole("link", { name: "Mulai sesi" })).toHaveAttribute(
      "href",
      /\/workshops\/[0-9a-f-]{36}\/present$/,
    );
    await expect(coming.getByText("EVTPGD", { exact: true })).toBeVisible();
    await expect(coming.getByText("HMSMLK", { exact: true })).toHaveCount(0); // Malaka's

    await card(page, /^Sesi yang baru lewat/)
      .getByRole("link", { name: "Lokakarya Koordinasi Pengelolaan Isu Strategis" })
      .click();
    await expect(page).toHaveURL(/\/workshops\/[0-9a-f-]{36}\/summary$/);

    await page.goto("/dashboard");
    await session.getByRole("link", { name: "Buka", exact: true }).click();
    await expect(page).toHaveURL(/\/workshops\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rapat Kerja Humas Perangkat Daerah");
  });

  test("the official sees the issues to update today first and opens one", async ({ page }) => {
    await signedInAs(page, "pejabat@mekar.test");
    const first = page.getByRole("heading", { level: 2 }).first();
    await expect(first).toHaveText(/^Isu saya untuk diperbarui hari ini/);
    const toUpdate = card(page, /^Isu saya untuk diperbarui hari ini/);
    const link = toUpdate.getByRole("link", { name: /Rencana tata ruang kawasan pesisir/ });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/issues\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Rencana tata ruang kawasan pesisir");
  });

  test("the coordinator sees approvals, late nonconformities and vacant owner positions, and opens one", async ({
    page,
  }) => {
    await signedInAs(page, "koordinator@mekar.test");
    await expect(page.getByRole("heading", { level: 2, name: "Menunggu di luar isu" })).toBeVisible();
    await expect(
      card(page, /^Publikasi menunggu persetujuan/)
        .getByRole("listitem")
        .first(),
    ).toBeVisible();
    const vacant = card(page, /^Jabatan penanggung jawab kosong/)
      .getByRole("listitem")
      .filter({ hasText: "Kepala Dinas Komunikasi dan Informatika" });
    await expect(vacant.getByText("Kosong")).toBeVisible();
    await vacant.getByRole("link", { name: /isu terbuka tanpa pejabat/ }).click();
    await expect(page).toHaveURL(/\/issues\?position=/);
    await expect(page.getByRole("link", { name: /Sinyal seluler lemah/ })).toBeVisible();

    await page.goto("/dashboard");
    const ncs = card(page, /^Ketidaksesuaian lewat tenggat/);
    await ncs.getByRole("link", { name: /Lihat semua/ }).click();
    await expect(page).toHaveURL(/\/iso\/nonconformities\?overdue=1$/);
    await expect(page.getByRole("link", { name: /Penerbitan KTP-el melebihi waktu layanan SOP/ })).toBeVisible();
    await page.goto("/dashboard");
    await ncs.getByRole("link", { name: /Penerbitan KTP-el melebihi waktu layanan SOP/ }).click();
    await expect(page).toHaveURL(/\/iso\/nonconformities\/[0-9a-f-]{36}$/);
  });
});

// Screenshots of each desk on a phone and a desktop in both languages, for a person to look at
// (DESK_SCREENSHOTS=<folder>); not part of the suite's assertions.
const shots = process.env.DESK_SCREENSHOTS;
test.describe("desk screenshots", () => {
  test.skip(!shots, "set DESK_SCREENSHOTS to a folder to take them");
  for (const email of ["humas@mekar.test", "fasilitator@mekar.test", "pejabat@mekar.test", "koordinator@mekar.test"])
    test(`screens of ${email}`, async ({ page, context, baseURL }) => {
      for (const lang of ["id", "en"]) {
        await context.addCookies([{ name: "mekar-lang", value: lang, url: baseURL! }]);
        for (const [name, width] of [
          ["phone", 390],
          ["desktop", 1280],
        ] as const) {
          await page.setViewportSize({ width, height: 900 });
          await signedInAs(page, email);
          await page.screenshot({ path: `${shots}/${email.split("@")[0]}-${lang}-${name}.png`, fullPage: true });
        }
      }
    });
});
