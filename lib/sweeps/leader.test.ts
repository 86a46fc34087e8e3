import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startSweeper } from "@/lib/notifications/sweep";
import { Lease } from "./leader";

// Two Lease objects on one lease name are two server instances contending for the sweeps.
const leases: Lease[] = [];
const timers: NodeJS.Timeout[] = [];
function lease(name: string, ttlMs: number, renewMs: number, holder: string): Lease {
  const l = new Lease(db, { name, holder, ttlMs, renewMs, log: () => {} });
  leases.push(l);
  return l;
}
const holderOf = async (name: string) =>
  (await db.sweepLease.findUnique({ where: { name }, select: { holder: true } }))?.holder ?? null;

afterEach(async () => {
  for (const t of timers.splice(0)) clearInterval(t);
  for (const l of leases.splice(0)) await l.release();
  await db.sweepLease.deleteMany({ where: { name: { startsWith: "test-" } } });
});

describe("one sweep leader", () => {
  it("two instances contend: exactly one leads, and only its sweeps run", async () => {
    const name = `test-${randomUUID()}`;
    const a = lease(name, 60_000, 30_000, "instance-a");
    const b = lease(name, 60_000, 30_000, "instance-b");
    const first = await Promise.all([a.tryAcquire(), b.tryAcquire()]);
    expect(first.filter(Boolean)).toHaveLength(1);
    const [leader, standby] = first[0] ? [a, b] : [b, a];
    // renewals keep it where it is, however they interleave
    for (let i = 0; i < 5; i++) await Promise.all([a.tryAcquire(), b.tryAcquire()]);
    expect([leader.isLeader(), standby.isLeader()]).toEqual([true, false]);
    expect(await holderOf(name)).toBe(leader.holder);

    // the same sweeper on both instances: the leader's drains, the other's never does
    const runs = new Map([
      [leader, 0],
      [standby, 0],
    ]);
    for (const l of [leader, standby])
      timers.push(
        startSweeper(
          "test",
          async () => void runs.set(l, runs.get(l)! + 1),
          20,
          () => l.isLeader(),
        ),
      );
    await expect.poll(() => runs.get(leader), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    expect(runs.get(standby)).toBe(0);
  });

  it("a leader that stops renewing keeps it until the lease expires, then another takes over", async () => {
    // a long lease: nobody may take it while it runs
    const held = `test-${randomUUID()}`;
    const a = lease(held, 60_000, 30_000, "instance-a");
    const b = lease(held, 60_000, 30_000, "instance-b");
    expect(await a.tryAcquire()).toBe(true);
    a.stopRenewing();
    expect(await b.tryAcquire()).toBe(false);
    expect(await holderOf(held)).toBe("instance-a");

    // a short one: the standby, renewing, takes it once it has expired
    const name = `test-${randomUUID()}`;
    const c = lease(name, 1_500, 200, "instance-c");
    const d = lease(name, 1_500, 200, "instance-d");
    expect(await c.tryAcquire()).toBe(true);
    c.start();
    d.start();
    c.stopRenewing(); // dies without a word
    await expect.poll(() => d.isLeader(), { timeout: 20_000 }).toBe(true);
    expect(c.isLeader()).toBe(false); // its own clock said so before the database let d in
    expect(await holderOf(name)).toBe("instance-d");
    expect(d.state()).toMatchObject({ leader: true, holder: "instance-d" });
    expect(d.state().since).toBeInstanceOf(Date);
  });

  it("a leader that shuts down hands over at once, without waiting for its lease to expire", async () => {
    const name = `test-${randomUUID()}`;
    const a = lease(name, 60_000, 200, "instance-a");
    const b = lease(name, 60_000, 200, "instance-b");
    expect(await a.tryAcquire()).toBe(true);
    a.start();
    b.start();
    expect(await b.tryAcquire()).toBe(false);
    await a.release();
    expect(a.isLeader()).toBe(false);
    // well within the 60 s the lease would still have run
    await expect.poll(() => b.isLeader(), { timeout: 20_000 }).toBe(true);
    expect(await holderOf(name)).toBe("instance-b");
    expect(await a.tryAcquire()).toBe(false); // released for good
  });
});
