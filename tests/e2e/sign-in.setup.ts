import { mkdirSync } from "node:fs";
import path from "node:path";
import { test as setup } from "@playwright/test";
import { DEMO_USERS, storageStateFor } from "../helpers/sessions";
import { signIn } from "../helpers/sign-in";

// Each demo user signs in once per run; the specs reuse the saved sessions (tests/helpers/sessions.ts).
for (const email of DEMO_USERS) {
  setup(`sign in ${email}`, async ({ page }) => {
    await signIn(page, email);
    mkdirSync(path.dirname(storageStateFor(email)), { recursive: true });
    await page.context().storageState({ path: storageStateFor(email) });
  });
}
