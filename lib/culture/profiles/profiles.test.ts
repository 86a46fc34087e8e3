import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getChange } from "@/lib/iso/changes/queries";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { proposeChangeFromGap } from "@/lib/iso/changes/culture-gap";
import { setGapThreshold } from "./mutations";
import {
  compareRegencyCultures,
  getAgencyCulture,
  getRegencyCulture,
  groupProfile,
  listComparablePeriods,
} from "./queries";
import { cultureSourceRef, parseCultureSourceRef } from "./source-ref";

// A hand-computed example: five answers to Pangandaran's Dinkes survey of 2090 (a period no seed
// uses). Per dimension (clan, adhocracy, market, hierarchy) three answer now 10/20/30/40 and
// preferred 40/30/20/10, two answer now 20/20/20/40 and preferred 30/30/20/20. The first one moves
// 10 points of clan between dimensions 1 and 2 (0 and 20), which leaves its per-type means alone.
// now:       clan (3·10 + 2·20)/5 = 14, adhocracy 20, market (3·30 + 2·20)/5 = 26, hierarchy 40
// preferred: clan (3·40 + 2·30)/5 = 36, adhocracy 30, market 20, hierarchy (3·10 + 2·20)/5 = 14
// gap:       clan +22, adhocracy +10, market −6, hierarchy −26
const set = (...v: number[]) => Array.from({ length: 6 }, () => v).flat();
const A_NOW = set(10, 20, 30, 40);
A_NOW.splice(0, 8, 0, 20, 30, 50, 20, 20, 30, 30);
const ANSWERS = [
  { now: A_NOW, preferred: set(40, 30, 20, 10) },
  { now: set(10, 20, 30, 40), preferred: set(40, 30, 20, 10) },
  { now: set(10, 20, 30, 40), preferred: set(40, 30, 20, 10) },
  { now: set(20, 20, 20, 40), preferred: set(30, 30, 20, 20) },
  { now: set(20, 20, 20, 40), preferred: set(30, 30, 20, 20) },
];

async function agencyOf(slug: string, shortName: string) {
  const regency = await regencyId(slug);
  const a = await db.agency.findFirstOrThrow({ where: { regencyId: regency, shortName }, select: { id: true } });
  return { regencyId: regency, agencyId: a.id };
}

async function survey(
  g: { regencyId: string; agencyId: string | null },
  period: number,
  answers: { now: number[]; preferred: number[] }[],
  instrumentVersion = 1,
) {
  const s = await db.cultureSurvey.create({
    data: {
      ...g,
      period,
      instrumentVersion,
      title: `Tes ${period}`,
      code: `T${randomUUID().slice(0, 8)}`,
      opensAt: new Date(`${period}-10-01T00:00:00Z`),
      closesAt: new Date(`${period}-10-31T00:00:00Z`),
    },
  });
  await db.cultureResponse.createMany({
    data: answers.map((a) => ({ surveyId: s.id, instrumentVersion, ...a, submittedOn: new Date() })),
  });
  return s;
}

