import { describe, expect, it } from "vitest";
import { POINTS_PER_SET } from "@/lib/culture/instrument";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { closeSurvey, createSurvey, updateSurveyDates } from "./mutations";
import { getSurvey } from "./queries";
import { ballotHash, findSurveyByCode, submitSurveyResponse } from "./respond";
import { createSurveySchema, updateSurveyDatesSchema } from "./schemas";

const even = Array.from({ length: POINTS_PER_SET }, () => 25);
const answer = { now: even.map(String), preferred: even };
const DAY = 86_400_000;
const ymd = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10); // WIB calendar

async function openSurvey(opts: { opensOn?: string; closesOn?: string; agencyShort?: string } = {}) {
  const coordinator = await actorFor(DEMO.coordinator);
  const pgd = await regencyId("pangandaran");
  const agency = opts.agencyShort
    ? await db.agency.findFirstOrThrow({ where: { regencyId: pgd, shortName: opts.agencyShort } })
    : null;
  const { id } = await createSurvey(
    coordinator,
    createSurveySchema.parse({
      idempotencyKey: crypto.randomUUID(),
      regencyId: pgd,
      agencyId: agency?.id ?? "",
      period: 2026,
      title: "Survei budaya uji",
      opensOn: opts.opensOn ?? ymd(new Date(Date.now() - DAY)),
      closesOn: opts.closesOn ?? ymd(new Date(Date.now() + 7 * DAY)),
    }),
  );
  const s = await db.cultureSurvey.findUniqueOrThrow({ where: { id } });
  return { coordinator, id, code: s.code, survey: (await findSurveyByCode(s.code))! };
}

