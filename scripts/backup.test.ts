import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { verifyAuditChain } from "@/lib/audit/verify";
import { s3Settings } from "@/lib/env";
import { diskStore, s3Store } from "@/lib/files/storage";
import { startS3Server, type S3Server } from "@/tests/helpers/s3-server";
import { backupDatabase, restoreDatabase } from "./lib/backup";

const tmp = mkdtempSync(path.join(os.tmpdir(), "mekar-backup-test-"));
let s3: S3Server | undefined;
afterAll(async () => {
  await s3?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function counts(url: string): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const tables = (
    await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
  ).rows.map((r) => r.tablename as string);
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await c.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
  await c.end();
  return out;
}

describe("backup and restore", () => {
  it("restores every record into a fresh database with an intact audit chain, and refuses a non-empty target", async () => {
    const source = process.env.DATABASE_OWNER_URL!;
    const sourceDb = createDb(source);
    for (let i = 0; i < 3; i++)
      await sourceDb.auditEvent.create({
        data: { action: "test.before_backup", entityType: "test", entityId: String(i), changes: { n: [i, i + 1] } },
      });
    await sourceDb.$disconnect();
    // the files: from the upload folder of a disk deployment into the S3 bucket of the restored one
    const uploads = diskStore(path.join(tmp, "uploads"));
    const evidence = "6f1c2b1e-0000-4000-8000-000000000001.pdf";
    await uploads.put(evidence, Buffer.from("%PDF-1.4 notulen"));
    const dir = path.join(tmp, "backup");
    const manifest = await backupDatabase(source, dir, uploads);
    expect(manifest.tables.find((t) => t.name === "Regency")!.rows).toBeGreaterThanOrEqual(514);
    expect(manifest.files).toEqual({ count: 1, bytes: 16 });

    const admin = new pg.Client({ connectionString: source });
    await admin.connect();
    // named after the source: each vitest worker has its own source database on the same server
    const restored = `${new URL(source).pathname.slice(1)}_restored`;
    await admin.query(`CREATE DATABASE "${restored}"`);
    await admin.end();
    const target = source.replace(/\/[^/]+$/, `/${restored}`);
    s3 = await startS3Server({ bucket: "mekar-restored" });
    const bucket = s3Store(s3Settings(s3.env)!);
    await restoreDatabase(target, dir, bucket);
    expect((await bucket.get(evidence)).toString()).toBe("%PDF-1.4 notulen");

    const [before, after] = [await counts(source), await counts(target)];
    // the source may have gained rows from other tests since the snapshot: compare with the manifest
    for (const t of manifest.tables) expect(after[t.name], t.name).toBe(t.rows);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());

    const restoredDb = createDb(target);
    const chain = await verifyAuditChain(restoredDb);
    expect(chain).toMatchObject({ ok: true, count: manifest.tables.find((t) => t.name === "AuditEvent")!.rows });
    expect(chain.count).toBeGreaterThanOrEqual(3);
    // the restored database keeps working: a new audit event chains on
    await restoredDb.auditEvent.create({ data: { action: "test.after_restore", entityType: "test", entityId: "1" } });
    expect(await verifyAuditChain(restoredDb)).toMatchObject({ ok: true });
    const users = await restoredDb.user.findMany({
      where: { email: "koordinator@mekar.test" },
      select: { passwordHash: true },
    });
    expect(users[0].passwordHash).toMatch(/^\$argon2id/);
    await restoredDb.$disconnect();

    await expect(restoreDatabase(target, dir)).rejects.toThrow(/not empty/);
  }, 120_000);
});
