import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { DEMO } from "@/tests/helpers/actors";
import { mailsSettled } from "./mail";
import { notify } from "./notify";

// Without SMTP_URL (as in tests) every notification email is written to the log instead.
describe("notification emails", () => {
  afterEach(() => vi.restoreAllMocks());

  async function humas() {
    return db.user.findUniqueOrThrow({ where: { email: DEMO.humas }, select: { id: true, email: true } });
  }
  function mailLines(spy: { mock: { calls: unknown[][] } }, marker: string) {
    return spy.mock.calls.map((c) => String(c[0])).filter((l) => l.startsWith("[mail]") && l.includes(marker));
  }

  it("logs one line per recipient after the transaction commits, and nothing is thrown", async () => {
    expect(process.env.SMTP_URL).toBeUndefined();
    const spy = vi.spyOn(console, "info").mockImplementation(() => {});
    const u = await humas();
    const marker = `/test/mail/${crypto.randomUUID()}`;
    const count = await db.$transaction((tx) => notify(tx, [u.id, u.id], { kind: "issues.mentioned", link: marker, params: { number: 7, title: "Jalan rusak", by: "Rina" } }));
    expect(count).toBe(1);
    await mailsSettled();
    const lines = mailLines(spy, marker);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`to=${u.email}`);
    expect(lines[0]).toContain("Rina menyebut Anda di ISU-7 Jalan rusak");
  });

  it("a rolled-back transaction sends and logs nothing", async () => {
    const spy = vi.spyOn(console, "info").mockImplementation(() => {});
    const u = await humas();
    const marker = `/test/mail/${crypto.randomUUID()}`;
    await expect(db.$transaction(async (tx) => {
      await notify(tx, [u.id], { kind: "issues.mentioned", link: marker, params: { number: 8, title: "Batal", by: "Rina" } });
      throw new Error("rollback");
    })).rejects.toThrow("rollback");
    await mailsSettled();
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
    await mailsSettled();
    expect(mailLines(spy, marker)).toHaveLength(1);
  });
});
