import { expect, type Page } from "@playwright/test";
import { TOTP_PERIOD_SECONDS, totpCode, totpStep } from "../../lib/auth/totp";
import { DEMO_TOTP_SECRET } from "../../prisma/seed/demo-totp";

export const DEMO_PASSWORD = "mekar-demo";
export { DEMO_TOTP_SECRET };

const REUSED = "Kode ini sudah dipakai";

/**
 * Signs in through the real login form (Indonesian labels). The demo admin and coordinators
 * have a second factor: the code step is answered with the demo secret (or `secret`).
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, secret = DEMO_TOTP_SECRET) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
  if (new URL(page.url()).pathname === "/login/code") await enterCode(page, secret);
  await expect(page).toHaveURL(/\/dashboard/);
}

/**
 * Answers the code step with the secret's current code. Another sign-in of the same demo user
 * (a parallel worker) may have used this time step's code already: then the server says so,
 * and this waits for the next step and tries again, however slow the machine.
 */
export async function enterCode(page: Page, secret: string) {
  for (let attempt = 0; ; attempt++) {
    const step = totpStep();
    await page.getByLabel("Kode").fill(totpCode(secret, step));
    await page.getByRole("button", { name: "Verifikasi" }).click();
    const error = page.locator("#code-error");
    await expect
      .poll(async () => new URL(page.url()).pathname !== "/login/code" || (await error.isVisible()), {
        timeout: 60_000,
      })
      .toBe(true);
    if (new URL(page.url()).pathname !== "/login/code") return;
    const message = (await error.textContent()) ?? "";
    if (!message.includes(REUSED) || attempt >= 5) throw new Error(`code step refused: ${message}`);
    const nextStepAt = Number(step + 1n) * TOTP_PERIOD_SECONDS * 1000;
    await page.waitForTimeout(Math.max(0, nextStepAt - Date.now()) + 250);
    await page.reload(); // a fresh form (the old message gone); the sign-in challenge lasts 5 minutes
  }
}

/**
 * Re-authentication before approving, publishing or managing users: confirms the password on
 * /account/confirm and comes back, so the next ten minutes need no prompt whatever the age of
 * the session (e.g. a stored one from the setup project).
 */
export async function confirmIdentity(page: Page, password = DEMO_PASSWORD) {
  const back = new URL(page.url());
  await page.goto(`/account/confirm?next=${encodeURIComponent(back.pathname + back.search)}`);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Konfirmasi" }).click();
  await page.waitForURL((url) => url.pathname === back.pathname);
}
