import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { positionIdsHeldBy } from "@/lib/leadership/holders";
import { attentionOf, isOverdue } from "@/lib/issues/attention";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";
import { refreshRegencyFigures } from "./national";
import { getDashboard, getRegencyComparison } from "./queries";

let coordinator: Actor, official: Actor, humas: Actor, malaka: Actor, admin: Actor;
let pangandaran: string, malakaId: string;

beforeAll(async () => {
  [coordinator, official, humas, malaka, admin] = await Promise.all(
    [DEMO.coordinator, DEMO.official, DEMO.humas, DEMO.malakaCoordinator, DEMO.admin].map(actorFor),
  );
  [pangandaran, malakaId] = await Promise.all([regencyId("pangandaran"), regencyId("malaka")]);
});

describe("dashboard", () => {
  it("is scoped: another regency's coordinator and a role without dashboard.read get null", async () => {
    expect(await getDashboard(malaka, pangandaran)).toBeNull();
    expect(await getDashboard(humas, pangandaran)).toBeNull();
    expect(await getDashboard(admin, pangandaran)).not.toBeNull();
  });

  it("the coordinator's figures agree with the date rules computed row by row", async () => {
    const now = new Date();
    const d = (await getDashboard(coordinator, pangandaran, now))!;
    expect(d.whole).toBe(true);
    const issues = await db.issue.findMany({ where: { regencyId: pangandaran } });
    const open = issues.filter((i) => i.triage === "accepted" && i.stage !== "closed");
    const states = open.map((i) => attentionOf(i, now).state);
    expect(d.totals.open).toBe(open.length);
    expect(d.totals.stale).toBe(states.filter((s) => s !== "ok").length);
    expect(d.totals.escalated).toBe(states.filter((s) => s === "escalated").length);
    expect(d.totals.overdue).toBe(open.filter((i) => isOverdue(i, now)).length);
    expect(d.totals.pending).toBe(issues.filter((i) => i.triage === "pending").length);
    expect(d.stages.reduce((n, s) => n + s.count, 0)).toBe(open.length);
    expect(d.categories.reduce((n, s) => n + s.count, 0)).toBe(open.length);
    // seed has stale and escalated issues, so these figures are not trivially zero
    expect(d.totals.stale).toBeGreaterThan(0);
    expect(d.attention.length).toBeGreaterThan(0);
    expect(d.weekly).toHaveLength(12);
    const dputr = d.agencies.find((a) => a.agencyName === "BPKAD");
    const bpkadOpen = open.filter((i) => i.agencyId === dputr?.agencyId);
    expect(dputr?.open).toBe(bpkadOpen.length);
    expect(dputr?.share).toBe(
      Math.round((100 * bpkadOpen.filter((i) => attentionOf(i, now).state === "ok").length) / bpkadOpen.length),
    );
  });

  it("an official sees only the work of the positions they hold", async () => {
    const d = (await getDashboard(official, pangandaran))!;
    expect(d.whole).toBe(false);
    // the official holds the Kepala Bappeda position (other test files may appoint them to more)
    const bappeda = await db.position.findFirstOrThrow({ where: { regencyId: pangandaran, kind: "kepala_bappeda" } });
    const held = await positionIdsHeldBy(db, official.id, pangandaran);
    expect(held).toContain(bappeda.id);
    const mine = await db.issue.count({
      where: { regencyId: pangandaran, ownerPositionId: { in: held }, triage: "accepted", stage: { not: "closed" } },
    });
    expect(d.totals.open).toBe(mine);
    expect(d.agencies).toEqual([]);
    expect(d.attention.every((a) => held.includes(a.ownerPositionId!))).toBe(true);
  });

  it("the regency comparison shows only regencies the actor may see; an admin all of them", async () => {
    await refreshRegencyFigures(db);
    const m = (await getRegencyComparison(malaka))!;
    expect(m.rows.map((r) => r.regencyId)).toEqual([malakaId]);
    expect(await getRegencyComparison(humas)).toBeNull();
    const all = (await getRegencyComparison(admin))!;
    expect(all.rows.length).toBe(await db.regency.count());
    expect(all.computedAt).not.toBeNull();
    // the figures are the dashboard's own
    const d = (await getDashboard(coordinator, pangandaran))!;
    const p = all.rows.find((r) => r.regencyId === pangandaran)!;
    expect([p.open, p.overdue, p.stale, p.escalated]).toEqual([
      d.totals.open,
      d.totals.overdue,
      d.totals.stale,
      d.totals.escalated,
    ]);
    // the ones that need attention most come first
    const order = all.rows.map((r) => [r.escalated, r.stale]);
    expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    const jabar = (await getRegencyComparison(admin, { province: "Jawa Barat", dob: true }))!;
    expect(jabar.rows.map((r) => r.regencyId)).toContain(pangandaran);
    expect(jabar.rows.every((r) => r.province === "Jawa Barat" && r.isDob)).toBe(true);
    expect((await getRegencyComparison(admin, { q: "malaka" }))!.rows.map((r) => r.regencyId)).toContain(malakaId);
  });
});
