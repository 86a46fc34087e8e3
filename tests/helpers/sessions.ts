// Signed-in sessions for the end-to-end tests: the "setup" project (tests/e2e/sign-in.setup.ts)
// signs each demo user in once through the login form and saves the browser state here; specs
// start from that state instead of signing in again (sign-in itself is tested in auth.spec.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type BrowserContext, type Page } from "@playwright/test";

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** Every demo user a spec acts as. */
export const DEMO_USERS = [
  "admin@mekar.test",
  "koordinator@mekar.test",
  "koordinator.malaka@mekar.test",
  "pejabat@mekar.test",
  "humas@mekar.test",
  "fasilitator@mekar.test",
] as const;
export type DemoUser = (typeof DEMO_USERS)[number];

/** One folder per app under test (E2E_PORT), so two runs side by side keep their own sessions. */
const AUTH_DIR = path.resolve("tests/.auth", process.env.E2E_PORT || "3100");

/** The saved browser state of a demo user: for `test.use({ storageState })` or `browser.newContext`. */
export const storageStateFor = (email: DemoUser) => path.join(AUTH_DIR, `${email}.json`);

function savedState(email: string): StorageState {
  if (!(DEMO_USERS as readonly string[]).includes(email))
    throw new Error(`${email} is not one of the demo users the setup project signs in (DEMO_USERS)`);
  return JSON.parse(readFileSync(storageStateFor(email as DemoUser), "utf8")) as StorageState;
}

/** Puts the page's context in the demo user's saved session (replacing any other) and opens the
 * dashboard, where a sign-in through the form would have landed. */
export async function signedInAs(page: Page, email: string) {
  await page.context().addCookies(savedState(email).cookies);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard/);
}