describe("culture profiles", () => {
  it("aggregates an agency's answers as computed by hand, and the regency's from its whole-regency surveys only", async () => {
    const dinkes = await agencyOf("pangandaran", "Dinkes");
    await survey(dinkes, 2090, ANSWERS);
    await survey({ regencyId: dinkes.regencyId, agencyId: null }, 2090, ANSWERS.slice(1).concat(ANSWERS.slice(1, 2)));
    const coordinator = await actorFor(DEMO.coordinator);

    const agency = await getAgencyCulture(coordinator, dinkes.agencyId, 2090);
    expect(agency!.own!.responses).toBe(5);
    expect(agency!.own!.profile).toEqual({
      responses: 5,
      now: { clan: 14, adhocracy: 20, market: 26, hierarchy: 40 },
      preferred: { clan: 36, adhocracy: 30, market: 20, hierarchy: 14 },
      gap: { clan: 22, adhocracy: 10, market: -6, hierarchy: -26 },
    });
    expect(agency!.own!.largest).toBe("hierarchy");

    // the regency: its own five answers (three 10/20/30/40 and two 20/20/20/40 → clan 14), not the agency's
    const regency = await getRegencyCulture(coordinator, dinkes.regencyId, 2090);
    expect(regency!.own!.responses).toBe(5);
    expect(regency!.own!.profile!.now).toEqual({ clan: 14, adhocracy: 20, market: 26, hierarchy: 40 });
    expect(regency!.agencies.find((a) => a.agency.id === dinkes.agencyId)!.profile!.gap.clan).toBe(22);
    expect(regency!.periods).toContain(2090);
  });

  it("never mixes instrument versions: a group shows its latest version's answers only", async () => {
    const bappeda = await agencyOf("pangandaran", "Bappeda");
    await survey(bappeda, 2091, ANSWERS);
    await survey(
      bappeda,
      2091,
      Array.from({ length: 5 }, () => ({ now: set(25, 25, 25, 25), preferred: set(25, 25, 25, 25) })),
      2,
    );
    const g = await groupProfile(await actorFor(DEMO.coordinator), bappeda.regencyId, bappeda.agencyId, 2091);
    expect(g.instrumentVersion).toBe(2);
    expect(g.responses).toBe(5);
    expect(g.profile!.now).toEqual({ clan: 25, adhocracy: 25, market: 25, hierarchy: 25 });
  });

  it("shows the change between periods, previous → latest", async () => {
    const dispar = await agencyOf("pangandaran", "Dispar");
    await survey(dispar, 2092, ANSWERS);
    await survey(
      dispar,
      2093,
      Array.from({ length: 5 }, () => ({ now: set(25, 25, 25, 25), preferred: set(40, 30, 20, 10) })),
    );
    const c = await getAgencyCulture(await actorFor(DEMO.official), dispar.agencyId, 2093);
    expect(c!.change).toMatchObject({ from: 2092, to: 2093, now: { clan: [14, 25], hierarchy: [40, 25] } });
    expect(c!.change!.preferred.clan).toEqual([36, 40]);
  });

  it("hides a group below five answers from every role, the admin included, and in comparisons", async () => {
    const malaka = await regencyId("malaka");
    const dinkes = await agencyOf("malaka", "Dinkes");
    for (const who of [DEMO.admin, DEMO.malakaCoordinator, DEMO.ministry, DEMO.province]) {
      const actor = await actorFor(who);
      const agency = await getAgencyCulture(actor, dinkes.agencyId, 2026);
      expect(agency!.own).toMatchObject({ responses: 4, profile: null });
      const regency = await getRegencyCulture(actor, malaka, 2026);
      expect(regency!.agencies.find((a) => a.agency.id === dinkes.agencyId)).toMatchObject({
        responses: 4,
        profile: null,
      });
      expect(JSON.stringify(regency)).not.toMatch(/"now_\d"/);
      // the regency's own agencies only (a supervisor reads several regencies)
      const own = await db.agency.findMany({ where: { regencyId: malaka }, select: { id: true } });
      expect(regency!.agencies.every((a) => own.some((o) => o.id === a.agency.id))).toBe(true);
    }
    // a regency whose own survey has four answers is compared by its count only
    const pangandaran = await regencyId("pangandaran");
    await survey({ regencyId: pangandaran, agencyId: null }, 2094, ANSWERS.slice(0, 4));
    await survey({ regencyId: malaka, agencyId: null }, 2094, ANSWERS);
    const rows = await compareRegencyCultures(await actorFor(DEMO.ministry), 2094);
    expect(rows.find((r) => r.id === pangandaran)).toMatchObject({ responses: 4, profile: null });
    expect(rows.find((r) => r.id === malaka)!.profile!.now.clan).toBe(14);
  });

  it("compares only the regencies the actor may read", async () => {
    const malaka = await regencyId("malaka");
    const pangandaran = await regencyId("pangandaran");
    const admin = await compareRegencyCultures(await actorFor(DEMO.admin), 2026);
    expect(admin.map((r) => r.id)).toEqual(expect.arrayContaining([malaka, pangandaran]));
    const own = await compareRegencyCultures(await actorFor(DEMO.malakaCoordinator), 2026);
    expect(own.map((r) => r.id)).toEqual([malaka]);
    expect(await getRegencyCulture(await actorFor(DEMO.malakaCoordinator), pangandaran)).toBeNull();
    expect(
      await getAgencyCulture(
        await actorFor(DEMO.malakaCoordinator),
        (await agencyOf("pangandaran", "Dinkes")).agencyId,
      ),
    ).toBeNull();
    expect(await getRegencyCulture(await actorFor(DEMO.humas), pangandaran)).toBeNull(); // no culture.read
    expect(await listComparablePeriods(await actorFor(DEMO.malakaCoordinator))).toContain(2026);
  });
});

