import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { sweepWorkshops } from "@/lib/issues/attention-sweep";
import { liveHub } from "@/lib/live/hub";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { quizLeaderboard, quizPoints, QUIZ_POINTS, QUIZ_SPEED_BONUS } from "./kinds/quiz-score";
import { setQuizLeaderboard } from "./leaderboard";
import { createActivity, createWorkshop, setActivityState } from "./mutations";
import { renderActivity } from "./participant/pages";
import { findWorkshopByCode, joinWorkshop, participantState, submitEntry } from "./participant/participant";
import { getLiveView, getWorkshop } from "./queries";
import { createActivitySchema, createWorkshopSchema } from "./schemas";
import { closeExpiredActivities, startActivityTimer } from "./timer";
import { applyRankingVerdict } from "./verdict-mutations";
import { translatorFor } from "@/lib/i18n/server";

// Issue 15, item 6: a ranking of issues applied as their suggested priority, the countdown that
// closes an activity with no process timer, and the quiz whose answers stay hidden until closing.

let facilitator: Actor;
let coordinator: Actor;
let malaka: Actor;
let pangandaran: string;
let malakaRegency: string;

beforeAll(async () => {
  [facilitator, coordinator, malaka] = await Promise.all([
    actorFor(DEMO.facilitator),
    actorFor(DEMO.coordinator),
    actorFor(DEMO.malakaCoordinator),
  ]);
  [pangandaran, malakaRegency] = await Promise.all([regencyId("pangandaran"), regencyId("malaka")]);
});
afterAll(async () => {
  await liveHub().stop();
});

const key = () => crypto.randomUUID();
const workshop = (askIdentity = false) =>
  createWorkshop(
    facilitator,
    createWorkshopSchema.parse({
      idempotencyKey: key(),
      regencyId: pangandaran,
      title: `Lokakarya alat ${Date.now()}`,
      startsAt: "2026-12-01T09:00",
      askIdentity: askIdentity ? "on" : undefined,
    }),
  );
const activity = (workshopId: string, fields: Record<string, unknown>) =>
  createActivity(
    facilitator,
    createActivitySchema.parse({ idempotencyKey: key(), workshopId, title: "Kegiatan", ...fields }),
  );
const participant = async (code: string, name?: string) =>
  joinWorkshop(
    (await findWorkshopByCode(code))!,
    crypto.randomUUID(),
    name ? { name, institution: "Bappeda", position: "" } : null,
  );

async function pangandaranIssues(n: number) {
  return db.issue.findMany({
    where: { regencyId: pangandaran, triage: "accepted" },
    orderBy: { number: "asc" },
    take: n,
    select: { id: true, number: true },
  });
}

/** A closed ranking of three Pangandaran issues, ranked by two participants. */
async function rankedIssues() {
  const issues = await pangandaranIssues(3);
  const w = await workshop();
  const a = await activity(w.id, { kind: "ranking", issueIds: issues.map((i) => i.id) });
  await setActivityState(facilitator, { activityId: a.id, state: "open" });
  // both rank issue 3 first, then 1, then 2 (ranks per option, in option order)
  for (const ranks of [
    [2, 3, 1],
    [2, 3, 1],
  ]) {
    const p = await participant(w.code);
    await submitEntry(p, { activityId: a.id, clientId: key(), ranks });
  }
  return { w, a, issues };
}

