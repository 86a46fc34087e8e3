// Applies prisma/migrations the way `prisma migrate deploy` does, so Prisma accepts the result
// as its own: same _prisma_migrations table, SHA-256 checksums, one transaction per file and
// Prisma's advisory lock number so concurrent starts serialize. That lock is a session's, so `url`
// must reach Postgres directly, never PgBouncer in transaction mode (scripts/lib/runtime-env.ts
// gives it DATABASE_OWNER_URL, else DIRECT_DATABASE_URL, else DATABASE_URL).
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const LOCK = 72707369;

export async function applyMigrations(
  url: string,
  dir = path.resolve("prisma/migrations"),
  log = console.log,
): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const rows = (
      await client.query(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`)
    ).rows;
    const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
    if (failed)
      throw new Error(
        `Migration ${failed.migration_name} failed earlier; fix the database and mark it rolled back before going on.`,
      );
    const done = new Map(
      rows.filter((r) => r.finished_at).map((r) => [r.migration_name as string, r.checksum as string]),
    );
    const names = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
      .map((d) => d.name)
      .sort();
    for (const name of names) {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      if (done.has(name)) {
        if (done.get(name) !== checksum) log(`warning: migration ${name} was changed after it was applied`);
        continue;
      }
      const id = randomUUID();
      await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`, [
        id,
        checksum,
        name,
      ]);
      try {
        await client.query(sql); // simple query protocol: the whole file is one implicit transaction
      } catch (e) {
        await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [
          id,
          String((e as Error).stack ?? e),
        ]);
        throw new Error(`Migration ${name} failed: ${(e as Error).message}`);
      }
      await client.query(
        `UPDATE "_prisma_migrations" SET applied_steps_count = applied_steps_count + 1, finished_at = now() WHERE id = $1`,
        [id],
      );
      applied.push(name);
      log(`applied migration ${name}`);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK]).catch(() => {});
    await client.end();
  }
  return applied;
}
