import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "mekar-demo";

/** Signs in through the real login form (Indonesian labels). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}
