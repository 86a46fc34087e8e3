// Writes the next migration from schema.prisma, or checks for drift, with Prisma's own schema
// engine (WebAssembly; the CLI cannot download its binary offline). The migrations are applied
// to a throwaway embedded Postgres by our own runner (the wasm engine cannot replay plpgsql
// bodies), then the engine diffs that database against schema.prisma.
//   npm run db:diff -- --create add_things   writes prisma/migrations/<ts>_add_things/
//   npm run db:diff                          prints the SQL still missing (exit 1 when any)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDb } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrate";

export async function diffSchema(args: string[]): Promise<{ sql: string; stderr: string; status: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-diff-"));
  const db = await startEmbeddedDb({ dataDir: path.join(dir, "pg"), persistent: false, database: "diff" });
  try {
    await applyMigrations(db.url, undefined, () => {});
    const res = spawnSync(process.execPath, ["scripts/prisma-migrate-diff.mjs", "--from-config-datasource", ...args], {
      env: { ...process.env, DATABASE_URL: db.url },
      encoding: "utf8",
    });
    return { sql: res.stdout, stderr: res.stderr, status: res.status ?? 1 };
  } finally {
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const { sql, stderr, status } = await diffSchema(args);
  process.stderr.write(stderr);
  if (status !== 0) process.exit(status);
  if (args.includes("--create")) process.exit(0);
  process.stdout.write(sql);
  process.exit(/^-- This is an empty migration/.test(sql.trim()) ? 0 : 1);
}
