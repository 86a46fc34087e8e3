// Backup and restore without pg_dump (the embedded package ships only initdb, pg_ctl and
// postgres, and Debian's pg_dump 15 refuses a PostgreSQL 18 server). A backup is a folder:
//   manifest.json       migrations applied (name + checksum), tables with row counts
//   <Table>.copy.gz     each table's rows in COPY text format
//   files/              the uploaded evidence and images, one file per object (its storage key)
// Restore applies the same migrations to an empty database, then loads the tables parents
// first. Audit events keep their stored hashes (the chain trigger leaves a set hash alone),
// so the restored chain verifies exactly as the original did. The files come from, and go back
// into, whichever object store is configured (lib/files/storage: the local disk or an S3 bucket),
// so a backup of a disk deployment restores into S3 and the other way round.
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { AppError } from "../../lib/errors";
import { isStorageKey, type ObjectStore } from "../../lib/files/storage";
import { applyMigrations } from "./migrate";

export type Manifest = {
  format: "mekar-backup/1";
  createdAt: string;
  migrations: { name: string; checksum: string }[];
  tables: { name: string; rows: number }[];
  /** the stored files copied into files/ (absent in backups made before object storage) */
  files?: { count: number; bytes: number };
};

/** Copies every object of the store into <dir>/files (0700 folder, 0600 files). */
export async function backupFiles(store: ObjectStore, dir: string): Promise<{ count: number; bytes: number }> {
  const into = path.join(dir, "files");
  mkdirSync(into, { recursive: true, mode: 0o700 });
  let count = 0;
  let bytes = 0;
  for await (const key of store.list()) {
    const data = await store.get(key).catch((e) => {
      if (e instanceof AppError && e.code === "NOT_FOUND") return null; // deleted while listing
      throw e;
    });
    if (!data) continue;
    await writeFile(path.join(into, key), data, { mode: 0o600 });
    count++;
    bytes += data.length;
  }
  return { count, bytes };
}

/**
 * Puts every file of <dir>/files into the store. An object already there under the same key is
 * left alone (keys are random ids: it is this same file, e.g. from a restore run twice).
 */
export async function restoreFiles(
  dir: string,
  store: ObjectStore,
): Promise<{ count: number; bytes: number; alreadyThere: number }> {
  const from = path.join(dir, "files");
  const out = { count: 0, bytes: 0, alreadyThere: 0 };
  if (!existsSync(from)) return out;
  for (const key of readdirSync(from)) {
    if (!isStorageKey(key)) continue;
    const data = await readFile(path.join(from, key));
    try {
      await store.put(key, data);
    } catch (e) {
      if (!(e instanceof AppError && e.code === "CONFLICT")) throw e;
      out.alreadyThere++;
    }
    out.count++;
    out.bytes += data.length;
  }
  return out;
}

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

export async function backupDatabase(url: string, dir: string, files?: ObjectStore): Promise<Manifest> {
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
    // after the snapshot: every file its rows name is already stored (files are never replaced)
    if (files) manifest.files = await backupFiles(files, dir);
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
    return manifest;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await c.end();
  }
}

/** Restores into an EMPTY database (refuses one that has our tables), then the files into the store. */
export async function restoreDatabase(
  url: string,
  dir: string,
  files?: ObjectStore,
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
  if (files) {
    const put = await restoreFiles(dir, files);
    if (manifest.files && put.count !== manifest.files.count)
      throw new Error(`files: restored ${put.count}, the backup has ${manifest.files.count}`);
    log(`${put.count} files (${put.bytes} bytes) into the ${files.kind === "s3" ? "S3 bucket" : "upload folder"}`);
  }
  return manifest;
}
