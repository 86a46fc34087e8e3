// One embedded Postgres for the whole vitest run: fresh database, migrations applied, demo
// data seeded (the tests use the demo regencies and users as their fixtures).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDb } from "../../scripts/lib/embedded-db";
import { grantAppRole } from "../../scripts/lib/app-role";
import { applyMigrations } from "../../scripts/lib/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** The app's own role (what lib/db connects as). */
    databaseUrl: string;
    /** The owner role, for tests that need more than the app may (tamper with audit rows, create databases). */
    ownerDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-test-"));
  const db = await startEmbeddedDb({ dataDir: path.join(dir, "pg"), persistent: false });
  await applyMigrations(db.url, undefined, () => {});
  await grantAppRole(db.url, db.appUrl);
  process.env.DATABASE_URL = db.url;
  const { seedIfEmpty } = await import("../../prisma/seed");
  await seedIfEmpty(db.url);
  project.provide("databaseUrl", db.appUrl);
  project.provide("ownerDatabaseUrl", db.url);
  return async () => {
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
