// Resolves the database and the auth secret for every entry point (start, migrate, seed):
// DATABASE_URL when given, otherwise the embedded Postgres under MEKAR_DATA_DIR.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db";

/**
 * url: the owner's connection (migrations, seed, backup, restore, tools); appUrl: what the
 * running app connects as. With DATABASE_URL: DATABASE_URL is the app's, DATABASE_OWNER_URL the
 * owner's (when unset, the one role does both, as before roles were split). The tools need a
 * session (the migration runner's advisory lock, backup's COPY and snapshot), so without
 * DATABASE_OWNER_URL they take DIRECT_DATABASE_URL before DATABASE_URL, which may be PgBouncer.
 */
export type Runtime = { url: string; appUrl: string; embedded: EmbeddedDb | null; dataDir: string; reused?: boolean };

/** Where a running `npm start` leaves the embedded database's URL, so tools can reach it. */
export const runningUrlFile = (dataDir: string) => path.join(dataDir, "database-url");

async function answers(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

/**
 * DATABASE_URL when given; else the embedded database of a running `npm start`; else start
 * the embedded database here (the caller stops it).
 */
export async function resolveDatabase(
  log: (m: string) => void,
  opts: { reuseRunning?: boolean } = {},
): Promise<Runtime> {
  const dataDir = path.resolve(process.env.MEKAR_DATA_DIR || ".data");
  if (process.env.DATABASE_URL)
    return {
      url: process.env.DATABASE_OWNER_URL || process.env.DIRECT_DATABASE_URL || process.env.DATABASE_URL,
      appUrl: process.env.DATABASE_URL,
      embedded: null,
      dataDir,
    };
  if (opts.reuseRunning !== false && existsSync(runningUrlFile(dataDir))) {
    const url = readFileSync(runningUrlFile(dataDir), "utf8").trim();
    if (await answers(url)) {
      process.env.DATABASE_URL = url;
      return { url, appUrl: url, embedded: null, dataDir, reused: true };
    }
  }
  mkdirSync(dataDir, { recursive: true });
  const started = Date.now();
  const embedded = await startEmbeddedDb({
    dataDir: path.join(dataDir, "pg"),
    persistent: true,
    passwordFile: path.join(dataDir, "db-passwords"),
    log: process.env.MEKAR_DB_LOG ? log : undefined,
  });
  process.env.DATABASE_URL = embedded.url; // for the tool code this process loads later (start.ts switches the app to appUrl)
  log(
    `embedded PostgreSQL ${embedded.fresh ? "initialised and " : ""}started on port ${embedded.port} (${Date.now() - started} ms), data in ${path.relative(process.cwd(), dataDir)}/pg`,
  );
  return { url: embedded.url, appUrl: embedded.appUrl, embedded, dataDir };
}

/** AUTH_SECRET from the environment; in demo mode (embedded database) one is made once and kept. */
export function resolveAuthSecret(rt: Runtime): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (!rt.embedded && !rt.reused) {
    throw new Error("AUTH_SECRET is required when DATABASE_URL is set. Generate one with: openssl rand -base64 32");
  }
  const file = path.join(rt.dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}
