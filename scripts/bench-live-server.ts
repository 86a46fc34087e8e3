// `npm run bench:live-server` — a benchmark, not a test: a live workshop at national-event size,
// measured through the real production server. A throwaway embedded Postgres with the
// migrations and the demo seed; `npm start`'s server on one build (.next-bench, built once when
// missing or stale); the facilitator creates the workshop, its session and its polls with the
// app's own server actions; N participants join through /join/<code> (the cookie it sets),
// follow /api/workshops/join/<code>/stream and vote through the participant route handler.
// Three phases, each with its own poll and the same V votes at the same rate:
//   floor — the design's floor: a bare Node SSE server LISTENing on the same Postgres channel
//           (one connection) that writes each notification to all N streams; votes through Mekar;
//   one   — the N streams on one Mekar instance;
//   two   — the same streams spread over two instances on the one build (half each), votes
//           alternating between them.
// Printed per phase: streams open, results events delivered to every stream, vote → stream
// latency p50/p95/p99, CPU and memory of the server processes and of Postgres, the load average.
// Every request carries the participant's own address in X-Forwarded-For, from loopback, which
// the server trusts with TRUST_PROXY=loopback (as behind a proxy): no limit is weakened.
//   npm run bench:live-server -- --participants 5000 --votes 100 --rate 10
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const DIST_DIR = ".next-bench";
const LIVE_CHANNEL = "mekar_live"; // lib/live/hub.ts
const FACILITATOR = "fasilitator@mekar.test";

// ---------- the floor: a bare SSE server on the same NOTIFY channel ----------
async function serveFloor(port: number, url: string) {
  const topics = new Map<string, Set<http.ServerResponse>>();
  const client = new pg.Client({ connectionString: url, keepAlive: true });
  client.on("notification", (msg) => {
    if (msg.channel !== LIVE_CHANNEL || !msg.payload) return;
    const bar = msg.payload.indexOf("|");
    const subs = topics.get(msg.payload.slice(0, bar));
    if (!subs) return;
    const data = msg.payload.slice(bar + 1);
    const frame = `id: ${data.slice(0, data.indexOf(":"))}\ndata: ${data}\n\n`;
    for (const res of subs) res.write(frame);
  });
  await client.connect();
  await client.query(`LISTEN ${LIVE_CHANNEL}`);
  const server = http.createServer((req, res) => {
    const topic = new URL(req.url ?? "/", "http://x").searchParams.get("w") ?? "";
    res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
    res.write("event: state\ndata: {}\n\n");
    if (!topics.has(topic)) topics.set(topic, new Set());
    topics.get(topic)!.add(res);
    res.on("close", () => topics.get(topic)!.delete(res));
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, "127.0.0.1", () => process.send?.("ready"));
}

// ---------- process figures from /proc ----------
const TICK = 100; // USER_HZ on Linux
function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number) => {
    let kids: number[] = [];
    try {
      for (const t of readdirSync(`/proc/${p}/task`))
        kids.push(...readFileSync(`/proc/${p}/task/${t}/children`, "utf8").split(" ").filter(Boolean).map(Number));
    } catch {
      kids = [];
    }
    for (const k of kids) {
      out.push(k);
      walk(k);
    }
  };
  walk(pid);
  return out;
}
function cpuTicks(pids: number[]): number {
  let sum = 0;
  for (const p of pids) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      sum += Number(f[11]) + Number(f[12]); // utime, stime
    } catch {
      /* gone */
    }
  }
  return sum;
}
function rssMb(pids: number[]): number {
  let kb = 0;
  for (const p of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      /* gone */
    }
  }
  return kb / 1024;
}
const comm = (p: number) => {
  try {
    return readFileSync(`/proc/${p}/comm`, "utf8").trim();
  } catch {
    return "";
  }
};
const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (x: number) => `${x.toFixed(0)} ms`;

// ---------- HTTP as a browser does it ----------
/** The participant's own address, as the proxy in front would forward it. */
const addressOf = (k: number) => `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}`;

type Reply = { status: number; body: string; cookies: string[]; headers: http.IncomingHttpHeaders };
function request(
  agent: http.Agent,
  port: number,
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method,
        path: pathname,
        agent,
        headers: body ? { ...headers, "Content-Length": String(Buffer.byteLength(body)) } : headers,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: text,
            cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]),
            headers: res.headers,
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Runs `task` for 0..n-1 with at most `width` at once. */
async function pool(n: number, width: number, task: (k: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, n) }, async () => {
      while (next < n) await task(next++);
    }),
  );
}

