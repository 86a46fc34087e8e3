// `npm run bench:writes`: bursts of audited writes against the PRODUCTION server. Starts a
// throwaway embedded Postgres with the demo data, gives 50 regencies a coordinator each, starts
// the app exactly as `npm start` does (the app connecting as its own least-privilege role), and
// has 200 writers (4 per regency) create issues at once through the real server action over
// HTTP (Next-Action header, React's reply encoding, as scripts/bench.ts does). Prints throughput,
// p50/p95 and the error count; each write is checked (a redirect to the new issue, and the issue
// and its audit event exist). A benchmark: it measures; the target is 0 errors and p95 < 500 ms.
//   BENCH_WRITERS=200 BENCH_REGENCIES=50 BENCH_WRITES=5 BENCH_THINK_MS=0 npm run bench:writes
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { grantAppRole } from "./lib/app-role";
import { benchSession } from "./lib/bench-session";
import { freePort, startEmbeddedDb } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrate";
import { checkSettings } from "./lib/script-settings";

checkSettings({ authSecret: "unused" });
const WRITERS = Number(process.env.BENCH_WRITERS || 200);
const REGENCIES = Number(process.env.BENCH_REGENCIES || 50);
const WRITES = Number(process.env.BENCH_WRITES || 5); // per writer, one after the other
// a pause between one writer's saves (a person reads the page, types the next form); 0: a burst
const THINK_MS = Number(process.env.BENCH_THINK_MS || 0);
const DIST_DIR = process.env.BENCH_DIST_DIR || ".next-bench"; // BENCH_DIST_DIR=.next-e2e reuses the e2e build

const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? NaN;