describe("a ranking of issues applied as their suggested priority", () => {
  it("takes its options from the picked issues of the regency", async () => {
    const issues = await pangandaranIssues(2);
    const w = await workshop();
    const a = await activity(w.id, { kind: "ranking", options: "", issueIds: issues.map((i) => i.id) });
    const row = await db.workshopActivity.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.optionIssueIds).toEqual(issues.map((i) => i.id));
    expect((row.options as string[])[0]).toMatch(new RegExp(`^ISU-${issues[0].number} · `));
  });

  it("records each issue's verdict on its timeline once, audited; a second apply duplicates nothing", async () => {
    const { w, a, issues } = await rankedIssues();
    await expect(applyRankingVerdict(coordinator, { activityId: a.id })).rejects.toMatchObject({
      userMessage: "workshops.verdict.closeFirst",
    });
    await setActivityState(facilitator, { activityId: a.id, state: "closed" });
    // the facilitator runs the workshop but does not set issue priorities
    await expect(applyRankingVerdict(facilitator, { activityId: a.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const seq = await lastAuditSeq();
    expect(await applyRankingVerdict(coordinator, { activityId: a.id })).toEqual({ applied: 3 });
    const audit = await auditSince(seq);
    expect(
      audit
        .filter((e) => e.action === "issue.workshop_verdict")
        .map((e) => e.entityId)
        .sort(),
    ).toEqual(issues.map((i) => i.id).sort());
    expect(audit.filter((e) => e.action === "workshop_activity.verdict_applied")).toHaveLength(1);

    const verdicts = await db.issueWorkshopVerdict.findMany({ where: { activityId: a.id }, orderBy: { rank: "asc" } });
    expect(verdicts.map((v) => v.issueId)).toEqual([issues[2].id, issues[0].id, issues[1].id]);
    expect(verdicts[0]).toMatchObject({ rank: 1, optionCount: 3, voters: 2, points: 4, spread: 0, workshopId: w.id });

    const since = { gte: verdicts[0].appliedAt };
    const timeline = await db.issueUpdate.findMany({
      where: { issueId: issues[0].id, kind: "workshop_verdict", createdAt: since },
    });
    expect(timeline).toHaveLength(1);
    const body = JSON.parse(timeline[0].body);
    expect(body).toMatchObject({ rank: 2, of: 3, voters: 2, date: "2026-12-01" });
    const t = translatorFor("id");
    expect(t("issues.timeline.verdictBody", { ...body, date: "1 Des 2026" })).toContain(
      "peringkat 2 dari 3, 2 peserta",
    );

    // again, and twice at once: nothing new
    const seq2 = await lastAuditSeq();
    const again = await Promise.all([
      applyRankingVerdict(coordinator, { activityId: a.id }),
      applyRankingVerdict(coordinator, { activityId: a.id }),
    ]);
    expect(again).toEqual([{ applied: 0 }, { applied: 0 }]);
    expect(await auditSince(seq2)).toHaveLength(0);
    expect(await db.issueWorkshopVerdict.count({ where: { activityId: a.id } })).toBe(3);
    const onTimelines = { issueId: { in: issues.map((i) => i.id) }, kind: "workshop_verdict", createdAt: since };
    expect(await db.issueUpdate.count({ where: onTimelines })).toBe(3);
  });

  it("applies once when two coordinators press at the same moment", async () => {
    const { a } = await rankedIssues();
    await setActivityState(facilitator, { activityId: a.id, state: "closed" });
    const both = await Promise.all([
      applyRankingVerdict(coordinator, { activityId: a.id }),
      applyRankingVerdict(coordinator, { activityId: a.id }),
    ]);
    expect(both.map((r) => r.applied).sort()).toEqual([0, 3]);
    expect(await db.issueWorkshopVerdict.count({ where: { activityId: a.id } })).toBe(3);
  });

  it("never takes another regency's issue as an option, and another regency cannot apply", async () => {
    const foreign = await db.issue.findFirstOrThrow({ where: { regencyId: malakaRegency }, select: { id: true } });
    const [own] = await pangandaranIssues(1);
    const w = await workshop();
    await expect(activity(w.id, { kind: "ranking", issueIds: [own.id, foreign.id] })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { issueIds: ["workshops.errors.issueOutsideRegency"] },
    });
    const { a } = await rankedIssues();
    await setActivityState(facilitator, { activityId: a.id, state: "closed" });
    await expect(applyRankingVerdict(malaka, { activityId: a.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.issueWorkshopVerdict.count({ where: { activityId: a.id } })).toBe(0);
  });
});

describe("a countdown on an activity", () => {
  it("closes the activity at the first read after the end, once, with its audit row and live event", async () => {
    const w = await workshop();
    const a = await activity(w.id, { kind: "poll_single", options: "Ya\nTidak" });
    await setActivityState(facilitator, { activityId: a.id, state: "open" });
    const p = await participant(w.code);
    // started two minutes ago for one minute: its end has passed
    const { endsAt } = await startActivityTimer(
      facilitator,
      { activityId: a.id, seconds: 60 },
      new Date(Date.now() - 120_000),
    );
    expect(endsAt.getTime()).toBeLessThan(Date.now());
    // nothing in this process closed it: the row stays open until someone reads it
    expect((await db.workshopActivity.findUniqueOrThrow({ where: { id: a.id } })).state).toBe("open");

    const seq = await lastAuditSeq();
    const lastEvent = await db.workshopEvent.findFirst({ where: { workshopId: w.id }, orderBy: { id: "desc" } });
    // a participant's page and the presenter ask at once: it closes once
    const [state, live] = await Promise.all([participantState(w.id, p.id), getLiveView(facilitator, w.id)]);
    expect(state.activity?.open).toBe(false);
    expect(live?.activity?.state).toBe("closed");
    expect((await db.workshopActivity.findUniqueOrThrow({ where: { id: a.id } })).state).toBe("closed");
    const audit = await auditSince(seq);
    expect(audit.filter((e) => e.action === "workshop_activity.timer_expired")).toHaveLength(1);
    const events = await db.workshopEvent.findMany({ where: { workshopId: w.id, id: { gt: lastEvent!.id } } });
    expect(events.filter((e) => (e.payload as { timer?: string }).timer === "expired")).toHaveLength(1);
    expect(await closeExpiredActivities(w.id)).toBe(0);
    // an answer sent after the end is refused
    await expect(submitEntry(p, { activityId: a.id, clientId: key(), choices: [0] })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("is closed by the sweep when nobody looks, and shows participants the end time while it runs", async () => {
    const w = await workshop();
    const a = await activity(w.id, { kind: "scale", options: "Rendah\nTinggi" });
    await setActivityState(facilitator, { activityId: a.id, state: "open" });
    const p = await participant(w.code);
    const running = await startActivityTimer(facilitator, { activityId: a.id, seconds: 180 });
    const s = await participantState(w.id, p.id);
    expect(s.activity?.timerEndsAt?.toISOString()).toBe(running.endsAt.toISOString());
    const page = renderActivity(translatorFor("id"), s, w.code);
    expect(page).toContain(`data-ends="${running.endsAt.toISOString()}"`);
    expect(page).toContain("Ditutup otomatis pukul");

    await startActivityTimer(facilitator, { activityId: a.id, seconds: 30 }, new Date(Date.now() - 60_000));
    await sweepWorkshops();
    expect((await db.workshopActivity.findUniqueOrThrow({ where: { id: a.id } })).state).toBe("closed");
    // reopening starts without the old countdown
    await setActivityState(facilitator, { activityId: a.id, state: "open" });
    expect((await getWorkshop(facilitator, w.id))?.activities[0].state).toBe("open");
  });

  it("refuses a timer on an activity that is not open, and outside the facilitator's regency", async () => {
    const w = await workshop();
    const a = await activity(w.id, { kind: "poll_single", options: "Ya\nTidak" });
    await expect(startActivityTimer(facilitator, { activityId: a.id, seconds: 60 })).rejects.toMatchObject({
      userMessage: "workshops.timer.notOpen",
    });
    await setActivityState(facilitator, { activityId: a.id, state: "open" });
    await expect(startActivityTimer(malaka, { activityId: a.id, seconds: 60 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("the quiz", () => {
  it("scores exact answers, faster ones higher, and ranks ties together", () => {
    const q = { id: "q", correct: [0, 2], timerStartedAt: new Date(0), timerEndsAt: new Date(100_000) };
    expect(quizPoints(q, { choices: [2, 0], answeredAt: new Date(0) })).toBe(QUIZ_POINTS + QUIZ_SPEED_BONUS);
    expect(quizPoints(q, { choices: [0, 2], answeredAt: new Date(50_000) })).toBe(QUIZ_POINTS + QUIZ_SPEED_BONUS / 2);
    expect(quizPoints(q, { choices: [0], answeredAt: new Date(0) })).toBe(0);
    expect(
      quizPoints({ ...q, timerStartedAt: null, timerEndsAt: null }, { choices: [0, 2], answeredAt: new Date() }),
    ).toBe(QUIZ_POINTS);
    const board = quizLeaderboard(
      [{ ...q, timerStartedAt: null, timerEndsAt: null }],
      [
        { activityId: "q", participantId: "a", choices: [0, 2], answeredAt: new Date() },
        { activityId: "q", participantId: "b", choices: [0, 2], answeredAt: new Date() },
        { activityId: "q", participantId: "c", choices: [1], answeredAt: new Date() },
      ],
      [
        { id: "c", name: "", number: 1 },
        { id: "b", name: "Budi", number: 2 },
        { id: "a", name: "", number: 3 },
        { id: "d", name: "Tidak menjawab", number: 4 },
      ],
    );
    expect(board.map((r) => [r.participantId, r.rank, r.points])).toEqual([
      ["b", 1, 100],
      ["a", 1, 100],
      ["c", 3, 0],
    ]);
  });

  it("needs a correct answer among its options", () => {
    const parsed = createActivitySchema.safeParse({
      idempotencyKey: key(),
      workshopId: crypto.randomUUID(),
      kind: "quiz",
      title: "Kuis",
      options: "A\nB",
      correctOptions: "3",
    });
    expect(parsed.success).toBe(false);
  });

  it("keeps the correct answer from participants until closing, then reveals it with the opt-in leaderboard", async () => {
    const w = await workshop();
    const a = await activity(w.id, { kind: "quiz", options: "Bupati\nSekda\nKepala Bappeda", correctOptions: "2" });
    await setActivityState(facilitator, { activityId: a.id, state: "open" });
    const { setResultsVisible } = await import("./mutations");
    await setResultsVisible(facilitator, { activityId: a.id, visible: true });
    const [p1, p2] = [await participant(w.code), await participant(w.code, "Rina Marlina")];
    await submitEntry(p1, { activityId: a.id, clientId: key(), choices: [1] });
    await submitEntry(p2, { activityId: a.id, clientId: key(), choices: [0] });
    const t = translatorFor("id");

    // open: nothing on the page, in the presenter's JSON or in the live events says which is right
    const before = await participantState(w.id, p1.id);
    expect(before.activity?.correct).toBeNull();
    expect(JSON.stringify(before)).not.toContain('correct":[');
    const page = renderActivity(t, before, w.code);
    expect(page).not.toContain("✓");
    expect(page).not.toContain(t("workshops.quiz.correctAnswer"));
    expect((await getLiveView(facilitator, w.id))?.activity?.correct).toBeNull();
    const events = await db.workshopEvent.findMany({ where: { workshopId: w.id } });
    expect(JSON.stringify(events.map((e) => e.payload))).not.toMatch(/correct/i);

    // closed: revealed, and each participant learns whether they were right
    await setActivityState(facilitator, { activityId: a.id, state: "closed" });
    const after = await participantState(w.id, p1.id);
    expect(after.activity?.correct).toEqual([1]);
    const revealed = renderActivity(t, after, w.code);
    expect(revealed).toContain("✓ Sekda");
    expect(revealed).toContain(t("workshops.quiz.right"));
    expect(renderActivity(t, await participantState(w.id, p2.id), w.code)).toContain(t("workshops.quiz.wrong"));
    expect((await getLiveView(facilitator, w.id))?.activity?.correct).toEqual([1]);

    // the leaderboard only once the facilitator opts in; a participant without a name is "Peserta n"
    expect(after.leaderboard).toBeNull();
    expect((await getLiveView(facilitator, w.id))?.leaderboard).toBeNull();
    await setQuizLeaderboard(facilitator, { workshopId: w.id, shown: true });
    const board = (await participantState(w.id, p1.id)).leaderboard!;
    expect(board.top.map((r) => [r.name, r.number, r.points])).toEqual([
      ["", 1, 100],
      ["Rina Marlina", 2, 0],
    ]);
    expect(board.mine?.rank).toBe(1);
    expect(renderActivity(t, await participantState(w.id, p1.id), w.code)).toContain("Peserta 1");
    expect((await getLiveView(facilitator, w.id))?.leaderboard).toHaveLength(2);
  });

  it("is in the Pangandaran demo with its leaderboard, beside the ranking applied to real issues", async () => {
    const w = await db.workshop.findUniqueOrThrow({ where: { code: "ISUPGD" }, include: { activities: true } });
    expect(w.quizLeaderboard).toBe(true);
    expect(w.activities.filter((a) => a.kind === "quiz").length).toBeGreaterThanOrEqual(2);
    const ranking = w.activities.find((a) => a.kind === "ranking")!;
    expect(ranking.optionIssueIds).toHaveLength(4);
    const verdicts = await db.issueWorkshopVerdict.findMany({
      where: { activityId: ranking.id },
      orderBy: { rank: "asc" },
    });
    expect(verdicts).toHaveLength(4);
    const first = await db.issue.findUniqueOrThrow({ where: { id: verdicts[0].issueId } });
    expect(first.title).toMatch(/^Penyerahan aset P3D/);
    expect(
      await db.issueUpdate.count({ where: { issueId: first.id, kind: "workshop_verdict" } }),
    ).toBeGreaterThanOrEqual(1);
  });
});
