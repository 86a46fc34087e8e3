import { describe, expect, it } from "vitest";
import { POINTS_PER_SET } from "@/lib/culture/instrument";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/server";
import { actorFor, DEMO } from "@/tests/helpers/actors";
import { createActivity, setActivityState } from "../mutations";
import { findWorkshopByCode, joinWorkshop, participantState, submitEntry } from "../participant/participant";
import { renderParticipantPage } from "../participant/pages";
import { listActivityEntries } from "../queries";
import { tallyResultsNow } from "../results";
import { createActivitySchema, createWorkshopSchema } from "../schemas";
import { createWorkshop } from "../mutations";
import { activityKind } from ".";
import { parseCultureAnswer } from "./culture";

const even = Array.from({ length: POINTS_PER_SET }, () => 25);
const leaning = Array.from({ length: 6 }, () => [40, 10, 20, 30]).flat();

function refusal(f: () => unknown) {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? { code: e.code, message: e.userMessage, values: e.values } : String(e);
  }
  return null;
}

describe("culture activity: the answer", () => {
  it("takes 24 + 24 points that split 100 per dimension, refusing any other split with the points off", () => {
    expect(parseCultureAnswer({ now: leaning, preferred: even })).toEqual([...leaning, ...even]);
    const short = [...even];
    short[4] = 10; // leadership "now": 85
    expect(refusal(() => parseCultureAnswer({ now: short, preferred: even }))).toEqual({
      code: "INVALID",
      message: "workshops.join.cultureSplit",
      values: { points: 15, sum: 85 },
    });
    expect(refusal(() => parseCultureAnswer({ now: even.slice(2), preferred: even }))).toMatchObject({
      code: "INVALID",
    });
    expect(refusal(() => parseCultureAnswer({ now: even }))).toMatchObject({ code: "INVALID" });
  });

  it("a new culture activity keeps no options and stores the current instrument version", () => {
    const parsed = createActivitySchema.parse({
      idempotencyKey: crypto.randomUUID(),
      workshopId: crypto.randomUUID(),
      kind: "culture",
      title: "Budaya kerja",
      options: "A\nB",
      scaleMin: "1",
      scaleMax: "5",
    });
    expect(parsed).toMatchObject({ options: [], scaleMin: 0, scaleMax: 1 });
  });

  it("describe() never tells what a person answered", () => {
    const spec = activityKind("culture");
    expect(spec.anonymous).toBe(true);
    expect(
      spec.describe(
        { id: "", options: [], scaleMin: 0, scaleMax: 1 },
        { choices: [...leaning, ...even], scale: null, text: "" },
      ),
    ).toBe("");
  });
});

describe("culture activity: results only from five answers, never per participant", () => {
  it("tallies the profile in SQL from the fifth answer on; the entries list and the export show none", async () => {
    const facilitator = await actorFor(DEMO.facilitator);
    const regency = await db.regency.findUniqueOrThrow({ where: { slug: "pangandaran" }, select: { id: true } });
    const w = await createWorkshop(
      facilitator,
      createWorkshopSchema.parse({
        idempotencyKey: crypto.randomUUID(),
        regencyId: regency.id,
        title: "Lokakarya budaya uji",
        startsAt: "2027-01-10T09:00",
      }),
    );
    const a = await createActivity(
      facilitator,
      createActivitySchema.parse({
        idempotencyKey: crypto.randomUUID(),
        workshopId: w.id,
        kind: "culture",
        title: "Budaya kerja kita",
      }),
    );
    await setActivityState(facilitator, { activityId: a.id, state: "open" });
    const pw = (await findWorkshopByCode(w.code))!;
    const activity = await db.workshopActivity.findUniqueOrThrow({ where: { id: a.id } });
    const people = [];
    for (let i = 0; i < 5; i++)
      people.push(
        await joinWorkshop(pw, crypto.randomUUID(), { name: `Peserta ${i}`, institution: "Bappeda", position: "" }),
      );
    for (const p of people.slice(0, 4))
      await submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), now: leaning, preferred: even });

    const four = await tallyResultsNow(activity);
    expect(four).toEqual({ total: 4, culture: { profile: null, min: 5 } });
    await submitEntry(people[4], { activityId: a.id, clientId: crypto.randomUUID(), now: even, preferred: leaning });
    const five = await tallyResultsNow(activity);
    expect(five.total).toBe(5);
    // clan now = (4 × 40 + 25) / 5 = 37; preferred = (4 × 25 + 40) / 5 = 28
    expect(five.culture?.profile).toMatchObject({
      now: { clan: 37, adhocracy: 13, market: 21, hierarchy: 29 },
      preferred: { clan: 28, adhocracy: 22, market: 24, hierarchy: 26 },
      gap: { clan: -9 },
    });

    const listed = await listActivityEntries(facilitator, a.id);
    expect(listed!.entries).toEqual([]);
    expect(await db.workshopEntry.count({ where: { activityId: a.id } })).toBe(5);
  });

  it("a refused plain form shows what was typed again with each dimension's sum off", async () => {
    const t = translatorFor("id");
    const w = await db.workshop.findFirstOrThrow({ where: { code: "ISUPGD" } });
    const act = await db.workshopActivity.findFirstOrThrow({ where: { workshopId: w.id, kind: "culture" } });
    await db.workshop.update({ where: { id: w.id }, data: { currentActivityId: act.id } });
    await db.workshopActivity.update({ where: { id: act.id }, data: { state: "open" } });
    const browserId = crypto.randomUUID();
    try {
      const pw = (await findWorkshopByCode(w.code))!;
      const p = await joinWorkshop(pw, browserId, { name: "Baru", institution: "Dinkes", position: "" });
      const state = await participantState(w.id, p.id);
      const typed = { now: even.map(String), preferred: even.map(String) };
      typed.now[0] = "40"; // dominant "now": 115
      const page = renderParticipantPage(t, "id", pw, state, {}, null, typed);
      expect(page).toContain('value="40"');
      expect(page).toContain("Jumlahnya 115: lebih 15 poin dari 100.");
      // the seeded answers are shown only as the group's profile (12 answers)
      expect(state.results?.total).toBe(12);
      expect(state.results?.culture?.profile).not.toBeNull();
    } finally {
      // the seeded workshop as it was: its daftar hadir counts every participant (sessions.test.ts)
      await db.workshopParticipant.deleteMany({ where: { workshopId: w.id, browserId } });
      await db.workshopActivity.update({ where: { id: act.id }, data: { state: "closed" } });
      await db.workshop.update({ where: { id: w.id }, data: { currentActivityId: null } });
    }
  });
});
