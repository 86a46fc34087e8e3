import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { DEMO } from "@/tests/helpers/actors";
import { deliverPendingMail } from "./mail";
import { notify } from "./notify";

// Without SMTP_URL (as in tests) every notification email is written to the log instead. The
// server's sweeper is not running here: each test drains the outbox itself.
describe("notification emails (the outbox)", () => {
  afterEach(() => vi.restoreAllMocks());

  async function humas() {
    return db.user.findUniqueOrThrow({ where: { email: DEMO.humas }, select: { id: true, email: true } });
  }
  function mailLines(spy: { mock: { calls: unknown[][] } }, marker: string) {
    return spy.mock.calls.map((c) => String(c[0])).filter((l) => l.startsWith("[mail]") && l.includes(marker));
  }
  async function drain() {
    while ((await deliverPendingMail(10)) > 0);
  }

  it("mails one line per recipient once the transaction has committed, and marks it sent", async () => {
    expect(process.env.SMTP_URL).toBeUndefined();
    const spy = vi.spyOn(console, "info").mockImplementation(() => {});
    const u = await humas();
    const marker = `/test/mail/${crypto.randomUUID()}`;
    const count = await db.$transaction((tx) => notify(tx, [u.id, u.id], { kind: "issues.mentioned", link: marker, params: { number: 7, title: "Jalan rusak", by: "Rina" } }));
    expect(count).toBe(1);
    expect(await db.notification.findFirstOrThrow({ where: { link: marker } })).toMatchObject({ emailedAt: null });
    await drain();
    const lines = mailLines(spy, marker);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`to=${u.email}`);
    expect(lines[0]).toContain("Rina menyebut Anda di ISU-7 Jalan rusak");
    expect((await db.notification.findFirstOrThrow({ where: { link: marker } })).emailedAt).not.toBeNull();
    await drain();
    expect(mailLines(spy, marker)).toHaveLength(1); // never twice
  });

  it("a rolled-back transaction leaves nothing to send", async () => {
    const spy = vi.spyOn(console, "info").mockImplementation(() => {});
    const u = await humas();
    const marker = `/test/mail/${crypto.randomUUID()}`;
    await expect(db.$transaction(async (tx) => {
      await notify(tx, [u.id], { kind: "issues.mentioned", link: marker, params: { number: 8, title: "Batal", by: "Rina" } });
      throw new Error("rollback");
    })).rejects.toThrow("rollback");
    await drain();
    expect(mailLines(spy, marker)).toEqual([]);
    expect(await db.notification.count({ where: { link: marker } })).toBe(0);
  });

  it("does not mail a deduplicated notification again", async () => {
    const spy = vi.spyOn(console, "info").mockImplementation(() => {});
    const u = await humas();
    const marker = `/test/mail/${crypto.randomUUID()}`;
    const n = { kind: "issues.stale", link: marker, dedupeKey: marker, params: { number: 9, title: "Lama", days: 20, position: "Kepala" } };
    await db.$transaction((tx) => notify(tx, [u.id], n));
    expect(await db.$transaction((tx) => notify(tx, [u.id], n))).toBe(0);
    await drain();
    expect(mailLines(spy, marker)).toHaveLength(1);
  });

  it("two sweepers at once (two server instances) send each email once", async () => {
    const spy = vi.spyOn(console, "info").mockImplementation(() => {});
    const u = await humas();
    const marker = `/test/mail/${crypto.randomUUID()}`;
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 6; i++) await notify(tx, [u.id], { kind: "issues.mentioned", link: `${marker}/${i}`, params: { number: i, title: "Serentak", by: "Rina" } });
    });
    await Promise.all([drain(), drain(), drain()]);
    expect(mailLines(spy, marker)).toHaveLength(6);
  });

  it("an email that was never sent (the process crashed) is still waiting and goes out on the next sweep", async () => {
    const spy = vi.spyOn(console, "info").mockImplementation(() => {});
    const u = await humas();
    const marker = `/test/mail/${crypto.randomUUID()}`;
    await db.$transaction((tx) => notify(tx, [u.id], { kind: "issues.mentioned", link: marker, params: { number: 10, title: "Tertunda", by: "Rina" } }));
    // a sweep that dies before committing (the batch is sent again, never lost)
    await expect(db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Notification" WHERE "emailedAt" IS NULL FOR UPDATE`;
      throw new Error("crash");
    })).rejects.toThrow("crash");
    await drain();
    expect(mailLines(spy, marker)).toHaveLength(1);
  });
});
