// `npm run bench:tables` — how big the heaviest tables grow at national scale: a throwaway
// embedded Postgres with the migrations, the demo seed and the national-scale volumes of
// `npm run bench` (scripts/lib/national-scale.ts), then each table's rows and bytes on disk
// (heap, indexes and TOAST) and the bytes per row. A measurement for docs/deployment.md.
//   BENCH_ISSUES=2000 npm run bench:tables
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { startEmbeddedDb } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrate";
import { seedNationalScale } from "./lib/national-scale";

const PER_REGENCY = Number(process.env.BENCH_ISSUES || 2000);

const dir = mkdtempSync(path.join(os.tmpdir(), "mekar-bench-tables-"));
const pg = await startEmbeddedDb({ dataDir: path.join(dir, "pg"), persistent: false, database: "bench" });
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pg.url, max: 4 }) });
try {
  await applyMigrations(pg.url, undefined, () => {});
  process.env.DATABASE_URL = pg.url; // the seed's modules read it when they load
  const { seedIfEmpty } = await import("../prisma/seed");
  await seedIfEmpty(pg.url);
  const t0 = Date.now();
  const volumes = await seedNationalScale(db, PER_REGENCY, (m) => console.log(`  ${m}`));
  console.log(`national scale seeded in ${Math.round((Date.now() - t0) / 1000)} s: ${JSON.stringify(volumes)}`);
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  const rows = await db.$queryRawUnsafe<
    { table: string; rows: bigint; heap: bigint; indexes: bigint; toast: bigint; total: bigint }[]
  >(`
    SELECT c.relname AS table, c.reltuples::bigint AS rows, pg_relation_size(c.oid) AS heap,
           pg_indexes_size(c.oid) AS indexes,
           coalesce(pg_total_relation_size(c.reltoastrelid), 0) AS toast, pg_total_relation_size(c.oid) AS total
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'
    ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 15`);
  const mb = (b: bigint) => (Number(b) / 1024 / 1024).toFixed(1);
  const [{ size }] = await db.$queryRawUnsafe<{ size: bigint }[]>(
    `SELECT pg_database_size(current_database()) AS size`,
  );
  console.log(`\ndatabase ${mb(size)} MB; ${PER_REGENCY} issues per regency\n`);
  console.log("| table | rows | heap MB | indexes MB | TOAST MB | total MB | bytes per row |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const r of rows)
    console.log(
      `| \`${r.table}\` | ${Number(r.rows).toLocaleString("en")} | ${mb(r.heap)} | ${mb(r.indexes)} | ${mb(r.toast)} | ${mb(r.total)} | ${Number(r.rows) > 0 ? Math.round(Number(r.total) / Number(r.rows)) : "—"} |`,
    );
} finally {
  await db.$disconnect().catch(() => {});
  await pg.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
}
