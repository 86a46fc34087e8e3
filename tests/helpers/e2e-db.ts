import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/** The folder of the app under test (playwright.config.ts starts it with this MEKAR_DATA_DIR). */
export const E2E_DATA_DIR = path.resolve(process.env.E2E_DATA_DIR || ".data-e2e");

/** A short connection to the running app's database (its address is written there while it runs). */
export async function withE2eDb<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: readFileSync(path.join(E2E_DATA_DIR, "database-url"), "utf8").trim() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