describe("culture surveys: the coordinator's side", () => {
  it("opens an agency survey with one audit row; a double submit of the form makes one", async () => {
    const coordinator = await actorFor(DEMO.coordinator);
    const pgd = await regencyId("pangandaran");
    const dinkes = await db.agency.findFirstOrThrow({ where: { regencyId: pgd, shortName: "Dinkes" } });
    const seq = await lastAuditSeq();
    const input = createSurveySchema.parse({
      idempotencyKey: crypto.randomUUID(),
      regencyId: pgd,
      agencyId: dinkes.id,
      period: 2027,
      title: "Survei budaya Dinkes 2027",
      opensOn: "2027-02-01",
      closesOn: "2027-02-14",
    });
    const [a, b] = await Promise.all([createSurvey(coordinator, input), createSurvey(coordinator, input)]);
    expect(a.id).toBe(b.id);
    const s = await db.cultureSurvey.findUniqueOrThrow({ where: { id: a.id } });
    // 00:00 WIB of the first day to 24:00 WIB of the last
    expect(s.opensAt.toISOString()).toBe("2027-01-31T17:00:00.000Z");
    expect(s.closesAt.toISOString()).toBe("2027-02-14T17:00:00.000Z");
    expect(s.code).toMatch(/^[A-Z2-9]{8}$/);
    const audit = await auditSince(seq);
    expect(audit.map((e) => [e.action, e.entityId])).toEqual([["culture_survey.created", a.id]]);
  });

  it("refuses another regency's agency and another regency; an official may not open one", async () => {
    const coordinator = await actorFor(DEMO.coordinator);
    const official = await actorFor(DEMO.official);
    const pgd = await regencyId("pangandaran");
    const malaka = await regencyId("malaka");
    const malakaAgency = await db.agency.findFirstOrThrow({ where: { regencyId: malaka } });
    const base = { period: 2027, title: "Survei lintas", opensOn: "2027-02-01", closesOn: "2027-02-14" };
    const seq = await lastAuditSeq();
    await expect(
      createSurvey(
        coordinator,
        createSurveySchema.parse({
          ...base,
          idempotencyKey: crypto.randomUUID(),
          regencyId: pgd,
          agencyId: malakaAgency.id,
        }),
      ),
    ).rejects.toMatchObject({ code: "INVALID", userMessage: "culture.surveys.errors.agency" });
    await expect(
      createSurvey(
        coordinator,
        createSurveySchema.parse({ ...base, idempotencyKey: crypto.randomUUID(), regencyId: malaka }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createSurvey(
        official,
        createSurveySchema.parse({ ...base, idempotencyKey: crypto.randomUUID(), regencyId: pgd }),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const malakaSurvey = await db.cultureSurvey.findFirstOrThrow({ where: { regencyId: malaka } });
    await expect(
      closeSurvey(coordinator, { surveyId: malakaSurvey.id, version: malakaSurvey.version }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await getSurvey(coordinator, malakaSurvey.id)).toBeNull();
    expect(await auditSince(seq)).toEqual([]);
  });

  it("moves the dates (versioned, audited old → new) and closes early", async () => {
    const { coordinator, id } = await openSurvey();
    const s = await db.cultureSurvey.findUniqueOrThrow({ where: { id } });
    const seq = await lastAuditSeq();
    const closesOn = ymd(new Date(Date.now() + 30 * DAY));
    await updateSurveyDates(
      coordinator,
      updateSurveyDatesSchema.parse({ surveyId: id, version: s.version, opensOn: ymd(s.opensAt), closesOn }),
    );
    await expect(
      updateSurveyDates(
        coordinator,
        updateSurveyDatesSchema.parse({
          surveyId: id,
          version: s.version,
          opensOn: ymd(s.opensAt),
          closesOn: "2099-01-01",
        }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await closeSurvey(coordinator, { surveyId: id, version: s.version + 1 });
    const audit = await auditSince(seq);
    expect(audit.map((e) => e.action)).toEqual(["culture_survey.updated", "culture_survey.closed"]);
    expect(Object.keys(audit[0].changes as object)).toEqual(["closesAt"]);
    expect((await getSurvey(coordinator, id))!.state).toBe("closed");
  });
});

describe("culture surveys: anonymous answers", () => {
  it("one response per browser; a double submit stores one; the response keeps no browser", async () => {
    const { survey } = await openSurvey({ agencyShort: "Bappeda" });
    const browser = crypto.randomUUID();
    const results = await Promise.all([
      submitSurveyResponse(survey, browser, answer),
      submitSurveyResponse(survey, browser, answer),
      submitSurveyResponse(survey, browser, answer),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["duplicate", "duplicate", "saved"]);
    expect(await submitSurveyResponse(survey, browser, answer)).toEqual({ status: "duplicate" });
    expect(await db.cultureResponse.count({ where: { surveyId: survey.id } })).toBe(1);
    const ballots = await db.cultureBallot.findMany({ where: { surveyId: survey.id } });
    expect(ballots).toEqual([{ surveyId: survey.id, browserHash: ballotHash(survey.id, browser) }]);
    expect(ballots[0].browserHash).not.toContain(browser);
    const [response] = await db.cultureResponse.findMany({ where: { surveyId: survey.id } });
    expect(Object.keys(response).sort()).toEqual([
      "id",
      "instrumentVersion",
      "now",
      "preferred",
      "submittedOn",
      "surveyId",
    ]);
    expect(response.submittedOn.toISOString()).toMatch(/T00:00:00.000Z$/);
  });

  it("refuses a split off 100 and answers outside the window", async () => {
    const { survey } = await openSurvey();
    const bad = [...even];
    bad[0] = 30;
    await expect(
      submitSurveyResponse(survey, crypto.randomUUID(), { now: bad, preferred: even }),
    ).rejects.toMatchObject({
      code: "INVALID",
    });
    const later = await openSurvey({
      opensOn: ymd(new Date(Date.now() + 3 * DAY)),
      closesOn: ymd(new Date(Date.now() + 9 * DAY)),
    });
    await expect(submitSurveyResponse(later.survey, crypto.randomUUID(), answer)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const closed = await openSurvey();
    await closeSurvey(closed.coordinator, { surveyId: closed.id, version: 1 });
    await expect(submitSurveyResponse(closed.survey, crypto.randomUUID(), answer)).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: "culture.respond.closed",
    });
    expect(await db.cultureResponse.count({ where: { surveyId: { in: [survey.id, later.id, closed.id] } } })).toBe(0);
  });

  it("the survey page's profile appears only with the fifth response", async () => {
    const { coordinator, id, survey } = await openSurvey({ agencyShort: "Dispar" });
    for (let i = 0; i < 4; i++) await submitSurveyResponse(survey, crypto.randomUUID(), answer);
    const four = (await getSurvey(coordinator, id))!;
    expect(four.responses).toBe(4);
    expect(four.group).toEqual({ responses: 4, profile: null });
    await submitSurveyResponse(survey, crypto.randomUUID(), answer);
    const five = (await getSurvey(coordinator, id))!;
    expect(five.group.profile?.now).toEqual({ clan: 25, adhocracy: 25, market: 25, hierarchy: 25 });
    // an official of the regency sees the same (culture.read); nobody sees single answers
    expect((await getSurvey(await actorFor(DEMO.official), id))!.group.responses).toBe(5);
  });
});
