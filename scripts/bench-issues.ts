// Benchmark, not a test: seeds 514 regencies × 2,000 issues (≈1M issues, one timeline note
// each) into a throwaway embedded Postgres with set-based SQL, then prints p50/p95 of the
// dashboard queries and of the issue-list query of one regency.
//   npm run bench:issues            (BENCH_ISSUES=2000 BENCH_RUNS=30 to change the size)
import { nationalFigures, refreshRegencyFigures } from "@/lib/dashboard/national";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import {
  agencyAttention,
  dashboardTotals,
  needsAttention,
  openByCategory,
  openByStage,
  recentUpdates,
  weeklyFlow,
} from "@/lib/dashboard/sql";
import { syncAttentionNotifications } from "@/lib/issues/attention-notify";
import { queryIssueList } from "@/lib/issues/list-sql";
import { seedFoundation } from "../prisma/seed/foundation";
import { startEmbeddedDb } from "./lib/embedded-db";
import { seedIssuesAtScale } from "./lib/national-scale";
import { applyMigrations } from "./lib/migrate";

const PER_REGENCY = Number(process.env.BENCH_ISSUES || 2000);
const RUNS = Number(process.env.BENCH_RUNS || 30);

function pct(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-bench-"));
  const pg = await startEmbeddedDb({ dataDir: path.join(dir, "pg"), persistent: false, database: "bench" });
  // own client (lib/db would read the app's env at import)
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url, max: 10 }) });
  const stop = async () => {
    await db.$disconnect().catch(() => {});
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));
  try {
    let t0 = performance.now();
    await applyMigrations(pg.url, undefined, () => {});
    const ctx = await seedFoundation(db);
    console.log(`migrations + 514 regencies: ${Math.round(performance.now() - t0)} ms`);

    t0 = performance.now();
    await seedIssuesAtScale(db, PER_REGENCY);
    await db.$executeRawUnsafe(`ANALYZE`);
    const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Issue"`);
    console.log(
      `seeded ${n.toLocaleString("en")} issues (+ as many timeline notes) in ${Math.round(performance.now() - t0)} ms\n`,
    );

    const regencyId = ctx.regencies.pangandaran;
    const now = new Date();
    const first = await queryIssueList(db, regencyId, {}, now);
    const cases: [string, () => Promise<unknown>][] = [
      ["dashboard: totals", () => dashboardTotals(db, regencyId, now)],
      ["dashboard: open by stage", () => openByStage(db, regencyId)],
      ["dashboard: open by category", () => openByCategory(db, regencyId)],
      ["dashboard: agency attention", () => agencyAttention(db, regencyId, now)],
      ["dashboard: new vs closed per week", () => weeklyFlow(db, regencyId, now)],
      ["dashboard: needs attention (top 15)", () => needsAttention(db, regencyId, now, 15)],
      ["dashboard: recent updates", () => recentUpdates(db, regencyId)],
      ["dashboard: stale notifications sync", () => syncAttentionNotifications(db, regencyId, now)],
      [
        "dashboard: whole page (as rendered)",
        () =>
          syncAttentionNotifications(db, regencyId, now).then(() =>
            Promise.all([
              dashboardTotals(db, regencyId, now),
              openByStage(db, regencyId),
              openByCategory(db, regencyId),
              agencyAttention(db, regencyId, now),
              weeklyFlow(db, regencyId, now),
              needsAttention(db, regencyId, now, 15),
              needsAttention(db, regencyId, now, 200),
              recentUpdates(db, regencyId),
            ]),
          ),
      ],
      ["list: first page, newest", () => queryIssueList(db, regencyId, {}, now)],
      [
        "list: second page (keyset)",
        () => queryIssueList(db, regencyId, { after: first.nextCursor ?? undefined }, now),
      ],
      [
        "list: stale, longest without update",
        () => queryIssueList(db, regencyId, { stale: "1", sort: "updated" }, now),
      ],
      [
        "list: search + category + priority",
        () => queryIssueList(db, regencyId, { q: "pembangunan 1", category: "finance", priority: "high" }, now),
      ],
      // full text (indonesian stemming, lib/search/fts.ts): every seeded title holds "pembangunan",
      // so "membangun" ranks all 2,000 of the regency's issues, the worst case for one regency
      ["search: full text, every issue matches", () => queryIssueList(db, regencyId, { q: "membangun" }, now)],
      [
        "search: full text, second page (offset)",
        () => queryIssueList(db, regencyId, { q: "membangun", after: "50" }, now),
      ],
      ["search: two words, few matches", () => queryIssueList(db, regencyId, { q: "pembangunan 1234" }, now)],
      ["search: prefix of the last word", () => queryIssueList(db, regencyId, { q: "isu pembang" }, now)],
      ["search: number (ISU-1234)", () => queryIssueList(db, regencyId, { q: "ISU-1234" }, now)],
      ["search: word in no issue", () => queryIssueList(db, regencyId, { q: "kerbau" }, now)],
      ["list: overdue by due date", () => queryIssueList(db, regencyId, { overdue: "1", sort: "due" }, now)],
      ["overview: all regencies (snapshot read)", () => nationalFigures(db, "all", {})],
      ["overview: the snapshot recomputed (sweep)", () => refreshRegencyFigures(db, now)],
    ];
    console.log(
      `${"query".padEnd(40)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}   (${RUNS} runs after 3 warm-ups, one regency of ${PER_REGENCY.toLocaleString("en")} issues)`,
    );
    for (const [name, run] of cases) {
      for (let i = 0; i < 3; i++) await run();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        await run();
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${name.padEnd(40)} ${pct(times, 50).toFixed(1).padStart(8)} ${pct(times, 95).toFixed(1).padStart(8)}`,
      );
    }
    if (process.env.BENCH_EXPLAIN) {
      // how Postgres finds a regency's matches: its GIN index for a rare word, the regency's own
      // index when the word is in most issues (the planner reads the lexeme statistics of ANALYZE)
      for (const q of ["kerbau", "pembangunan 1234", "membangun"]) {
        const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>`
          EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
          SELECT i.id FROM "Issue" i
          WHERE i."regencyId" = ${regencyId}::uuid AND i.triage = 'accepted' AND i.search @@ websearch_to_tsquery('indonesian', ${q})
          ORDER BY ts_rank_cd(i.search, websearch_to_tsquery('indonesian', ${q})) DESC, i.number DESC LIMIT 51`;
        console.log(`\nplan for "${q}":\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}`);
      }
    }
  } finally {
    await stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