type Stream = { arrivals: Map<string, number>; close: () => void; port: number; reconnects: () => number };
/**
 * Opens an SSE stream; resolves once its first `state` frame arrived. Records when each event id
 * first arrives. Like the browser's EventSource (the participant page's script), a stream that
 * ends is opened again after a second with Last-Event-ID, and the server sends what it missed.
 */
function openStream(port: number, pathname: string, headers: Record<string, string>): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const arrivals = new Map<string, number>();
    let opened = false;
    let closed = false;
    let lastId = "";
    let reconnects = 0;
    let req: http.ClientRequest;
    const again = () => {
      if (closed || !opened) return;
      reconnects++;
      setTimeout(() => !closed && connect(), 1000);
    };
    const connect = () => {
      let lost = false;
      const lose = () => {
        if (lost) return;
        lost = true;
        again();
      };
      const h = lastId ? { ...headers, "Last-Event-ID": lastId } : headers;
      req = http.get({ host: "127.0.0.1", port, path: pathname, headers: h, agent: false }, (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          if (!opened) reject(new Error(`stream ${res.statusCode}`));
          else lose();
          return;
        }
        let buf = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          const at = performance.now();
          buf += chunk;
          let i;
          while ((i = buf.indexOf("\n\n")) >= 0) {
            const frame = buf.slice(0, i);
            buf = buf.slice(i + 2);
            if (frame.startsWith("id: ")) {
              const id = frame.slice(4, frame.indexOf("\n"));
              lastId = id;
              if (!arrivals.has(id)) arrivals.set(id, at);
            }
            if (!opened && frame.includes("event: state")) {
              opened = true;
              resolve({
                arrivals,
                port,
                reconnects: () => reconnects,
                close: () => {
                  closed = true;
                  req.destroy();
                },
              });
            }
          }
        });
        res.on("error", () => {});
        res.on("close", lose);
      });
      req.on("error", (e) => {
        if (!opened) reject(e);
        else lose();
      });
    };
    connect();
  });
}

// React's own client encoding of server-action arguments (what the browser sends), as scripts/bench.ts.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

