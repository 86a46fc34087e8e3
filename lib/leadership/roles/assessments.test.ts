import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { leadershipFit } from "./fit";
import { assessLeader, setLeadershipTeam } from "./mutations";
import { getAssessOptions, getRoleProfile } from "./queries";

let admin: Actor, coordinator: Actor, official: Actor, humas: Actor, ministry: Actor, malaka: Actor;
let pangandaranId: string;

const SCORES = [4, 3, 2, 5, 4, 3, 2, 5];
const input = (termId: string, kind: "self" | "colleague", period = 2026, scores = SCORES) => ({
  idempotencyKey: randomUUID(),
  termId,
  period,
  kind,
  scores,
});

async function termOf(title: string, slug = "pangandaran") {
  return db.positionTerm.findFirstOrThrow({
    where: { position: { title, regency: { slug } }, endDate: null },
    select: { id: true, userId: true },
  });
}

/** A Pangandaran official with no other role in the fixtures: a fresh colleague. */
async function freshColleague(): Promise<Actor> {
  const user = await db.user.create({
    data: { email: `rekan-${randomUUID()}@mekar.test`, name: "Rekan Uji", passwordHash: "x" },
  });
  await db.membership.create({ data: { userId: user.id, regencyId: pangandaranId, role: "official" } });
  return actorFor(user.email);
}

beforeAll(async () => {
  [admin, coordinator, official, humas, ministry, malaka] = await Promise.all([
    actorFor(DEMO.admin),
    actorFor(DEMO.coordinator),
    actorFor(DEMO.official),
    actorFor(DEMO.humas),
    actorFor(DEMO.ministry),
    actorFor(DEMO.malakaCoordinator),
  ]);
  pangandaranId = await regencyId("pangandaran");
});

describe("colleague results: a mean, and only from three colleagues on", () => {
  it("hides the seeded Ketua DPRD's two colleague assessments from every role, the admin included, until a third", async () => {
    const ketua = await termOf("Ketua DPRD");
    for (const actor of [admin, coordinator, official, ministry]) {
      const profile = await getRoleProfile(actor, ketua.id);
      const p2026 = profile!.find((p) => p.period === 2026)!;
      expect(p2026.colleagues).toEqual({ count: 2, mean: null });
      // the paper self-assessment is shown, marked as recorded on the leader's behalf
      expect(p2026.self?.onBehalf).toBe(true);
      const fit = await leadershipFit(actor, pangandaranId, 2026);
      const member = fit!.members.find((m) => m.term?.id === ketua.id)!;
      expect(member.profile?.colleagues.mean).toBeNull();
      expect(member.used?.source).toBe("self");
    }
    // roles without culture data see no profile at all
    expect(await getRoleProfile(humas, ketua.id)).toBeNull();
    expect(await leadershipFit(humas, pangandaranId, 2026)).toBeNull();

    const third = await freshColleague();
    await assessLeader(third, input(ketua.id, "colleague", 2026, [5, 5, 5, 5, 5, 5, 5, 5]));
    for (const actor of [admin, coordinator, official, ministry]) {
      const p2026 = (await getRoleProfile(actor, ketua.id))!.find((p) => p.period === 2026)!;
      expect(p2026.colleagues.count).toBe(3);
      expect(p2026.colleagues.mean).toHaveLength(8);
      // a mean of three, not anyone's own scores
      expect(p2026.colleagues.mean).not.toEqual([5, 5, 5, 5, 5, 5, 5, 5]);
    }
  });
});

