import { describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";
import { listAuditEvents } from "./queries";
import { recordAudit } from "./record";
import { verifyAuditChain } from "./verify";

async function raw<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await c.connect();
  try { return await fn(c); } finally { await c.end(); }
}

describe("audit trail", () => {
  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    const admin = await actorFor(DEMO.admin);
    await db.$transaction((tx) => recordAudit(tx, admin, "test.recorded", { type: "test", id: "1" }, { a: [1, 2] }));
    await expect(raw((c) => c.query(`UPDATE "AuditEvent" SET action = 'x'`))).rejects.toThrow(/append-only/);
    await expect(raw((c) => c.query(`DELETE FROM "AuditEvent"`))).rejects.toThrow(/append-only/);
    await expect(raw((c) => c.query(`TRUNCATE "AuditEvent"`))).rejects.toThrow(/append-only/);
  });

  it("chains every event to the one before, also when many transactions write at once", async () => {
    const admin = await actorFor(DEMO.admin);
    // 25 transactions share 10 connections: on a busy machine the last ones wait longer for a
    // connection than Prisma's 2 s default allows, and this test is about order, not speed
    const slowOk = { maxWait: 60_000, timeout: 60_000 };
    await Promise.all(Array.from({ length: 25 }, (_, i) => db.$transaction((tx) => recordAudit(tx, admin, "test.concurrent", { type: "test", id: String(i) }, { i: [null, i] }), slowOk)));
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: true });
    const seqs = (await db.auditEvent.findMany({ select: { seq: true }, orderBy: { seq: "asc" } })).map((e) => Number(e.seq));
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it("an event rolled back with its change leaves no trace", async () => {
    const admin = await actorFor(DEMO.admin);
    const before = await db.auditEvent.count();
    await expect(db.$transaction(async (tx) => {
      await recordAudit(tx, admin, "test.rolled_back", { type: "test", id: "x" });
      throw new Error("the change failed");
    })).rejects.toThrow();
    expect(await db.auditEvent.count()).toBe(before);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("names the first event whose content was changed behind the triggers' back", async () => {
    const admin = await actorFor(DEMO.admin);
    await db.$transaction((tx) => recordAudit(tx, admin, "test.tamper_target", { type: "test", id: "t" }, { amount: [100, 200] }));
    const target = await db.auditEvent.findFirstOrThrow({ where: { action: "test.tamper_target" }, orderBy: { seq: "desc" } });
    await raw(async (c) => {
      await c.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_change`);
      await c.query(`UPDATE "AuditEvent" SET changes = '{"amount":[100,999]}' WHERE id = $1`, [target.id]);
    });
    try {
      expect(await verifyAuditChain(db)).toMatchObject({ ok: false, seq: target.seq.toString(), reason: "hash" });
    } finally {
      await raw(async (c) => {
        await c.query(`UPDATE "AuditEvent" SET changes = $2 WHERE id = $1`, [target.id, JSON.stringify(target.changes)]);
        await c.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_change`);
      });
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("shows a coordinator only their own regency's events, an official none, an admin all", async () => {
    const admin = await actorFor(DEMO.admin);
    const [pangandaran, malaka] = [await regencyId("pangandaran"), await regencyId("malaka")];
    await db.$transaction(async (tx) => {
      await recordAudit(tx, admin, "test.scoped", { type: "test", id: "p", regencyId: pangandaran });
      await recordAudit(tx, admin, "test.scoped", { type: "test", id: "m", regencyId: malaka });
    });
    const malakaView = await listAuditEvents(await actorFor(DEMO.malakaCoordinator), { action: "test.scoped" });
    expect(malakaView!.events.map((e) => e.entityId)).toEqual(["m"]);
    const adminView = await listAuditEvents(admin, { action: "test.scoped" });
    expect(adminView!.events.map((e) => e.entityId).sort()).toEqual(["m", "p"]);
    expect(await listAuditEvents(await actorFor(DEMO.official), {})).toBeNull();
  });
});
