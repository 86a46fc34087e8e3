// Several production instances of Mekar on one build, as README "Production: several instances"
// describes: one Postgres (migrated once, as its owner), N servers started with
// `scripts/start.ts --instance` on the shared e2e build, all with the same AUTH_SECRET, the same
// upload store and the same mail log, and a small proxy on loopback in front of them that can be
// pointed at any one. Used by tests/e2e/instances.spec.ts.
//
// What the instances share is `sharedEnv`, built in one place: putting PgBouncer or the S3 store
// under them is an `extraEnv` that returns their settings (DATABASE_URL, MEKAR_S3_*…), and a
// `cleanup` entry to stop what it started.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";

const TSX = ["node_modules/tsx/dist/cli.mjs"];

export type Instance = {
  name: string;
  url: string;
  /** Everything the instance printed so far (for a failure's report). */
  output: () => string;
  /** Ends the process: SIGKILL is a crash (no graceful shutdown), SIGTERM a stop. */
  kill: (signal?: NodeJS.Signals) => Promise<void>;
};

export type Proxy = { url: string; pointAt: (i: Instance) => void; close: () => Promise<void> };

export type Cluster = {
  dir: string;
  db: EmbeddedDb;
  instances: Instance[];
  proxy: Proxy;
  /** The mail log every instance appends to (no SMTP_URL). */
  mailLog: string;
  /** The settings every instance runs with. */
  sharedEnv: Record<string, string>;
  stop: () => Promise<void>;
};

export type ClusterSetup = {
  dir: string;
  db: EmbeddedDb;
  /** What the instances would run with; the returned settings are merged over it. */
  sharedEnv: Record<string, string>;
  /** Runs when the cluster stops, after the instances (stop a pooler or store started here). */
  cleanup: (fn: () => Promise<void> | void) => void;
};

function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.stderr.on("data", (d: Buffer) => (out += d));
    child.once("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${args.join(" ")} exited with ${code}:\n${out}`)),
    );
  });
}

const exited = (p: ChildProcess) => p.exitCode !== null || p.signalCode !== null;

async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  // tsx as a loader in this very process (not its CLI, which runs the script in a child): a
  // SIGKILL then ends the server itself, as a crash would
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--instance"], {
    env: { ...process.env, ...env, PORT: String(port), MEKAR_DATA_DIR: path.join(env.MEKAR_DATA_DIR, name) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      output += d;
      if (/ready on http/.test(output)) resolve();
    });
    child.stderr!.on("data", (d: Buffer) => (output += d));
    child.once("exit", (code) => reject(new Error(`instance ${name} exited with ${code}:\n${output}`)));
  });
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    kill: async (signal = "SIGTERM") => {
      if (exited(child)) return;
      const done = new Promise((r) => child.once("exit", r));
      child.kill(signal);
      await done;
    },
  };
}

/**
 * A reverse proxy on loopback: every request goes to the instance it points at when the request
 * arrives (the Host header passes unchanged, as a proxy in front of Mekar keeps it). A request
 * whose instance is gone gets 502; a stream whose instance dies ends, as it would behind nginx.
 */