function createIssueActionId(): string {
  const manifest = JSON.parse(
    readFileSync(path.join(DIST_DIR, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const hit = Object.entries(manifest.node).find(
    ([, a]) => a.filename === "lib/issues/actions.ts" && a.exportedName === "createIssueAction",
  );
  if (!hit) throw new Error(`no createIssueAction in ${DIST_DIR}`);
  return hit[0];
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-bench-writes-"));
  const pg = await startEmbeddedDb({ dataDir: path.join(dir, "pg"), persistent: false, database: "bench" });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url, max: 4 }) });
  let app: ReturnType<typeof spawn> | null = null;
  const stop = async () => {
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((r) => app!.once("exit", r));
    }
    await db.$disconnect().catch(() => {});
    await pg.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));
  try {
    await applyMigrations(pg.url, undefined, () => {});
    await grantAppRole(pg.url, pg.appUrl);
    process.env.DATABASE_URL = pg.url; // the seed's modules read it when they load
    const { seedIfEmpty } = await import("../prisma/seed");
    await seedIfEmpty(pg.url);

    // one coordinator per regency (the demo coordinator's password hash: "mekar-demo")
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { email: "koordinator@mekar.test" },
      select: { passwordHash: true },
    });
    const regencies = await db.regency.findMany({
      orderBy: { code: "asc" },
      take: REGENCIES,
      select: { id: true, slug: true },
    });
    if (regencies.length < REGENCIES) throw new Error(`the demo data has only ${regencies.length} regencies`);
    for (const r of regencies) {
      const email = `bench-${r.slug}@mekar.test`;
      await db.user.upsert({
        where: { email },
        update: {},
        create: {
          email,
          name: `Koordinator ${r.slug}`,
          passwordHash,
          // coordinators must have a second factor (else they are led to enrol before anything)
          totpSecret: "MEKARDEMOMEKARDEMOMEKARDEMOMEKAR",
          totpEnabledAt: new Date(),
          memberships: { create: { regencyId: r.id, role: "coordinator" } },
        },
      });
    }

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    console.log(`starting the production server (builds into ${DIST_DIR} when the sources changed)…`);
    app = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: pg.appUrl,
        DATABASE_OWNER_URL: pg.url,
        AUTH_SECRET: randomBytes(32).toString("base64"),
        PORT: String(port),
        NEXT_DIST_DIR: DIST_DIR,
        MEKAR_DATA_DIR: path.join(dir, "data"),
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      app!.stdout!.on("data", (d: Buffer) => {
        if (/ready on http/.test(d.toString())) resolve();
      });
      app!.once("exit", (code) => reject(new Error(`app exited with ${code}`)));
    });
    const actionId = createIssueActionId();
    const cookies = new Map<string, string>();
    for (const r of regencies) cookies.set(r.id, await benchSession(base, db, `bench-${r.slug}@mekar.test`));

    const stamp = Date.now();
    const write = async (regencyId: string, title: string) => {
      const form = new FormData();
      for (const [k, v] of Object.entries({
        idempotencyKey: randomUUID(),
        regencyId,
        title,
        category: "infrastructure",
        description: "Jalan desa rusak setelah hujan deras.",
        impact: "3",
        urgency: "4",
      }))
        form.append(k, v);
      const body = await encodeReply([{ status: "idle" }, form]);
      const t0 = performance.now();
      const res = await fetch(`${base}/issues/new`, {
        method: "POST",
        redirect: "manual",
        headers: { "Next-Action": actionId, Origin: base, Accept: "text/x-component", cookie: cookies.get(regencyId)! },
        body,
      });
      const text = await res.text();
      const ms = performance.now() - t0;
      const ok = res.status === 200 && /^\/issues\/[0-9a-f-]{36}(;|$)/.test(res.headers.get("x-action-redirect") ?? "");
      // a refused write is either the form's "busy" answer (input kept) or anything else (a failure)
      return {
        ms,
        ok,
        detail: ok
          ? ""
          : text.includes("Mekar sedang sibuk")
            ? "busy answer (HTTP 200, form message)"
            : `HTTP ${res.status} ${text.slice(0, 200)}`,
      };
    };
    // warm-up: one write per regency, not counted
    await Promise.all(regencies.map((r, i) => write(r.id, `Pemanasan ${stamp}-${i}`)));

    console.log(
      `${WRITERS} writers over ${regencies.length} regencies, ${WRITES} issue creations each` +
        (THINK_MS ? `, ${THINK_MS} ms between one writer's saves…` : " as fast as answered…"),
    );
    const times: number[] = [];
    const errors: string[] = [];
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        const regency = regencies[w % regencies.length];
        for (let i = 0; i < WRITES; i++) {
          // writers start spread over one think time, then pause between saves
          if (THINK_MS) await new Promise((r) => setTimeout(r, i === 0 ? Math.random() * THINK_MS : THINK_MS));
          const r = await write(regency.id, `Isu beban tulis ${stamp}-${w}-${i}`).catch((e: unknown) => ({
            ms: NaN,
            ok: false,
            detail: String(e),
          }));
          if (r.ok) times.push(r.ms);
          else errors.push(r.detail);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const created = await db.issue.count({ where: { title: { startsWith: `Isu beban tulis ${stamp}-` } } });
    const audited = Number(
      (
        await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "AuditEvent" e JOIN "Issue" i ON i.id::text = e."entityId"
      WHERE e.action = 'issue.proposed' AND i.title LIKE ${`Isu beban tulis ${stamp}-%`}`
      )[0].n,
    );
    const roles = await db.$queryRaw<{ usename: string; n: bigint }[]>`
      SELECT usename, count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND usename <> 'postgres' GROUP BY usename`;
    const { verifyAuditChain } = await import("../lib/audit/verify");
    const chain = await verifyAuditChain(db);

    const total = WRITERS * WRITES;
    console.log(`\nwrites: ${total} (${created} issues stored, ${audited} audit events), errors: ${errors.length}`);
    console.log(`throughput: ${(times.length / seconds).toFixed(1)} writes/s over ${seconds.toFixed(1)} s`);
    console.log(
      `latency: p50 ${pct(times, 50).toFixed(0)} ms, p95 ${pct(times, 95).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
    );
    console.log(
      `audit chains: ${chain.ok ? "intact" : "BROKEN"} (${chain.chains.length} chains, ${chain.count} events)`,
    );
    console.log(`the app's connections: ${roles.map((r) => `${r.n} as ${r.usename}`).join(", ")}`);
    const kinds = new Map<string, number>();
    for (const e of errors) kinds.set(e, (kinds.get(e) ?? 0) + 1);
    for (const [e, n] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`  ${n} × ${e}`);
    console.log(
      `\n| writers | regencies | writes | errors | writes/s | p50 ms | p95 ms |\n| --- | --- | --- | --- | --- | --- | --- |\n| ${WRITERS} | ${regencies.length} | ${total} | ${errors.length} | ${(times.length / seconds).toFixed(1)} | ${pct(times, 50).toFixed(0)} | ${pct(times, 95).toFixed(0)} |`,
    );
    if (errors.length || created !== total - errors.length || audited !== created || !chain.ok) process.exitCode = 1;
  } finally {
    await stop();
  }
}

await main();
process.exit(process.exitCode ?? 0);
