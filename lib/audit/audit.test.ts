import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { createDb } from "@/lib/db";
import { applyMigrations } from "@/scripts/lib/migrate";
import { db } from "@/lib/db";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";
import { listAuditEvents } from "./queries";
import { recordAudit } from "./record";
import { verifyAuditChain } from "./verify";

/** A connection as the owner (raw() ) or as the app's own role (raw(fn, "app")). */
async function raw<T>(fn: (c: pg.Client) => Promise<T>, as: "owner" | "app" = "owner"): Promise<T> {
  const c = new pg.Client({
    connectionString: as === "owner" ? process.env.DATABASE_OWNER_URL! : process.env.DATABASE_URL!,
  });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe("audit trail", () => {
  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    const admin = await actorFor(DEMO.admin);
    await db.$transaction((tx) => recordAudit(tx, admin, "test.recorded", { type: "test", id: "1" }, { a: [1, 2] }));
    await expect(raw((c) => c.query(`UPDATE "AuditEvent" SET action = 'x'`))).rejects.toThrow(/append-only/);
    await expect(raw((c) => c.query(`DELETE FROM "AuditEvent"`))).rejects.toThrow(/append-only/);
    await expect(raw((c) => c.query(`TRUNCATE "AuditEvent"`))).rejects.toThrow(/append-only/);
  });

  it("the app's own connection cannot change, delete or unseal audit events, even with raw SQL", async () => {
    const admin = await actorFor(DEMO.admin);
    await db.$transaction((tx) => recordAudit(tx, admin, "test.app_role", { type: "test", id: "1" }));
    for (const sql of [
      `UPDATE "AuditEvent" SET action = 'x'`,
      `DELETE FROM "AuditEvent"`,
      `TRUNCATE "AuditEvent"`,
      `ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_change`,
      `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`,
      `DROP TRIGGER audit_event_chain ON "AuditEvent"`,
      `CREATE OR REPLACE FUNCTION mekar_audit_immutable() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql`,
      `SET session_replication_role = replica`,
      // shadowing the table with a temporary one of its own (the trigger's owner check)
      `CREATE TEMP TABLE "AuditEvent" (x int)`,
    ]) {
      await expect(
        raw((c) => c.query(sql), "app"),
        sql,
      ).rejects.toThrow(/permission denied|must be owner|must be superuser/);
    }
    // what the app may do: read and add
    expect(
      (await raw((c) => c.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'test.app_role'`), "app"))
        .rows[0].n,
    ).toBe(1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("takes an event's time from the database clock: the app's role cannot back-date what it writes", async () => {
    const before = Date.now();
    const row = await raw(
      (c) =>
        c.query(
          `INSERT INTO "AuditEvent" (action, "entityType", "entityId", "occurredAt") VALUES ('test.backdated', 'test', '1', '2020-01-01T00:00:00Z') RETURNING "occurredAt"`,
        ),
      "app",
    );
    expect((row.rows[0].occurredAt as Date).getTime()).toBeGreaterThanOrEqual(before - 5_000);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("chains every event to the one before in its regency's chain, also when many transactions write at once", async () => {
    const admin = await actorFor(DEMO.admin);
    const regencies = [await regencyId("pangandaran"), await regencyId("malaka"), null];
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        db.$transaction((tx) =>
          recordAudit(
            tx,
            admin,
            "test.concurrent",
            { type: "test", id: String(i), regencyId: regencies[i % 3] },
            { i: [null, i] },
          ),
        ),
      ),
    );
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: true });
    for (const r of regencies) {
      const chain = r ?? "system";
      expect(report.chains.map((c) => c.chain)).toContain(chain);
      const seqs = (
        await db.auditEvent.findMany({ where: { chain }, select: { chainSeq: true }, orderBy: { chainSeq: "asc" } })
      ).map((e) => Number(e.chainSeq));
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    }
  });

  it("lets a regency's writer go on while another regency's audited transaction is still open", async () => {
    const admin = await actorFor(DEMO.admin);
    const [pangandaran, malaka] = [await regencyId("pangandaran"), await regencyId("malaka")];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let recorded!: () => void;
    const inside = new Promise<void>((r) => (recorded = r));
    const open = db.$transaction(
      async (tx) => {
        await recordAudit(tx, admin, "test.held", { type: "test", id: "held", regencyId: pangandaran });
        recorded();
        await held; // keeps pangandaran's chain lock until the other regency's write has committed
      },
      { timeout: 60_000 },
    );
    await inside;
    try {
      await db.$transaction((tx) =>
        recordAudit(tx, admin, "test.not_waiting", { type: "test", id: "free", regencyId: malaka }),
      );
      expect(await db.auditEvent.count({ where: { action: "test.not_waiting" } })).toBe(1);
      expect(await db.auditEvent.count({ where: { action: "test.held" } })).toBe(0);
    } finally {
      release();
      await open;
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("an event cannot choose its own chain, place or hash", async () => {
    const forged = await db.auditEvent.create({
      data: {
        action: "test.forged",
        entityType: "test",
        entityId: "f",
        chain: "legacy",
        chainSeq: 1,
        seq: 1,
        prevHash: "x",
        hash: "f".repeat(64),
      },
    });
    expect(forged.chain).toBe("system");
    expect(forged.hash).not.toBe("f".repeat(64));
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("an event rolled back with its change leaves no trace", async () => {
    const admin = await actorFor(DEMO.admin);
    const before = await db.auditEvent.count();
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, admin, "test.rolled_back", { type: "test", id: "x" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow();
    expect(await db.auditEvent.count()).toBe(before);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("names the first event whose content was changed behind the triggers' back", async () => {
    const admin = await actorFor(DEMO.admin);
    await db.$transaction((tx) =>
      recordAudit(tx, admin, "test.tamper_target", { type: "test", id: "t" }, { amount: [100, 200] }),
    );
    const target = await db.auditEvent.findFirstOrThrow({
      where: { action: "test.tamper_target" },
      orderBy: { seq: "desc" },
    });
    await raw(async (c) => {
      await c.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_change`);
      await c.query(`UPDATE "AuditEvent" SET changes = '{"amount":[100,999]}' WHERE id = $1`, [target.id]);
    });
    try {
      expect(await verifyAuditChain(db)).toMatchObject({
        ok: false,
        chain: "system",
        seq: target.seq.toString(),
        reason: "hash",
      });
    } finally {
      await raw(async (c) => {
        await c.query(`UPDATE "AuditEvent" SET changes = $2 WHERE id = $1`, [
          target.id,
          JSON.stringify(target.changes),
        ]);
        await c.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_change`);
      });
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("shows a coordinator only their own regency's events, an official none, an admin all", async () => {
    const admin = await actorFor(DEMO.admin);
    const [pangandaran, malaka] = [await regencyId("pangandaran"), await regencyId("malaka")];
    const record = `scoped-${Date.now()}`;
    await db.$transaction(async (tx) => {
      await recordAudit(tx, admin, "test.scoped", { type: "test", id: record, regencyId: pangandaran });
      await recordAudit(tx, admin, "test.scoped", { type: "test", id: record, regencyId: malaka });
    });
    const malakaView = await listAuditEvents(await actorFor(DEMO.malakaCoordinator), { record });
    expect(malakaView!.events.map((e) => e.regencyId)).toEqual([malaka]);
    const adminView = await listAuditEvents(admin, { record });
    expect(adminView!.events.map((e) => e.regencyId).sort()).toEqual([malaka, pangandaran].sort());
    expect(await listAuditEvents(await actorFor(DEMO.official), {})).toBeNull();
  });

  it("events sealed in the one chain before chains per regency still verify after the migration", async () => {
    const name = `legacy_${Date.now()}`;
    const ownerUrl = process.env.DATABASE_OWNER_URL!;
    await raw((c) => c.query(`CREATE DATABASE "${name}"`));
    const url = ownerUrl.replace(/\/[^/]+$/, `/${name}`);
    const all = path.resolve("prisma/migrations");
    const before = mkdtempSync(path.join(os.tmpdir(), "mekar-migrations-"));
    const legacy = createDb(url);
    try {
      for (const m of ["20261128201827_init", "20261128212631_notification_outbox"])
        cpSync(path.join(all, m), path.join(before, m), { recursive: true });
      await applyMigrations(url, before, () => {});
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      for (let i = 0; i < 5; i++) {
        await c.query(
          `INSERT INTO "AuditEvent" (action, "entityType", "entityId", "regencyId", changes) VALUES ('test.old', 'test', $1, $2, '{"a":[1,2]}')`,
          [String(i), i % 2 ? null : "00000000-0000-4000-8000-000000000001"],
        );
      }
      await c.end();
      await applyMigrations(url, all, () => {});
      expect(await verifyAuditChain(legacy)).toMatchObject({
        ok: true,
        count: 5,
        chains: [{ chain: "legacy", count: 5, broken: null }],
      });
      await legacy.auditEvent.create({ data: { action: "test.new", entityType: "test", entityId: "n" } });
      const report = await verifyAuditChain(legacy);
      expect(report).toMatchObject({ ok: true, count: 6 });
      expect(report.chains.map((x) => x.chain)).toEqual(["legacy", "system"]);
    } finally {
      await legacy.$disconnect();
      rmSync(before, { recursive: true, force: true });
      await raw((c) => c.query(`DROP DATABASE "${name}" WITH (FORCE)`));
    }
  }, 60_000);
});
