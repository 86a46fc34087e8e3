import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { verifyAuditChain } from "@/lib/audit/verify";
import { backupDatabase, restoreDatabase } from "./lib/backup";

const tmp = mkdtempSync(path.join(os.tmpdir(), "mekar-backup-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

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
    const dir = path.join(tmp, "backup");
    const manifest = await backupDatabase(source, dir);
    expect(manifest.tables.find((t) => t.name === "Regency")!.rows).toBeGreaterThanOrEqual(514);

    const admin = new pg.Client({ connectionString: source });
    await admin.connect();
    // named after the source: each vitest worker has its own source database on the same server
    const restored = `${new URL(source).pathname.slice(1)}_restored`;
    await admin.query(`CREATE DATABASE "${restored}"`);
    await admin.end();
    const target = source.replace(/\/[^/]+$/, `/${restored}`);
    await restoreDatabase(target, dir);

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
