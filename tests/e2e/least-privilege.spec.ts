import { statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_DATA_DIR, withE2eDb } from "../helpers/e2e-db";
import { signedInAs } from "../helpers/sessions";

// The server started as `npm start` does connects as the role that owns nothing , and the embedded database's passwords are random and kept private.
test("the running app connects to the database only as its least-privilege role", async ({ page }) => {
  await signedInAs(page, "koordinator@mekar.test");
  await page.goto("/issues");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const roles = await withE2eDb(async (c) =>
    (
      await c.query(`
    SELECT DISTINCT usename FROM pg_stat_activity
    WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`)
    ).rows.map((r) => r.usename as string),
  );
  expect(roles).toEqual(["mekar_app"]);
  const app = await withE2eDb(
    async (c) =>
      (
        await c.query(
          `SELECT rolsuper, (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owned FROM pg_roles r WHERE rolname = 'mekar_app'`,
        )
      ).rows[0],
  );
  expect(app).toEqual({ rolsuper: false, owned: 0 });
  expect(statSync(path.join(E2E_DATA_DIR, "db-passwords")).mode & 0o777).toBe(0o600);
});