describe("gap threshold and the change initiative proposed from a gap", () => {
  it("the coordinator sets the threshold: versioned and audited; others are refused", async () => {
    const pangandaran = await regencyId("pangandaran");
    const { version } = await db.regency.findUniqueOrThrow({ where: { id: pangandaran }, select: { version: true } });
    const coordinator = await actorFor(DEMO.coordinator);
    const before = await lastAuditSeq();
    await setGapThreshold(coordinator, { regencyId: pangandaran, version, cultureGapThreshold: 8 });
    const events = await auditSince(before);
    expect(events.map((e) => [e.action, e.changes])).toEqual([["regency.updated", { cultureGapThreshold: [10, 8] }]]);
    await expect(
      setGapThreshold(coordinator, { regencyId: pangandaran, version, cultureGapThreshold: 12 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      setGapThreshold(await actorFor(DEMO.official), {
        regencyId: pangandaran,
        version: version + 1,
        cultureGapThreshold: 12,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      setGapThreshold(await actorFor(DEMO.malakaCoordinator), {
        regencyId: pangandaran,
        version: version + 1,
        cultureGapThreshold: 12,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setGapThreshold(coordinator, { regencyId: pangandaran, version: version + 1, cultureGapThreshold: 10 });
  });

  it("proposes one initiative and one objective per gap, linked both ways and audited; a double submit makes one", async () => {
    const dinkes = await agencyOf("pangandaran", "Dinkes");
    await survey(dinkes, 2095, ANSWERS);
    const coordinator = await actorFor(DEMO.coordinator);
    const input = { ...dinkes, type: "clan" as const, period: 2095, idempotencyKey: randomUUID() };
    const before = await lastAuditSeq();
    const first = await proposeChangeFromGap(coordinator, input);
    const again = await proposeChangeFromGap(coordinator, input); // the same submit twice
    const otherTab = await proposeChangeFromGap(coordinator, { ...input, idempotencyKey: randomUUID() });
    expect(again).toEqual(first);
    expect(otherTab).toEqual(first);

    const ref = cultureSourceRef({ ...dinkes, type: "clan", period: 2095 });
    expect(parseCultureSourceRef(ref)).toEqual({ ...dinkes, type: "clan", period: 2095 });
    expect(await db.isoChangeInitiative.count({ where: { sourceRef: ref } })).toBe(1);
    const year = new Date().getUTCFullYear() + 1;
    const objective = await db.isoObjective.findUniqueOrThrow({ where: { id: first.objectiveId! } });
    expect(objective).toMatchObject({
      title: `Naikkan budaya kolaboratif Dinas Kesehatan dari 14 ke 24 pada ${year}`,
      baseline: 14,
      target: 24, // now + threshold (10): the preferred 36 is further
      direction: "increase",
      sourceRef: ref,
    });
    expect(objective.dueDate!.toISOString().slice(0, 10)).toBe(`${year}-12-31`);
    const change = await getChange(coordinator, first.changeId);
    expect(change).toMatchObject({
      title: "Penguatan budaya kolaboratif Dinas Kesehatan",
      phase: "plan",
      sourceRef: ref,
    });
    expect(change!.cultureSource).toMatchObject({ agencyName: "Dinas Kesehatan", type: "clan", period: 2095 });
    // and back: the culture page shows the proposal for that gap
    const page = await getAgencyCulture(coordinator, dinkes.agencyId, 2095);
    expect(page!.proposals.clan).toEqual({
      change: { id: first.changeId, title: change!.title },
      objective: { id: objective.id, title: objective.title },
    });

    const events = await auditSince(before);
    expect(events.map((e) => e.action).sort()).toEqual(["iso_change.created", "iso_objective.created"]);
    expect(
      (events.find((e) => e.action === "iso_change.created")!.changes as Record<string, unknown>).sourceRef,
    ).toEqual([null, ref]);

    // a lowering gap proposes "turunkan"; the target stays within the threshold's step
    const lower = await proposeChangeFromGap(coordinator, {
      ...input,
      type: "hierarchy",
      idempotencyKey: randomUUID(),
    });
    expect(await db.isoObjective.findUniqueOrThrow({ where: { id: lower.objectiveId! } })).toMatchObject({
      baseline: 40,
      target: 30,
      direction: "decrease",
    });
  });

  it("refuses a gap within the threshold, a hidden group, another regency and roles without culture.manage", async () => {
    const dinkes = await agencyOf("pangandaran", "Dinkes");
    await survey(dinkes, 2096, ANSWERS);
    const coordinator = await actorFor(DEMO.coordinator);
    const base = { ...dinkes, period: 2096, idempotencyKey: randomUUID() };
    await expect(proposeChangeFromGap(coordinator, { ...base, type: "market" })).rejects.toMatchObject({
      code: "INVALID",
      userMessage: "culture.profiles.errors.belowThreshold",
    });
    const malakaDinkes = await agencyOf("malaka", "Dinkes");
    await expect(
      proposeChangeFromGap(await actorFor(DEMO.malakaCoordinator), {
        ...malakaDinkes,
        type: "clan",
        period: 2026,
        idempotencyKey: randomUUID(),
      }),
    ).rejects.toMatchObject({ code: "INVALID", userMessage: "culture.profiles.errors.hidden" });
    // another regency's gap, or this regency with another regency's agency
    await expect(
      proposeChangeFromGap(await actorFor(DEMO.malakaCoordinator), {
        ...base,
        type: "clan",
        idempotencyKey: randomUUID(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      proposeChangeFromGap(coordinator, {
        ...base,
        agencyId: malakaDinkes.agencyId,
        type: "clan",
        idempotencyKey: randomUUID(),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const who of [DEMO.official, DEMO.ministry]) {
      const e = await proposeChangeFromGap(await actorFor(who), {
        ...base,
        type: "clan",
        idempotencyKey: randomUUID(),
      }).catch((x) => x);
      expect(e).toBeInstanceOf(AppError);
      expect(["FORBIDDEN", "NOT_FOUND"]).toContain(e.code);
    }
    expect(
      await db.isoChangeInitiative.count({
        where: { sourceRef: { startsWith: `culture:${dinkes.regencyId}:${dinkes.agencyId}:clan:2096` } },
      }),
    ).toBe(0);
  });
});
