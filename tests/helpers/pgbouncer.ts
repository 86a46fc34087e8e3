// Starts Debian's PgBouncer in transaction mode in front of given Postgres URLs (a test's own
// instance, on loopback, on a free port): what a national deployment puts between the app and
// Postgres. Its ini, userlist, pid and log live in a temporary folder that stop() removes.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../scripts/lib/embedded-db";

export const DEBIAN_PGBOUNCER = "/usr/sbin/pgbouncer";

/** The pgbouncer binary: PGBOUNCER_PATH, Debian's, or one on PATH; null when there is none. */
export function pgbouncerPath(): string | null {
  if (process.env.PGBOUNCER_PATH) return existsSync(process.env.PGBOUNCER_PATH) ? process.env.PGBOUNCER_PATH : null;
  if (existsSync(DEBIAN_PGBOUNCER)) return DEBIAN_PGBOUNCER;
  const found = spawnSync("sh", ["-c", "command -v pgbouncer"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : null;
}

export type PgBouncer = {
  port: number;
  /** The URL through the pooler for one of the URLs it was started for (same user, password, database). */
  pooled: (directUrl: string) => string;
  /** How many server connections PgBouncer holds open to Postgres per database and user. */
  poolSize: number;
  /** The end of PgBouncer's log (for a failing test's message). */
  log: () => string;
  stop: () => Promise<void>;
};

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: "127.0.0.1", port });
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

/**
 * PgBouncer in transaction mode in front of `directUrls` (Postgres on any host and port; each
 * database gets an alias, each user its password in the userlist, authenticated with SCRAM).
 * `poolSize` server connections per database and user (default 5, fewer than a Prisma pool's
 * 20, so transactions of different clients share server connections as they would in production).
 */
export async function startPgBouncer(directUrls: string[], opts: { poolSize?: number } = {}): Promise<PgBouncer> {
  const binary = pgbouncerPath();
  if (!binary) throw new Error("pgbouncer is not installed (apt-get install pgbouncer; npm test installs it as root)");
  const poolSize = opts.poolSize ?? 5;
  const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-pgbouncer-"));
  const port = await freePort();
  const aliases = new Map<string, string>(); // host:port/db → alias
  const users = new Map<string, string>();
  for (const raw of directUrls) {
    const u = new URL(raw);
    const key = `${u.hostname}:${u.port || 5432}/${decodeURIComponent(u.pathname.slice(1))}`;
    const name = decodeURIComponent(u.pathname.slice(1));
    // the database keeps its name through the pooler unless two hosts have one of that name
    if (!aliases.has(key)) aliases.set(key, [...aliases.values()].includes(name) ? `${name}_${aliases.size}` : name);
    const user = decodeURIComponent(u.username);
    const password = decodeURIComponent(u.password);
    if (users.has(user) && users.get(user) !== password)
      throw new Error(`startPgBouncer: user ${user} appears with two passwords`);
    users.set(user, password);
  }
  const databases = [...aliases].map(([key, alias]) => {
    const [, host, p, db] = /^(.*):(\d+)\/(.*)$/.exec(key)!;
    return `${alias} = host=${host} port=${p} dbname=${db}`;
  });
  const file = (name: string) => path.join(dir, name);
  writeFileSync(file("userlist.txt"), [...users].map(([u, p]) => `${quote(u)} ${quote(p)}`).join("\n") + "\n");
  writeFileSync(
    file("pgbouncer.ini"),
    [
      "[databases]",
      ...databases,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      "pool_mode = transaction",
      "auth_type = scram-sha-256",
      `auth_file = ${file("userlist.txt")}`,
      `pidfile = ${file("pgbouncer.pid")}`,
      `logfile = ${file("pgbouncer.log")}`,
      `default_pool_size = ${poolSize}`,
      "max_client_conn = 2000",
      // node-pg may send these at startup; PgBouncer would refuse the connection otherwise
      "ignore_startup_parameters = extra_float_digits,options,statement_timeout,idle_in_transaction_session_timeout",
      "server_login_retry = 1",
      "log_connections = 0",
      "log_disconnections = 0",
      "",
    ].join("\n"),
  );
  // PgBouncer refuses to run as root: as root (CI, this machine) it runs as postgres, who must read the folder
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const pw = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const gr = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    if (pw.status !== 0) throw new Error("startPgBouncer: running as root needs a postgres user to run PgBouncer as");
    chownSync(dir, Number(pw.stdout), Number(gr.stdout));
    for (const f of ["userlist.txt", "pgbouncer.ini"]) chownSync(file(f), Number(pw.stdout), Number(gr.stdout));
  }
  chmodSync(file("userlist.txt"), 0o600);
  const child: ChildProcess = spawn(binary, [...(asRoot ? ["-u", "postgres"] : []), file("pgbouncer.ini")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const log = () => {
    const text = existsSync(file("pgbouncer.log")) ? readFileSync(file("pgbouncer.log"), "utf8") : "";
    return (text + stderr).split("\n").slice(-30).join("\n");
  };
  let exited = false;
  const gone = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  for (let i = 0; !(await answers(port)); i++) {
    if (exited || i > 200) {
      child.kill("SIGKILL");
      const text = log();
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`pgbouncer did not start:\n${text}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    poolSize,
    pooled(directUrl) {
      const u = new URL(directUrl);
      const alias = aliases.get(`${u.hostname}:${u.port || 5432}/${decodeURIComponent(u.pathname.slice(1))}`);
      if (!alias) throw new Error(`pgbouncer was not started for ${u.hostname}:${u.port}${u.pathname}`);
      u.hostname = "127.0.0.1";
      u.port = String(port);
      u.pathname = `/${alias}`;
      return u.toString();
    },
    log,
    async stop() {
      if (!exited) {
        child.kill("SIGTERM"); // immediate shutdown: closes its connections and exits
        await Promise.race([gone, new Promise((r) => setTimeout(r, 5_000))]);
        if (!exited) child.kill("SIGKILL");
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