async function conduct() {
  const N = arg("participants", 5000);
  const V = Math.min(arg("votes", 100), N);
  const rate = arg("rate", 10);
  const { startEmbeddedDb, freePort } = await import("./lib/embedded-db");
  const { applyMigrations } = await import("./lib/migrate");
  const { buildIsCurrent, sourceHash } = await import("./lib/build-state");
  const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-bench-live-"));
  const pgDb = await startEmbeddedDb({ dataDir: path.join(dir, "pg"), persistent: false, database: "bench" });
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(
      children
        .filter((c) => c.exitCode === null && c.signalCode === null)
        .map((c) => {
          const exited = new Promise((r) => c.once("exit", r));
          c.kill("SIGTERM");
          return exited;
        }),
    );
    await pgDb.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));
  const log = (m: string) => console.log(`[bench] ${m}`);
  try {
    log(`machine: ${os.cpus().length} cores, load ${loadavg()} at start; participants=${N} votes=${V} rate=${rate}/s`);
    await applyMigrations(pgDb.url, undefined, () => {});
    process.env.DATABASE_URL = pgDb.url;
    const { seedIfEmpty } = await import("../prisma/seed");
    await seedIfEmpty(pgDb.url);
    const sql = new pg.Client({ connectionString: pgDb.url });
    sql.on("error", () => {}); // Postgres stops under it at the end
    await sql.connect();
    const q = async <T>(text: string, values: unknown[] = []) => (await sql.query(text, values)).rows as T[];

    // ---------- the servers: `npm start` on one build ----------
    const authSecret = randomBytes(32).toString("base64");
    const mustBuild = !buildIsCurrent(path.resolve(DIST_DIR), sourceHash());
    const startInstance = async (name: string, reuse: boolean) => {
      const port = await freePort();
      const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
        env: {
          ...process.env,
          DATABASE_URL: pgDb.appUrl,
          DATABASE_OWNER_URL: pgDb.url,
          AUTH_SECRET: authSecret,
          PORT: String(port),
          NEXT_DIST_DIR: DIST_DIR,
          MEKAR_REUSE_BUILD: reuse ? "1" : "",
          MEKAR_DATA_DIR: path.join(dir, `data-${name}`),
          MEKAR_FRESH: "",
          TRUST_PROXY: "loopback",
          NEXT_TELEMETRY_DISABLED: "1",
        },
        stdio: ["ignore", "pipe", "inherit"],
      });
      children.push(child);
      await new Promise<void>((resolve, reject) => {
        let out = "";
        child.stdout!.on("data", (d: Buffer) => {
          out += d;
          if (/ready on http/.test(out)) resolve();
          if (/building/.test(d.toString())) log(`instance ${name}: building ${DIST_DIR} (sources changed)…`);
        });
        child.once("exit", (code) => reject(new Error(`instance ${name} exited with ${code}:\n${out}`)));
      });
      child.stdout!.resume();
      log(`instance ${name} ready on :${port} (pid ${child.pid})`);
      return { name, port, pid: child.pid! };
    };
    const A = await startInstance("A", !mustBuild);
    const base = `http://127.0.0.1:${A.port}`;

    // ---------- the facilitator sets the workshop up with the app's server actions ----------
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { PrismaClient } = await import("@/lib/generated/prisma/client");
    const { benchSession } = await import("./lib/bench-session");
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pgDb.url, max: 2 }) });
    const facilitator = await benchSession(base, db, FACILITATOR);
    await db.$disconnect();
    const manifest = JSON.parse(
      readFileSync(path.join(DIST_DIR, "server", "server-reference-manifest.json"), "utf8"),
    ) as { node: Record<string, { filename: string; exportedName: string }> };
    const actionId = (name: string) => {
      const hit = Object.entries(manifest.node).find(
        ([, a]) => a.filename === "lib/workshops/actions.ts" && a.exportedName === name,
      );
      if (!hit) throw new Error(`no server action ${name} in ${DIST_DIR}`);
      return hit[0];
    };
    const staffAgent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    const act = async (page: string, name: string, fields: Record<string, string>) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      const body = await encodeReply([{ status: "idle" }, form]);
      const res = await fetch(base + page, {
        method: "POST",
        redirect: "manual",
        headers: {
          "Next-Action": actionId(name),
          Origin: base,
          Accept: "text/x-component",
          cookie: facilitator,
          "X-Forwarded-For": "10.255.0.1",
        },
        body,
      });
      const text = await res.text();
      if (res.status >= 400 || text.includes('"status":"error"'))
        throw new Error(`${name}: HTTP ${res.status} ${text.slice(0, 300)}`);
      return res.headers.get("x-action-redirect") ?? "";
    };
    const [regency] = await q<{ id: string; timeZone: string }>(
      `SELECT r.id, r."timeZone" FROM "Regency" r JOIN "Membership" m ON m."regencyId" = r.id JOIN "User" u ON u.id = m."userId" WHERE u.email = $1 LIMIT 1`,
      [FACILITATOR],
    );
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: regency.timeZone }).format(new Date());
    const redirect = await act("/workshops", "createWorkshopAction", {
      idempotencyKey: randomUUID(),
      regencyId: regency.id,
      title: "Musyawarah nasional (uji beban)",
      startsAt: `${today}T00:00`,
    });
    const workshopId = /\/workshops\/([0-9a-f-]{36})/.exec(redirect)?.[1];
    if (!workshopId) throw new Error(`createWorkshopAction did not redirect to the workshop (${redirect})`);
    const page = `/workshops/${workshopId}`;
    await act(page, "addSessionAction", {
      idempotencyKey: randomUUID(),
      workshopId,
      date: today,
      startTime: "00:00",
      endTime: "23:59",
    });
    const [session] = await q<{ id: string }>(
      `SELECT id FROM "WorkshopSession" WHERE "workshopId" = $1 ORDER BY "endsAt" DESC LIMIT 1`,
      [workshopId],
    );
    await act(page, "startSessionAction", { sessionId: session.id });
    const phases = ["floor", "one", "two", "warm-up A", "warm-up B"] as const;
    for (const p of phases)
      await act(page, "createActivityAction", {
        idempotencyKey: randomUUID(),
        workshopId,
        kind: "poll_single",
        title: `Prioritas pembangunan (${p})`,
        options: "Jalan\nSekolah\nPuskesmas\nAir bersih",
      });
    const polls = await q<{ id: string }>(
      `SELECT id FROM "WorkshopActivity" WHERE "workshopId" = $1 ORDER BY position, "createdAt"`,
      [workshopId],
    );
    const [{ code }] = await q<{ code: string }>(`SELECT code FROM "Workshop" WHERE id = $1`, [workshopId]);
    log(`workshop ${code} created by the facilitator (session started, ${polls.length} polls)`);

    // ---------- N participants join through /join/<code> ----------
    const joinAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    const cookies: string[] = new Array(N);
    const t0 = performance.now();
    const joinMs: number[] = [];
    await pool(N, 16, async (k) => {
      for (let attempt = 0; ; attempt++) {
        const t = performance.now();
        const r = await request(joinAgent, A.port, "GET", `/join/${code}`, { "X-Forwarded-For": addressOf(k) });
        if (r.status === 200 && r.cookies.length) {
          cookies[k] = r.cookies.join("; ");
          joinMs.push(performance.now() - t);
          return;
        }
        if (attempt >= 3) throw new Error(`join ${k}: HTTP ${r.status}`);
      }
    });
    joinMs.sort((x, y) => x - y);
    const [{ joined, present }] = await q<{ joined: string; present: string }>(
      `SELECT (SELECT count(*) FROM "WorkshopParticipant" WHERE "workshopId" = $1) AS joined,
              (SELECT count(*) FROM "WorkshopAttendance" WHERE "sessionId" = $2) AS present`,
      [workshopId, session.id],
    );
    log(
      `${N} joined in ${((performance.now() - t0) / 1000).toFixed(1)} s (16 at a time: page p50 ${ms(percentile(joinMs, 50))}, p95 ${ms(percentile(joinMs, 95))}); participants ${joined}, on the session's attendance ${present}`,
    );

    // ---------- the phases ----------
    /** Participants from..from+count-1 open their streams (64 at a time). */
    const openStreams = async (label: string, from: number, count: number, target: { port: number; path: string }) => {
      const streams: Stream[] = new Array(count);
      const t = performance.now();
      let retries = 0;
      await pool(count, 64, async (k) => {
        for (let attempt = 0; ; attempt++) {
          const who = from + k;
          try {
            streams[k] = await openStream(target.port, target.path, {
              cookie: cookies[who],
              "X-Forwarded-For": addressOf(who),
            });
            return;
          } catch (e) {
            retries++;
            if (attempt >= 5) throw new Error(`stream ${k}: ${(e as Error).message}`);
            await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
          }
        }
      });
      log(`${label}: ${count} streams open in ${((performance.now() - t) / 1000).toFixed(1)} s (${retries} retried)`);
      return streams;
    };
    const voteAgents = new Map<number, http.Agent>();
    const serverPids = (pids: number[]) => pids.flatMap((p) => [p, ...descendants(p)]);
    const postgresPids = () => descendants(process.pid).filter((p) => comm(p).startsWith("postgres"));

    type Result = {
      p50: number;
      p95: number;
      p99: number;
      fanout95: number;
      vote95: number;
      delivered: number;
      expected: number;
      missing: number;
    };
    const runPhase = async (
      label: string,
      activityId: string,
      streams: Stream[],
      servers: { name: string; pid: number }[],
      votePort: (k: number) => number,
    ): Promise<Result> => {
      await act(page, "setActivityStateAction", { activityId, state: "open" });
      await act(page, "setResultsVisibleAction", { activityId, visible: "true" });
      await new Promise((r) => setTimeout(r, 1000)); // the opening's events reach the streams first
      const [{ max }] = await q<{ max: string | null }>(`SELECT max(id)::text AS max FROM "WorkshopEvent"`);
      const sPids = serverPids(servers.map((s) => s.pid));
      const pgPids = postgresPids();
      const before = { server: cpuTicks(sPids), pg: cpuTicks(pgPids), self: process.cpuUsage(), at: performance.now() };
      const loadBefore = loadavg();
      const sent: number[] = [];
      const answered: number[] = [];
      const bad: string[] = [];
      const voteMs: number[] = [];
      const start = performance.now();
      await Promise.all(
        Array.from(
          { length: V },
          (_, k) =>
            new Promise<void>((resolve) =>
              setTimeout(
                () => {
                  const port = votePort(k);
                  if (!voteAgents.has(port)) voteAgents.set(port, new http.Agent({ keepAlive: true, maxSockets: 64 }));
                  sent[k + 1] = performance.now();
                  request(
                    voteAgents.get(port)!,
                    port,
                    "POST",
                    `/api/workshops/join/${code}/submit`,
                    {
                      cookie: cookies[k],
                      "Content-Type": "application/json",
                      Accept: "application/json",
                      Origin: `http://127.0.0.1:${port}`,
                      "X-Forwarded-For": addressOf(k),
                    },
                    JSON.stringify({ activityId, clientId: randomUUID(), choices: [k % 4] }),
                  ).then(
                    (r) => {
                      answered[k + 1] = performance.now();
                      voteMs.push(answered[k + 1] - sent[k + 1]);
                      if (r.status !== 200) bad.push(`${r.status} ${r.body.slice(0, 80)}`);
                      resolve();
                    },
                    (e: Error) => {
                      bad.push(e.message);
                      resolve();
                    },
                  );
                },
                Math.max(0, start + (k * 1000) / rate - performance.now()),
              ),
            ),
        ),
      );
      // the events of this phase's votes (results shown to all), each with the total it answers
      const events = await q<{ id: string; total: number }>(
        `SELECT id::text, (payload->'results'->>'total')::int AS total FROM "WorkshopEvent"
         WHERE "workshopId" = $1 AND id > $2 AND type = 'results' AND audience = 'all' AND payload->>'activityId' = $3
         ORDER BY id`,
        [workshopId, max ?? "0", activityId],
      );
      const until = performance.now() + 20_000;
      while (performance.now() < until && streams.some((s) => events.some((e) => !s.arrivals.has(e.id))))
        await new Promise((r) => setTimeout(r, 100));
      const wall = (performance.now() - before.at) / 1000;
      const self = process.cpuUsage(before.self);
      const serverCpu = (cpuTicks(sPids) - before.server) / TICK;
      const pgCpu = (cpuTicks(pgPids) - before.pg) / TICK;
      // Votes are one per participant and serialized per workshop, so the k-th committed vote makes
      // results.total = k: the event with total k answers vote k (the rate keeps votes apart).
      const latencies: number[] = [];
      /** from the vote's answer (its commit acknowledged) to the stream: the fan-out alone, about */
      const afterAnswer: number[] = [];
      let delivered = 0;
      let missing = 0;
      for (const s of streams) {
        let all = true;
        for (const e of events) {
          const at = s.arrivals.get(e.id);
          if (at === undefined) {
            all = false;
            continue;
          }
          delivered++;
          if (e.total >= 1 && e.total <= V) {
            latencies.push(at - sent[e.total]);
            if (answered[e.total] !== undefined) afterAnswer.push(at - answered[e.total]);
          }
        }
        if (!all) missing++;
      }
      latencies.sort((x, y) => x - y);
      afterAnswer.sort((x, y) => x - y);
      voteMs.sort((x, y) => x - y);
      const expected = streams.length * events.length;
      const reconnected = streams.reduce((n, s) => n + s.reconnects(), 0);
      const r = {
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        fanout95: percentile(afterAnswer, 95),
        vote95: percentile(voteMs, 95),
        delivered,
        expected,
        missing,
      };
      log(
        `${label}: ${V} votes at ${rate}/s, ${bad.length} failed${bad.length ? ` (${bad.slice(0, 3).join("; ")})` : ""}; vote request p50 ${ms(percentile(voteMs, 50))} p95 ${ms(percentile(voteMs, 95))}`,
      );
      log(
        `${label}: ${events.length} results events × ${streams.length} streams: delivered ${delivered}/${expected}${missing ? `, ${missing} streams missed some` : " (every event on every stream)"}; reconnections so far ${reconnected}`,
      );
      log(
        `${label}: vote → stream p50 ${ms(r.p50)} p95 ${ms(r.p95)} p99 ${ms(r.p99)} max ${ms(latencies.at(-1) ?? NaN)}`,
      );
      log(
        `${label}: vote answered → stream (about the fan-out alone) p50 ${ms(percentile(afterAnswer, 50))} p95 ${ms(r.fanout95)}`,
      );
      log(
        `${label}: over ${wall.toFixed(1)} s — server CPU ${serverCpu.toFixed(1)} s (${((serverCpu / wall) * 100).toFixed(0)}% of a core), RSS ${servers.map((s) => `${s.name} ${rssMb(serverPids([s.pid])).toFixed(0)} MB`).join(", ")}; Postgres CPU ${pgCpu.toFixed(1)} s; this client ${((self.user + self.system) / 1e6).toFixed(1)} s; load ${loadBefore} → ${loadavg()}`,
      );
      await act(page, "setActivityStateAction", { activityId, state: "closed" });
      return r;
    };

    /** A few votes on their own poll (results not shown) through one instance, outside the measurement:
     *  its first requests compile queries and fill caches. Voters from the end of the crowd. */
    const warmUp = async (activityId: string, port: number) => {
      await act(page, "setActivityStateAction", { activityId, state: "open" });
      const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
      for (let k = N - 1; k >= Math.max(V, N - 10); k--) {
        const r = await request(
          agent,
          port,
          "POST",
          `/api/workshops/join/${code}/submit`,
          {
            cookie: cookies[k],
            "Content-Type": "application/json",
            Accept: "application/json",
            Origin: `http://127.0.0.1:${port}`,
            "X-Forwarded-For": addressOf(k),
          },
          JSON.stringify({ activityId, clientId: randomUUID(), choices: [k % 4] }),
        );
        if (r.status !== 200) throw new Error(`warm-up vote: HTTP ${r.status} ${r.body.slice(0, 200)}`);
      }
      agent.destroy();
      await act(page, "setActivityStateAction", { activityId, state: "closed" });
    };
    await warmUp(polls[3].id, A.port);

    // 1. the floor
    const floorPort = await freePort();
    const floor = spawn(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "scripts/bench-live-server.ts", "--floor", String(floorPort), pgDb.appUrl],
      {
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      },
    );
    children.push(floor);
    await new Promise<void>((resolve, reject) => {
      floor.once("message", () => resolve());
      floor.once("exit", (c) => reject(new Error(`floor exited with ${c}`)));
    });
    let streams = await openStreams("floor", 0, N, { port: floorPort, path: `/?w=${workshopId}` });
    const floorRun = await runPhase("floor", polls[0].id, streams, [{ name: "floor", pid: floor.pid! }], () => A.port);
    for (const s of streams) s.close();
    floor.kill("SIGTERM");

    // 2. one instance
    const streamPath = `/api/workshops/join/${code}/stream`;
    streams = await openStreams("one instance", 0, N, { port: A.port, path: streamPath });
    const oneRun = await runPhase("one instance", polls[1].id, streams, [A], () => A.port);

    // 3. two instances on the one build: the second half of the streams move to B
    const B = await startInstance("B", true);
    await warmUp(polls[4].id, B.port);
    const half = Math.ceil(N / 2);
    for (const s of streams.slice(half)) s.close();
    const moved = await openStreams("two instances (B)", half, N - half, { port: B.port, path: streamPath });
    streams = streams.slice(0, half).concat(moved);
    const twoRun = await runPhase("two instances", polls[2].id, streams, [A, B], (k) => (k % 2 ? B.port : A.port));

    console.log("");
    log(`summary, ${N} participants, ${V} votes at ${rate}/s (vote → every stream):`);
    for (const [name, r] of [
      ["floor (bare SSE on NOTIFY)", floorRun],
      ["Mekar, one instance", oneRun],
      ["Mekar, two instances", twoRun],
    ] as const)
      log(
        `  ${name.padEnd(28)} p50 ${ms(r.p50).padStart(8)}  p95 ${ms(r.p95).padStart(8)}  p99 ${ms(r.p99).padStart(8)}  (vote request p95 ${ms(r.vote95)}, answered → stream p95 ${ms(r.fanout95)})  delivered ${r.delivered}/${r.expected}`,
      );
    log(
      `  Mekar p95 / floor p95: one instance ${(oneRun.p95 / floorRun.p95).toFixed(2)}×, two instances ${(twoRun.p95 / floorRun.p95).toFixed(2)}× (target ≤ 2×)`,
    );
    // what a workshop of this size leaves in the database (docs/deployment.md: table growth)
    await sql.query(`ANALYZE "WorkshopEvent", "WorkshopEntry", "WorkshopParticipant", "WorkshopAttendance"`);
    const sizes = await q<{ t: string; n: string; mb: string }>(
      `SELECT c.relname AS t, c.reltuples::bigint::text AS n, round(pg_total_relation_size(c.oid) / 1048576.0, 1)::text AS mb
       FROM pg_class c WHERE c.relkind = 'r' AND c.relname IN ('WorkshopEvent', 'WorkshopEntry', 'WorkshopParticipant', 'WorkshopAttendance')
       ORDER BY c.relname`,
    );
    log(`workshop tables after the run: ${sizes.map((r) => `${r.t} ${r.n} rows ${r.mb} MB`).join(", ")}`);
    for (const s of streams) s.close();
    joinAgent.destroy();
    staffAgent.destroy();
    for (const a of voteAgents.values()) a.destroy();
    await sql.end();
  } catch (e) {
    console.error(e);
    process.exitCode = 1;
  } finally {
    await stop();
  }
  process.exit();
}

const floorAt = process.argv.indexOf("--floor");
if (floorAt > 0) void serveFloor(Number(process.argv[floorAt + 1]), process.argv[floorAt + 2]);
else await conduct();