describe("who may assess whom", () => {
  it("lets the leader assess themselves but never as their own colleague", async () => {
    const bappeda = await termOf("Kepala Bappeda");
    expect(bappeda.userId).toBe(official.id);
    await expect(assessLeader(official, input(bappeda.id, "colleague"))).rejects.toMatchObject({ code: "INVALID" });
    const saved = await assessLeader(official, input(bappeda.id, "self"));
    expect(saved.onBehalf).toBe(false);
    expect((await getAssessOptions(official, bappeda.id))!.kinds).toEqual(["self"]);
  });

  it("refuses an official's self-assessment of someone else; the coordinator records a paper one on their behalf", async () => {
    const inspektur = await termOf("Inspektur Daerah");
    await expect(assessLeader(official, input(inspektur.id, "self"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const saved = await assessLeader(coordinator, input(inspektur.id, "self"));
    expect(saved.onBehalf).toBe(true);
    const row = await db.leadershipAssessment.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ kind: "self", raterKey: "self", onBehalf: true, recordedById: coordinator.id });
  });

  it("refuses the admin (no membership) as a colleague, and a role without leadership.assess", async () => {
    const sekda = await termOf("Sekretaris Daerah");
    await expect(assessLeader(admin, input(sekda.id, "colleague"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(assessLeader(humas, input(sekda.id, "colleague"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("replaces a colleague's own assessment on resubmit (one row, next version); a double submit writes once", async () => {
    const sekda = await termOf("Sekretaris Daerah");
    const colleague = await freshColleague();
    const first = input(sekda.id, "colleague", 2025);
    const a = await assessLeader(colleague, first);
    const again = await assessLeader(colleague, first); // the same form sent twice
    expect(again).toEqual(a);
    const b = await assessLeader(colleague, input(sekda.id, "colleague", 2025, [1, 1, 1, 1, 1, 1, 1, 1]));
    expect(b.id).toBe(a.id);
    expect(b.version).toBe(2);
    expect(await db.leadershipAssessment.count({ where: { termId: sekda.id, raterKey: colleague.id } })).toBe(1);
  });

  it("refuses a period outside the term", async () => {
    const sekda = await termOf("Sekretaris Daerah");
    await expect(assessLeader(coordinator, input(sekda.id, "colleague", 2019))).rejects.toMatchObject({
      code: "INVALID",
    });
  });
});

describe("another regency", () => {
  it("does not exist for Malaka's coordinator: no profile, no fit, no assessment, no team change", async () => {
    const bupati = await termOf("Bupati");
    const seq = await lastAuditSeq();
    expect(await getRoleProfile(malaka, bupati.id)).toBeNull();
    expect(await getAssessOptions(malaka, bupati.id)).toBeNull();
    expect(await leadershipFit(malaka, pangandaranId, 2026)).toBeNull();
    await expect(assessLeader(malaka, input(bupati.id, "colleague"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const position = await db.position.findFirstOrThrow({
      where: { regencyId: pangandaranId, title: "Kepala Dinas Kesehatan" },
    });
    await expect(
      setLeadershipTeam(malaka, { positionId: position.id, version: position.version, member: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditSince(seq)).toHaveLength(0);
  });
});

describe("the audit trail", () => {
  it("records that an assessment was made, never its scores", async () => {
    const bupati = await termOf("Bupati");
    const seq = await lastAuditSeq();
    const scores = [1, 2, 3, 4, 5, 4, 3, 2];
    await assessLeader(coordinator, input(bupati.id, "colleague", 2026, scores));
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "position_term.role_assessed", entityId: bupati.id });
    expect(events[0].changes).toMatchObject({ period: [null, 2026], kind: [null, "colleague"] });
    expect(Object.keys(events[0].changes as object)).not.toContain("scores");
    expect(JSON.stringify(events[0].changes)).not.toContain(JSON.stringify(scores).slice(1, -1));
  });

  it("adds a position to the team with one audit row, and refuses to take out a default one", async () => {
    const dinkes = await db.position.findFirstOrThrow({
      where: { regencyId: pangandaranId, title: "Kepala Dinas Kesehatan" },
    });
    const seq = await lastAuditSeq();
    await setLeadershipTeam(coordinator, { positionId: dinkes.id, version: dinkes.version, member: true });
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0].changes).toEqual({ inLeadershipTeam: [false, true] });
    await expect(
      setLeadershipTeam(coordinator, { positionId: dinkes.id, version: dinkes.version, member: false }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setLeadershipTeam(official, { positionId: dinkes.id, member: false })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const bupati = await db.position.findFirstOrThrow({ where: { regencyId: pangandaranId, kind: "bupati" } });
    await expect(setLeadershipTeam(coordinator, { positionId: bupati.id, member: false })).rejects.toMatchObject({
      code: "INVALID",
    });
    const fit = await leadershipFit(coordinator, pangandaranId, 2026);
    expect(fit!.members.map((m) => m.title)).toContain("Kepala Dinas Kesehatan");
  });
});

describe("the seeded configuration", () => {
  it("shows coverage, uncovered roles, a fit against the preferred culture, and the Bupati handover's change", async () => {
    const fit = (await leadershipFit(coordinator, pangandaranId, 2025))!;
    expect(fit.preferred.status).toBe("shown");
    expect(fit.fit).toBeGreaterThan(0);
    expect(fit.fit).toBeLessThan(100);
    expect(fit.uncovered).toContain("mentor");
    const handover = fit.handovers.find((h) => h.position === "Bupati" && h.period === 2025)!;
    expect(handover.from).toBe("H. Wawan Setiawan");
    expect(handover.after.share!.adhocracy).toBeGreaterThan(handover.before.share!.adhocracy + 2);
  });
});
