// `npm run bench:live` — a benchmark, not a test. A throwaway embedded Postgres, and the live
// module in two server processes: A serves N participant SSE streams (the real workshopStream:
// LISTEN hub, catch-up, fan-out), B takes votes (the real submitEntry: upsert, tally, event,
// pg_notify at commit). This process opens the streams on A, votes through B at a given rate
// and prints how many results events arrived on every stream and the vote → stream latency.
// Then the same streams follow a culture activity (48 points per answer, the profile tallied in
// SQL) answered the same way, and the presenter update p95 of both side by side; `--burst` adds
// every participant answering at once (culture, then a poll).
//   npm run bench:live -- --participants 1000 --rate 10 --votes 100 [--burst]
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};

// ---------- child roles ----------
/**
 * The children run the server code under plain Node (no bundler): the one client component an
 * activity kind draws with (the culture kite, recharts) would load React's browser half under the
 * react-server condition, so it is replaced by a stub here, as Next replaces it by a client reference.
 */
function stubClientComponents() {
  const hook = `export async function resolve(specifier, context, next) {
    if (/components\\/culture\\/culture-kite(\\.tsx)?$/.test(specifier))
      return { url: "data:text/javascript,export const CultureKite = () => null;", shortCircuit: true };
    return next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url);
}

async function serveStreams(port: number) {
  stubClientComponents();
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
  stubClientComponents();
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

    // ---------- the culture activity, the same way: answers at the same rate, N streams following ----------
    const send = (
      activityId: string,
      participantId: string,
      extra: Record<string, unknown>,
      onDone: (status: string) => void,
    ) => {
      const payload = JSON.stringify({ participantId, workshopId: w.id, activityId, ...extra });
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
          res.on("end", () => onDone(String(res.statusCode)));
        },
      );
      req.on("error", (e) => onDone(e.message));
      req.end(payload);
    };
    const even = Array.from({ length: 24 }, () => 25);
    const tilted = Array.from({ length: 6 }, () => [40, 10, 20, 30]).flat();
    const cultureAnswer = (k: number) => ({
      culture: { now: k % 2 ? even : tilted, preferred: k % 3 ? tilted : even },
    });

    /** Answers `count` of the crowd at `perSecond` (Infinity: all at once); the k-th commit is total k. */
    const phase = async (
      label: string,
      activityId: string,
      count: number,
      perSecond: number,
      extra: (k: number) => Record<string, unknown>,
    ) => {
      await setOpen(pg.url, w.id, activityId);
      const sent: number[] = [];
      const bad: string[] = [];
      const start = performance.now();
      const gap = Number.isFinite(perSecond) ? 1000 / perSecond : 0;
      await Promise.all(
        crowd.slice(0, count).map(
          (participantId, k) =>
            new Promise<void>((resolve) =>
              setTimeout(
                () => {
                  sent[k + 1] = performance.now();
                  send(activityId, participantId, extra(k), (status) => {
                    if (status !== "200") bad.push(status);
                    resolve();
                  });
                },
                Math.max(0, start + k * gap - performance.now()),
              ),
            ),
        ),
      );
      const allIn = performance.now() - start;
      const last = count - bad.length;
      const until = performance.now() + 15_000;
      while (performance.now() < until && byActivity.some((m) => !m.get(activityId)?.has(last)))
        await new Promise((r) => setTimeout(r, 100));
      // spaced answers: the event with total k answers the k-th sent; all at once: the time from the start
      const origin = (k: number) => (gap ? sent[k] : start);
      const all: number[] = [];
      const first: number[] = [];
      let got = 0;
      for (let k = 1; k <= last; k++) {
        let f = Infinity;
        for (const m of byActivity) {
          const at = m.get(activityId)?.get(k);
          if (at === undefined) continue;
          got++;
          all.push(at - origin(k));
          f = Math.min(f, at);
        }
        if (f < Infinity) first.push(f - origin(k));
      }
      all.sort((x, y) => x - y);
      first.sort((x, y) => x - y);
      console.log(
        `[bench] ${label}: ${count} answers ${gap ? `at ${perSecond}/s` : "at once"}, failed=${bad.length} ${bad.slice(0, 3).join(",")}; delivered ${got}/${N * last}; all answered in ${allIn.toFixed(0)} ms`,
      );
      console.log(
        `[bench] ${label}: answer → stream p50=${percentile(all, 50).toFixed(1)} ms p95=${percentile(all, 95).toFixed(1)} ms; first stream (the presenter's view) p95=${percentile(first, 95).toFixed(1)} ms`,
      );
      return { p95: percentile(all, 95), first95: percentile(first, 95) };
    };
    const cultureRun = await phase("culture", culture.id, votes, rate, cultureAnswer);
    console.log(
      `[bench] presenter update p95 at ${rate}/s with ${N} streams: poll ${percentile(firsts, 95).toFixed(1)} ms (every stream ${percentile(latencies, 95).toFixed(1)} ms) · culture ${cultureRun.first95.toFixed(1)} ms (every stream ${cultureRun.p95.toFixed(1)} ms)`,
    );
    if (process.argv.includes("--burst")) {
      // every participant at once (a stress case: transactions queue for the workshop's event lock)
      const burstCulture = await phase("culture burst", culture.id, N, Infinity, cultureAnswer);
      const burstPollRun = await phase("poll burst", burstPoll.id, N, Infinity, (k) => ({
        choice: k % options.length,
      }));
      console.log(
        `[bench] all ${N} at once, presenter p95: poll ${burstPollRun.first95.toFixed(1)} ms · culture ${burstCulture.first95.toFixed(1)} ms`,
      );
    }
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
