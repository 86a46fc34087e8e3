// Backup and restore without pg_dump (the embedded package ships only initdb, pg_ctl and
// postgres, and Debian's pg_dump 15 refuses a PostgreSQL 18 server). A backup is a folder:
//   manifest.json       migrations applied (name + checksum), tables with row counts
//   <Table>.copy.gz     each table's rows in COPY text format
//   files/              the uploaded evidence and images
// Restore applies the same migrations to an empty database, then loads the tables parents
// first. Audit events keep their stored hashes (the chain trigger leaves a set hash alone),
// so the restored chain verifies exactly as the original did.
import {
  cpSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { applyMigrations } from "./migrate";

export type Manifest = {
  format: "mekar-backup/1";
  createdAt: string;
  migrations: { name: string; checksum: string }[];
  tables: { name: string; rows: number }[];
};

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Our tables, parents before children (by foreign keys); self-references are fine in one COPY. */
async function tablesInLoadOrder(c: pg.Client): Promise<string[]> {
  const tables = (
    await c.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    )
  ).rows.map((r) => r.tablename as string);
  const deps = (
    await c.query(`
    SELECT child.relname AS child, parent.relname AS parent FROM pg_constraint k
    JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = child.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND child.relname <> parent.relname`)
  ).rows as { child: string; parent: string }[];
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string, trail: Set<string>) => {
    if (seen.has(t) || trail.has(t)) return;
    trail.add(t);
    for (const d of deps.filter((x) => x.child === t)) visit(d.parent, trail);
    seen.add(t);
    order.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return order;
}

export async function backupDatabase(url: string, dir: string, uploadsDir?: string): Promise<Manifest> {
  mkdirSync(dir, { recursive: true });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    // one snapshot for every table: the backup is consistent while the app keeps running
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (
      await c.query(
        `SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows;
    const tables: Manifest["tables"] = [];
    for (const name of await tablesInLoadOrder(c)) {
      const rows = Number((await c.query(`SELECT count(*) AS n FROM ${q(name)}`)).rows[0].n);
      await pipeline(
        c.query(copyTo(`COPY ${q(name)} TO STDOUT`)),
        createGzip(),
        createWriteStream(path.join(dir, `${name}.copy.gz`)),
      );
      tables.push({ name, rows });
    }
    await c.query("COMMIT");
    const manifest: Manifest = { format: "mekar-backup/1", createdAt: new Date().toISOString(), migrations, tables };
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
    if (uploadsDir && existsSync(uploadsDir)) cpSync(uploadsDir, path.join(dir, "files"), { recursive: true });
    return manifest;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await c.end();
  }
}

/** Restores into an EMPTY database (refuses one that has our tables), then the files. */
export async function restoreDatabase(
  url: string,
  dir: string,
  uploadsDir?: string,
  log: (m: string) => void = () => {},
): Promise<Manifest> {
  const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
  if (manifest.format !== "mekar-backup/1") throw new Error("not a Mekar backup");
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const existing = await c.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'User'`);
    if (existing.rowCount) throw new Error("the target database is not empty: restore into a new database");
  } finally {
    await c.end();
  }
  // the schema exactly as it was: the backup's migrations, which must be this code's own
  const migrationsDir = path.resolve("prisma/migrations");
  for (const m of manifest.migrations) {
    if (!existsSync(path.join(migrationsDir, m.name, "migration.sql")))
      throw new Error(`the backup needs migration ${m.name}, which this version of Mekar does not have`);
  }
  await applyMigrations(url, migrationsDir, log);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    // The rows come from one consistent snapshot, so foreign keys hold once all are loaded; but
    // some tables reference each other both ways (a piece and its images), which no load order
    // satisfies row by row. As superuser (the embedded database) the load runs in replica mode:
    // it skips FK triggers and the audit trigger (hashes are restored as stored).
    await client.query("SAVEPOINT replica");
    try {
      await client.query("SET LOCAL session_replication_role = replica");
    } catch {
      await client.query("ROLLBACK TO SAVEPOINT replica"); // not superuser: parents-first order only
    }
    for (const t of manifest.tables) {
      await pipeline(
        createReadStream(path.join(dir, `${t.name}.copy.gz`)),
        createGunzip(),
        client.query(copyFrom(`COPY ${q(t.name)} FROM STDIN`)),
      );
      const n = Number((await client.query(`SELECT count(*) AS n FROM ${q(t.name)}`)).rows[0].n);
      if (n !== t.rows) throw new Error(`${t.name}: restored ${n} rows, the backup has ${t.rows}`);
    }
    // serial columns continue after the restored rows
    const serials = (
      await client.query(
        `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
      )
    ).rows;
    for (const s of serials) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST((SELECT max(${q(s.column_name)}) FROM ${q(s.table_name)}), 1))`,
        [q(s.table_name), s.column_name],
      );
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
  if (uploadsDir && existsSync(path.join(dir, "files")))
    cpSync(path.join(dir, "files"), uploadsDir, { recursive: true });
  return manifest;
}
