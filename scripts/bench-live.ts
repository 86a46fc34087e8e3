// `npm run bench:live` — a benchmark, not a test. A throwaway embedded Postgres, and the live
// module in two server processes: A serves N participant SSE streams (the real workshopStream:
// LISTEN hub, catch-up, fan-out), B takes votes (the real submitEntry: upsert, tally, event,
// pg_notify at commit). This process opens the streams on A, votes through B at a given rate
// and prints how many results events arrived on every stream and the vote → stream latency.
// Then the same streams follow a culture activity (48 points per answer, the profile tallied in
// SQL) that every participant answers at once, and a poll answered at once for comparison: the
// presenter update (an answer's commit → the stream's event carrying it) p95 of each, side by side.
//   npm run bench:live -- --participants 1000 --rate 10 --votes 100
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};

// ---------- child roles ----------
async function serveStreams(port: number) {
  const { workshopStream } = await import("../lib/workshops/events");
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const ctl = new AbortController();
    res.on("close", () => ctl.abort());
    const response = workshopStream(
      new Request(url, { signal: ctl.signal, headers: req.headers as Record<string, string> }),
      url.searchParams.get("w")!,
      "all",
      async () => ({ hello: true }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    const reader = response.body!.getReader();
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) break;
      res.write(value);
    }
    res.end();
  });
  server.listen(port, "127.0.0.1", () => process.send?.("ready"));
}

