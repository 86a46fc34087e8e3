import { createHash, randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { newTotpSecret, totpCode, totpStep } from "../../lib/auth/totp";
import { withE2eDb } from "../helpers/e2e-db";
import { DEMO_PASSWORD, enterCode, signIn } from "../helpers/sign-in";

// The second factor (TOTP), re-authentication and server-side sessions, as a user meets them.

/** A fresh Pangandaran official (or coordinator) with the demo password, optionally enrolled with an own secret. */
async function makeUser(opts: { enrolled?: boolean; coordinator?: boolean; recoveryCode?: string } = {}) {
  const email = `uji.2fa.${randomUUID().slice(0, 8)}@mekar.test`;
  const secret = newTotpSecret();
  await withE2eDb(async (c) => {
    const id = randomUUID();
    await c.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "totpSecret", "totpEnabledAt", "updatedAt")
       SELECT $1, $2, 'Uji Dua Langkah', "passwordHash", $3, $4, now() FROM "User" WHERE email = 'pejabat@mekar.test'`,
      [id, email, opts.enrolled ? secret : null, opts.enrolled ? new Date() : null],
    );
    await c.query(
      `INSERT INTO "Membership" (id, "userId", "regencyId", role) SELECT $1, $2, id, $3::"Role" FROM "Regency" WHERE slug = 'pangandaran'`,
      [randomUUID(), id, opts.coordinator ? "coordinator" : "official"],
    );
    if (opts.recoveryCode) {
      const hash = createHash("sha256").update(opts.recoveryCode.replace(/-/g, "")).digest("hex");
      await c.query(`INSERT INTO "RecoveryCode" (id, "userId", "codeHash") VALUES ($1, $2, $3)`, [
        randomUUID(),
        id,
        hash,
      ]);
    }
  });
  return { email, secret };
}

async function passwordStep(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/login\/code/);
}

async function codeStep(page: Page, code: string) {
  await page.getByLabel("Kode").fill(code);
  await page.getByRole("button", { name: "Verifikasi" }).click();
}

async function logout(page: Page) {
  await page.locator("summary", { hasText: "menu akun" }).click();
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login/);
}

async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

test.describe("second factor and sessions", () => {
  // several sign-ins each, and a code step may wait up to one 30-second time step
  test.describe.configure({ timeout: 180_000 });

  test("after the password, a wrong code is refused and no session exists; the right code signs in; the same code again is refused as reused", async ({
    browser,
  }) => {
    const { email, secret } = await makeUser({ enrolled: true });
    const page = await newPage(browser);
    await passwordStep(page, email);
    // no session yet: the portal still sends to the login page
    const peek = await page.context().newPage();
    await peek.goto("/dashboard");
    await expect(peek).toHaveURL(/\/login/);
    await peek.close();
    const code = totpCode(secret, totpStep());
    await codeStep(page, code === "000000" ? "111111" : "000000");
    await expect(page.getByText("Kode salah.")).toBeVisible();
    await codeStep(page, code);
    await expect(page).toHaveURL(/\/dashboard/);

    // someone who watched the code type it in elsewhere
    const other = await newPage(browser);
    await passwordStep(other, email);
    await codeStep(other, code);
    await expect(other.getByText("Kode ini sudah dipakai.")).toBeVisible();
    await expect(other).toHaveURL(/\/login\/code/);
  });

  test("a recovery code signs in once", async ({ browser }) => {
    const recovery = "abcde-fghij";
    const { email } = await makeUser({ enrolled: true, recoveryCode: recovery });
    const page = await newPage(browser);
    await passwordStep(page, email);
    await codeStep(page, recovery.toUpperCase());
    await expect(page).toHaveURL(/\/dashboard/);
    const again = await newPage(browser);
    await passwordStep(again, email);
    await codeStep(again, recovery);
    await expect(again.getByText("Kode salah.")).toBeVisible();
  });

  test("a coordinator without a second factor is led through enrolment before anything else", async ({ browser }) => {
    const { email } = await makeUser({ coordinator: true });
    const page = await newPage(browser);
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(/\/second-factor/);
    await expect(page.getByText("Akun admin dan koordinator wajib memakai verifikasi dua langkah")).toBeVisible();
    for (const path of ["/dashboard", "/issues", "/account"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/second-factor/);
    }
    await expect(page.getByRole("img", { name: "Kode QR untuk aplikasi autentikator" })).toBeVisible();
    const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
    await page.getByLabel("Kode").fill(totpCode(secret, totpStep()));
    await page.getByRole("button", { name: "Konfirmasi dan aktifkan" }).click();
    const codes = page.getByRole("list", { name: "Kode pemulihan" }).getByRole("listitem");
    await expect(codes).toHaveCount(10);
    await page.getByRole("link", { name: "Lanjut ke Mekar" }).click();
    await expect(page).toHaveURL(/\/dashboard/);
    await expect(page.getByRole("banner")).toContainText("Pangandaran");

    // from now on the sign-in asks for the code
    await logout(page);
    await passwordStep(page, email);
    await enterCode(page, secret);
    await expect(page).toHaveURL(/\/dashboard/);
  });

  test("approving a piece asks for the password again when the last check is older than 10 minutes", async ({
    browser,
  }) => {
    const title = `Uji konfirmasi ulang ${Date.now()}`;
    const humas = await newPage(browser);
    await signIn(humas, "humas@mekar.test");
    await humas.goto("/publications/new");
    await humas.getByLabel("Jenis tulisan").selectOption({ label: "Siaran pers" });
    await humas.getByRole("textbox", { name: "Judul", exact: true }).fill(title);
    await humas.getByRole("textbox", { name: "Ringkasan", exact: true }).fill("Ringkasan uji konfirmasi ulang.");
    await humas.getByLabel("Isi (Markdown)").fill("Isi uji konfirmasi ulang.");
    await humas.getByRole("button", { name: "Simpan draf" }).click();
    await expect(humas).toHaveURL(/\/publications\/[0-9a-f-]{36}$/);
    await humas.getByRole("button", { name: "Ajukan untuk persetujuan" }).click();
    await expect(humas.getByText("Menunggu persetujuan", { exact: true })).toBeVisible();
    const pieceUrl = humas.url();

    const coordinator = await newPage(browser);
    await signIn(coordinator, "koordinator@mekar.test");
    // this session's last password/code check: 11 minutes ago
    await withE2eDb((c) =>
      c.query(
        `UPDATE "Session" SET "verifiedAt" = now() - interval '11 minutes' WHERE "userId" = (SELECT id FROM "User" WHERE email = 'koordinator@mekar.test') AND "endedAt" IS NULL`,
      ),
    );
    await coordinator.goto(pieceUrl);
    await coordinator.getByRole("button", { name: "Setujui dan terbitkan" }).click();
    await expect(
      coordinator.getByText("Demi keamanan, konfirmasi kata sandi atau kode autentikator Anda dulu"),
    ).toBeVisible();
    await expect(coordinator.getByText("Menunggu persetujuan", { exact: true })).toBeVisible();
    await coordinator.getByRole("link", { name: "Konfirmasi identitas" }).click();
    await expect(coordinator.getByRole("heading", { name: "Konfirmasi identitas" })).toBeVisible();
    await coordinator.getByLabel("Kata sandi", { exact: true }).fill("salah-sekali");
    await coordinator.getByRole("button", { name: "Konfirmasi" }).click();
    await expect(coordinator.getByText("Kata sandi saat ini salah.")).toBeVisible();
    await coordinator.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
    await coordinator.getByRole("button", { name: "Konfirmasi" }).click();
    await expect(coordinator).toHaveURL(pieceUrl);
    await coordinator.getByRole("button", { name: "Setujui dan terbitkan" }).click();
    await expect(coordinator.getByText("Terbit", { exact: true })).toBeVisible();
  });

  test("logout ends the session on the server: a session cookie copied before it opens nothing", async ({
    browser,
  }) => {
    const page = await newPage(browser);
    await signIn(page, "pejabat@mekar.test");
    const copied = await page.context().cookies();
    await logout(page);
    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto("/account");
    await expect(stolen).toHaveURL(/\/login/);
  });

  test("/account lists my sessions, and 'end all others' signs the other browsers out", async ({ browser }) => {
    const { email } = await makeUser();
    const laptop = await newPage(browser);
    const phone = await newPage(browser);
    await signIn(laptop, email);
    await signIn(phone, email);
    await laptop.goto("/account");
    await expect(laptop.getByTestId("session")).toHaveCount(2);
    await expect(laptop.getByText("Sesi ini", { exact: true })).toHaveCount(1);
    await laptop.getByRole("button", { name: "Akhiri semua sesi lain" }).click();
    await expect(laptop.getByText("1 sesi lain diakhiri.")).toBeVisible();
    await phone.goto("/account");
    await expect(phone).toHaveURL(/\/login/);
    await laptop.reload();
    await expect(laptop.getByTestId("session")).toHaveCount(1);
  });
});