export async function startProxy(first: Instance): Promise<Proxy> {
  let target = new URL(first.url);
  const server = http.createServer((req, res) => {
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.rawHeaders);
        up.pipe(res);
        up.on("error", () => res.destroy());
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "Content-Type": "text/plain" }).end("Bad gateway");
      else res.destroy();
    });
    req.pipe(upstream);
    res.on("close", () => upstream.destroy());
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    pointAt: (i) => (target = new URL(i.url)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * One Postgres migrated and seeded once, `count` instances on the shared e2e build (never
 * rebuilt here: the main e2e server built it), and the proxy, pointed at the first instance.
 */
export async function startCluster(
  opts: {
    count?: number;
    extraEnv?: (setup: ClusterSetup) => Promise<Record<string, string>> | Record<string, string>;
    /** Settings of one instance only (by name: "A", "B", …), merged last. */
    instanceEnv?: (name: string) => Record<string, string>;
  } = {},
): Promise<Cluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-instances-"));
  const cleanups: (() => Promise<void> | void)[] = [];
  const instances: Instance[] = [];
  let db: EmbeddedDb | null = null;
  let proxy: Proxy | null = null;
  const stop = async () => {
    await proxy?.close();
    await Promise.all(instances.map((i) => i.kill("SIGTERM")));
    for (const fn of cleanups.reverse()) await Promise.resolve(fn()).catch(() => {});
    await db?.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    db = await startEmbeddedDb({ dataDir: path.join(dir, "pg"), persistent: true });
    const distDir = process.env.E2E_DIST_DIR || ".next-e2e";
    if (!existsSync(path.join(distDir, "BUILD_ID")))
      throw new Error(`no build in ${distDir} (the e2e server makes it)`);
    mkdirSync(path.join(dir, "uploads"), { recursive: true });
    const base: Record<string, string> = {
      DATABASE_URL: db.appUrl, // the instances connect as the role that owns nothing
      AUTH_SECRET: randomBytes(32).toString("base64"), // one secret: a session from one instance is valid on all
      NEXT_DIST_DIR: distDir, // one build
      MEKAR_DATA_DIR: path.join(dir, "data"), // each instance its own folder under it
      MEKAR_UPLOAD_DIR: path.join(dir, "uploads"), // one store for every instance's uploads
      MEKAR_MAIL_LOG: path.join(dir, "mail.log"),
      MEKAR_WHATSAPP_HOSTS: "127.0.0.1",
      MEKAR_FRESH: "",
      MEKAR_REUSE_BUILD: "",
      DATABASE_OWNER_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const sharedEnv = {
      ...base,
      ...(await opts.extraEnv?.({ dir, db, sharedEnv: base, cleanup: (fn) => cleanups.push(fn) })),
    };
    // the release steps, once: migrate (as the owner, which also grants the app role), demo data
    const owner = { ...process.env, ...sharedEnv, AUTH_SECRET: "" };
    await run([...TSX, "scripts/db-migrate.ts"], {
      ...owner,
      DATABASE_OWNER_URL: db.url,
      DATABASE_URL: sharedEnv.DATABASE_URL,
    });
    await run([...TSX, "scripts/db-seed.ts"], { ...owner, DATABASE_OWNER_URL: db.url, DATABASE_URL: db.url });
    const names = Array.from({ length: opts.count ?? 2 }, (_, i) => String.fromCharCode(65 + i)); // A, B, …
    await Promise.all(
      names.map(async (n, i) => (instances[i] = await startInstance(n, { ...sharedEnv, ...opts.instanceEnv?.(n) }))),
    );
    proxy = await startProxy(instances[0]);
    return { dir, db, instances, proxy, mailLog: sharedEnv.MEKAR_MAIL_LOG, sharedEnv, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** The mails in a cluster's log, oldest first. */
export function clusterMails(cluster: Cluster): { to: string; subject: string; text: string }[] {
  if (!existsSync(cluster.mailLog)) return [];
  return readFileSync(cluster.mailLog, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { to: string; subject: string; text: string });
}

export type SseEvent = { id: string; event: string; data: string };
export type Stream = {
  events: SseEvent[];
  /** Resolves with the first event (received or to come) that matches; rejects when the stream ends first. */
  next: (match: (e: SseEvent) => boolean) => Promise<SseEvent>;
  /** Resolves when the server (or its death) ends the stream. */
  ended: Promise<void>;
  close: () => void;
};

/** Follows a server-sent event stream over plain HTTP, as EventSource would (headers: cookie, Last-Event-ID). */
export function openStream(url: string, headers: Record<string, string>): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { Accept: "text/event-stream", ...headers } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream ${url}: ${res.statusCode}`));
      const events: SseEvent[] = [];
      const waiters: { match: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void; reject: (e: Error) => void }[] =
        [];
      let buffer = "";
      let done = false;
      let endResolve = () => {};
      const ended = new Promise<void>((r) => (endResolve = r));
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let at: number;
        while ((at = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const e: SseEvent = { id: "", event: "message", data: "" };
          let field = false;
          for (const line of frame.split("\n")) {
            const m = /^(id|event|data): ?(.*)$/.exec(line);
            if (!m) continue;
            field = true;
            if (m[1] === "data") e.data += (e.data ? "\n" : "") + m[2];
            else e[m[1] as "id" | "event"] = m[2];
          }
          if (!field) continue; // retry: or a heartbeat comment
          events.push(e);
          for (const w of waiters.filter((w) => w.match(e))) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(e);
          }
        }
      });
      const finish = () => {
        if (done) return;
        done = true;
        for (const w of waiters.splice(0)) w.reject(new Error(`stream ${url} ended`));
        endResolve();
      };
      res.on("end", finish);
      res.on("close", finish);
      res.on("error", finish);
      resolve({
        events,
        ended,
        next: (match) => {
          const seen = events.find(match);
          if (seen) return Promise.resolve(seen);
          if (done) return Promise.reject(new Error(`stream ${url} ended`));
          return new Promise((res2, rej2) => waiters.push({ match, resolve: res2, reject: rej2 }));
        },
        close: () => req.destroy(),
      });
    });
    req.on("error", reject);
  });
}