async function serveVotes(port: number) {
  const { submitEntry } = await import("../lib/workshops/participant/participant");
  const server = http.createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const { participantId, workshopId, activityId, choice, culture } = JSON.parse(body) as {
      participantId: string;
      workshopId: string;
      activityId: string;
      choice: number;
      culture?: { now: number[]; preferred: number[] };
    };
    try {
      await submitEntry(
        { id: participantId, workshopId, name: "" },
        culture
          ? { activityId, clientId: crypto.randomUUID(), ...culture }
          : { activityId, clientId: crypto.randomUUID(), choices: [choice] },
      );
      res.writeHead(200).end("ok");
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  server.listen(port, "127.0.0.1", () => process.send?.("ready"));
}

/** Opens an activity (and closes the others) the way the facilitator would, straight in the database. */
async function setOpen(url: string, workshopId: string, activityId: string) {
  const { createDb } = await import("../lib/db");
  const db = createDb(url);
  await db.workshopActivity.updateMany({ where: { workshopId, id: { not: activityId } }, data: { state: "closed" } });
  await db.workshopActivity.update({ where: { id: activityId }, data: { state: "open", resultsVisible: true } });
  await db.workshop.update({ where: { id: workshopId }, data: { currentActivityId: activityId } });
  await db.$disconnect();
}

// ---------- the conductor ----------
function startChild(role: string, port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "scripts/bench-live.ts", `--${role}`, String(port)],
    {
      env: { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim() },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    },
  );
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`${role} exited with ${code}`)));
  });
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function conduct() {
  const N = arg("participants", 1000);
  const rate = arg("rate", 10);
  const votes = Math.min(arg("votes", 100), N);
  const { startEmbeddedDb, freePort } = await import("./lib/embedded-db");
  const { applyMigrations } = await import("./lib/migrate");
  const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-bench-"));
  const pg = await startEmbeddedDb({ dataDir: path.join(dir, "pg"), persistent: false, database: "bench" });
  const children: ChildProcess[] = [];
  const cleanup = async () => {
    for (const c of children) c.kill("SIGTERM");
    await pg.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
  try {
    await applyMigrations(pg.url, undefined, () => {});
    process.env.DATABASE_URL = pg.url;
    const { createDb } = await import("../lib/db");
    const db = createDb(pg.url);
    const regency = await db.regency.create({
      data: { code: "99.99", kind: "kabupaten", name: "Bench", slug: "bench", province: "Bench" },
    });
    const w = await db.workshop.create({
      data: { regencyId: regency.id, title: "Bench", startsAt: new Date(), code: "BENCH1", askIdentity: false },
    });
    const options = ["A", "B", "C", "D"];
    const a = await db.workshopActivity.create({
      data: {
        regencyId: regency.id,
        workshopId: w.id,
        kind: "poll_single",
        title: "Bench",
        options,
        state: "open",
        resultsVisible: true,
      },
    });
    await db.workshop.update({ where: { id: w.id }, data: { currentActivityId: a.id } });
    const voters = Array.from({ length: votes }, () => crypto.randomUUID());
    await db.workshopParticipant.createMany({
      data: voters.map((id) => ({ id, workshopId: w.id, browserId: crypto.randomUUID() })),
    });
    // a second session to warm instance B up (first queries compile), outside the measurement
    const warm = await db.workshop.create({
      data: { regencyId: regency.id, title: "Warm-up", startsAt: new Date(), code: "WARMUP", askIdentity: false },
    });
    const warmAct = await db.workshopActivity.create({
      data: {
        regencyId: regency.id,
        workshopId: warm.id,
        kind: "poll_single",
        title: "Warm-up",
        options,
        state: "open",
      },
    });
    const warmVoters = Array.from({ length: 5 }, () => crypto.randomUUID());
    await db.workshopParticipant.createMany({
      data: warmVoters.map((id) => ({ id, workshopId: warm.id, browserId: crypto.randomUUID() })),
    });

    const env = {
      ...process.env,
      DATABASE_URL: pg.url,
      AUTH_SECRET: "bench-secret-bench-secret-bench",
      NODE_ENV: "production" as const,
    };
    const [portA, portB] = [await freePort(), await freePort()];
    children.push(await startChild("serve-streams", portA, env), await startChild("serve-votes", portB, env));
    console.log(`[bench] postgres ${pg.port}; streams on :${portA} (instance A), votes on :${portB} (instance B)`);

    // the culture phase: a culture activity, and a poll for comparison, each answered by all N at once
    const culture = await db.workshopActivity.create({
      data: { regencyId: regency.id, workshopId: w.id, kind: "culture", title: "Budaya", scaleMin: 0, scaleMax: 1 },
    });
    const burstPoll = await db.workshopActivity.create({
      data: { regencyId: regency.id, workshopId: w.id, kind: "poll_single", title: "Serentak", options },
    });
    const crowd = Array.from({ length: N }, () => crypto.randomUUID());
    await db.workshopParticipant.createMany({
      data: crowd.map((id) => ({ id, workshopId: w.id, browserId: crypto.randomUUID() })),
    });
    await db.$disconnect();

    // N participant streams on A
    const arrivals: Map<number, number>[] = [];
    /** per stream, per activity: when the event with each total first arrived */
    const byActivity: Map<string, Map<number, number>>[] = [];
    let opened = 0;
    const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
    await new Promise<void>((resolve, reject) => {
      for (let s = 0; s < N; s++) {
        const seen = new Map<number, number>();
        arrivals.push(seen);
        const perActivity = new Map<string, Map<number, number>>();
        byActivity.push(perActivity);
        const req = http.get({ host: "127.0.0.1", port: portA, path: `/stream?w=${w.id}`, agent }, (res) => {
          let buf = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => {
            buf += chunk;
            let i;
            while ((i = buf.indexOf("\n\n")) >= 0) {
              const frame = buf.slice(0, i);
              buf = buf.slice(i + 2);
              if (frame.includes("event: state")) {
                if (++opened === N) resolve();
                continue;
              }
              if (!frame.includes("event: results")) continue;
              const m = /"total":(\d+)/.exec(frame);
              const total = m ? Number(m[1]) : -1;
              const act = /"activityId":"([0-9a-f-]{36})"/.exec(frame)?.[1] ?? "";
              if (!perActivity.has(act)) perActivity.set(act, new Map());
              if (!perActivity.get(act)!.has(total)) perActivity.get(act)!.set(total, performance.now());
              if (act !== a.id) continue;
              if (!seen.has(total)) seen.set(total, performance.now());
            }
          });
        });
        req.on("error", reject);
      }
    });
    for (const participantId of warmVoters) {
      const body = JSON.stringify({ participantId, workshopId: warm.id, activityId: warmAct.id, choice: 0 });
      await new Promise<void>((resolve) =>
        http
          .request(
            {
              host: "127.0.0.1",
              port: portB,
              path: "/vote",
              method: "POST",
              headers: { "Content-Type": "application/json" },
            },
            (res) => {
              res.resume();
              res.on("end", resolve);
            },
          )
          .end(body),
      );
    }
    console.log(`[bench] ${N} streams open; voting ${votes} times at ${rate}/s through instance B…`);

    const sentAt: number[] = [];
    const failed: string[] = [];
    const voteMs: number[] = [];
    const interval = 1000 / rate;
    const t0 = performance.now();
    await Promise.all(
      voters.map(
        (participantId, k) =>
          new Promise<void>((resolve) => {
            setTimeout(
              () => {
                sentAt[k + 1] = performance.now();
                const body = JSON.stringify({
                  participantId,
                  workshopId: w.id,
                  activityId: a.id,
                  choice: k % options.length,
                });
                const req = http.request(
                  {
                    host: "127.0.0.1",
                    port: portB,
                    path: "/vote",
                    method: "POST",
                    headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
                  },
                  (res) => {
                    res.resume();
                    voteMs.push(performance.now() - sentAt[k + 1]);
                    if (res.statusCode !== 200) failed.push(String(res.statusCode));
                    res.on("end", resolve);
                  },
                );
                req.on("error", (e) => {
                  failed.push(e.message);
                  resolve();
                });
                req.end(body);
              },
              Math.max(0, t0 + k * interval - performance.now()),
            );
          }),
      ),
    );
    // let the last events arrive
    const deadline = performance.now() + 10_000;
    while (performance.now() < deadline && arrivals.some((m) => m.size < votes))
      await new Promise((r) => setTimeout(r, 100));

    // Votes are one per participant and serialized per workshop, so the k-th committed vote
    // makes results.total = k: the event with total k answers vote k (the rate keeps votes apart).
    const latencies: number[] = [];
    let delivered = 0;
    for (const m of arrivals)
      for (const [total, at] of m)
        if (total >= 1 && total <= votes) {
          delivered++;
          latencies.push(at - sentAt[total]);
        }
    latencies.sort((x, y) => x - y);
    const firsts: number[] = [];
    for (let k = 1; k <= votes; k++) {
      let f = Infinity;
      for (const m of arrivals) {
        const at = m.get(k);
        if (at !== undefined && at < f) f = at;
      }
      if (f < Infinity) firsts.push(f - sentAt[k]);
    }
    firsts.sort((x, y) => x - y);
    const expected = N * votes;
    console.log(`[bench] participants=${N} votes=${votes} rate=${rate}/s failedVotes=${failed.length}`);
    console.log(`[bench] delivered ${delivered}/${expected} = ${((delivered / expected) * 100).toFixed(2)}%`);
    console.log(
      `[bench] vote → stream latency p50=${percentile(latencies, 50).toFixed(1)} ms p95=${percentile(latencies, 95).toFixed(1)} ms max=${percentile(latencies, 100).toFixed(1)} ms`,
    );
    voteMs.sort((x, y) => x - y);
    console.log(
      `[bench] first stream to hear of a vote: p50=${percentile(firsts, 50).toFixed(1)} ms p95=${percentile(firsts, 95).toFixed(1)} ms`,
    );
    console.log(
      `[bench] vote request (B, until commit) p50=${percentile(voteMs, 50).toFixed(1)} ms p95=${percentile(voteMs, 95).toFixed(1)} ms`,
    );

    // ---------- all N at once: a culture activity, then a poll ----------
    const burst = async (label: string, activityId: string, body: (k: number) => Record<string, unknown>) => {
      await setOpen(pg.url, w.id, activityId);
      const commits: number[] = [];
      const bad: string[] = [];
      const t1 = performance.now();
      await Promise.all(
        crowd.map(
          (participantId, k) =>
            new Promise<void>((resolve) => {
              const payload = JSON.stringify({ participantId, workshopId: w.id, activityId, ...body(k) });
              const req = http.request(
                {
                  host: "127.0.0.1",
                  port: portB,
                  path: "/vote",
                  method: "POST",
                  headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) },
                },
                (res) => {
                  res.resume();
                  commits.push(performance.now());
                  if (res.statusCode !== 200) bad.push(String(res.statusCode));
                  res.on("end", resolve);
                },
              );
              req.on("error", (e) => {
                bad.push(e.message);
                resolve();
              });
              req.end(payload);
            }),
        ),
      );
      const allIn = performance.now() - t1;
      const until = performance.now() + 15_000;
      const last = N - bad.length;
      while (performance.now() < until && byActivity.some((m) => !m.get(activityId)?.has(last)))
        await new Promise((r) => setTimeout(r, 100));
      // answers commit one after another (the workshop's event lock), so the j-th commit is the
      // event with total j: its update latency is when a stream had it, less when j had committed
      commits.sort((x, y) => x - y);
      const lag: number[] = [];
      const presenter: number[] = [];
      let got = 0;
      for (const [s, m] of byActivity.entries()) {
        const seen = m.get(activityId) ?? new Map<number, number>();
        for (const [total, at] of seen)
          if (total >= 1 && total <= commits.length) {
            got++;
            const d = Math.max(0, at - commits[total - 1]);
            lag.push(d);
            if (s === 0) presenter.push(d);
          }
      }
      lag.sort((x, y) => x - y);
      presenter.sort((x, y) => x - y);
      console.log(
        `[bench] ${label}: ${N} answers at once, failed=${bad.length}, all committed in ${allIn.toFixed(0)} ms; events received ${got} (every stream skips none it was sent)`,
      );
      console.log(
        `[bench] ${label}: update latency (commit → stream) p50=${percentile(lag, 50).toFixed(1)} ms p95=${percentile(lag, 95).toFixed(1)} ms; presenter (one stream) p95=${percentile(presenter, 95).toFixed(1)} ms`,
      );
      return { p95: percentile(lag, 95), presenterP95: percentile(presenter, 95), allIn };
    };
    const even = Array.from({ length: 24 }, () => 25);
    const tilted = Array.from({ length: 6 }, () => [40, 10, 20, 30]).flat();
    const cultureRun = await burst("culture", culture.id, (k) => ({
      culture: { now: k % 2 ? even : tilted, preferred: k % 3 ? tilted : even },
    }));
    const pollRun = await burst("poll", burstPoll.id, (k) => ({ choice: k % options.length }));
    console.log(
      `[bench] presenter update p95, ${N} at once: poll ${pollRun.presenterP95.toFixed(1)} ms · culture ${cultureRun.presenterP95.toFixed(1)} ms (all streams: poll ${pollRun.p95.toFixed(1)} ms · culture ${cultureRun.p95.toFixed(1)} ms; all answers in: poll ${pollRun.allIn.toFixed(0)} ms · culture ${cultureRun.allIn.toFixed(0)} ms)`,
    );
    agent.destroy();
  } finally {
    await cleanup();
  }
  process.exit(0);
}

const role = process.argv.find((a) => a === "--serve-streams" || a === "--serve-votes");
if (role === "--serve-streams") void serveStreams(Number(process.argv[process.argv.indexOf(role) + 1]));
else if (role === "--serve-votes") void serveVotes(Number(process.argv[process.argv.indexOf(role) + 1]));
else await conduct();
