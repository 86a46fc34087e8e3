import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { refreshRegencyFigures } from "@/lib/dashboard/national";
import { getDashboard, getRegencyComparison } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { createIssue } from "@/lib/issues/mutations";
import { getLeader, getLeadership } from "@/lib/leadership/queries";
import { getIssue } from "@/lib/issues/queries";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";

// Oversight: the Ministry reads every regency, a province its own; neither changes anything nor
// sees the e-mail addresses of the regency's people.
let ministry: Actor, province: Actor;
let pangandaran: string, malaka: string;

beforeAll(async () => {
  [ministry, province] = await Promise.all([actorFor(DEMO.ministry), actorFor(DEMO.province)]);
  [pangandaran, malaka] = await Promise.all([regencyId("pangandaran"), regencyId("malaka")]);
  await refreshRegencyFigures(db);
});

describe("oversight", () => {
  it("the Ministry reads every regency; a province only its own", async () => {
    expect(ministry.memberships.length).toBe(await db.regency.count());
    expect(ministry.memberships.every((m) => m.role === "oversight")).toBe(true);
    const ntt = await db.regency.count({ where: { province: "Nusa Tenggara Timur" } });
    expect(province.memberships.map((m) => m.regencyId)).toContain(malaka);
    expect(province.memberships).toHaveLength(ntt);
    expect((await getRegencyComparison(province))!.rows.every((r) => r.province === "Nusa Tenggara Timur")).toBe(true);
    expect((await getRegencyComparison(ministry))!.rows).toHaveLength(await db.regency.count());
  });

  it("sees a DOB's whole dashboard, within its scope only", async () => {
    const d = (await getDashboard(ministry, pangandaran))!;
    expect(d.whole).toBe(true);
    expect(d.totals.open).toBeGreaterThan(0);
    expect(await getDashboard(province, pangandaran)).toBeNull();
    expect((await getDashboard(province, malaka))!.whole).toBe(true);
    const issue = await db.issue.findFirstOrThrow({ where: { regencyId: pangandaran, triage: "accepted" } });
    expect(await getIssue(ministry, issue.id)).not.toBeNull();
    expect(await getIssue(province, issue.id)).toBeNull();
  });

  it("changes nothing", async () => {
    await expect(
      createIssue(ministry, {
        idempotencyKey: randomUUID(),
        regencyId: pangandaran,
        title: "Usulan dari kementerian",
        description: "",
        category: "governance",
        impact: 3,
        urgency: 3,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.issue.count({ where: { title: "Usulan dari kementerian" } })).toBe(0);
  });

  it("reads the leadership without the e-mail addresses of the regency's people", async () => {
    const rows = (await getLeadership(ministry, pangandaran))!;
    const linked = rows.filter((r) => r.holder?.user);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((r) => r.holder!.user!.email === "")).toBe(true);
    const leader = (await getLeader(ministry, linked[0].holder!.id))!;
    expect(leader.user?.email).toBe("");
    // the regency's own coordinator still sees them
    const own = (await getLeadership(await actorFor(DEMO.coordinator), pangandaran))!;
    expect(own.find((r) => r.holder?.user)!.holder!.user!.email).toMatch(/@/);
  });
});
