import "server-only";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { activityKind, optionList } from "../kinds";
import { emitPendingCount, emitResults } from "../mutations";
import { tallyResults } from "../results";
import { LEADERBOARD_SIZE } from "../kinds/quiz-score";
import { workshopLeaderboard } from "../leaderboard";
import { markAttendance } from "../sessions/sql";
import { closeExpiredActivities, timerExpired } from "../timer";
import { ACTIVITY_KINDS, LIMITS, type SubmissionInput } from "../schemas";

// The participant side: no account, identified by the signed browser cookie. These are data,
// not audit events (the facilitator's moderation of them is audited).

export type PublicWorkshop = {
  id: string;
  code: string;
  title: string;
  askIdentity: boolean;
  locked: boolean;
  currentActivityId: string | null;
  regencyName: string;
};
export type Participant = { id: string; workshopId: string; name: string };

export async function findWorkshopByCode(code: string): Promise<PublicWorkshop | null> {
  const w = await db.workshop.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      title: true,
      askIdentity: true,
      locked: true,
      currentActivityId: true,
      regency: { select: { name: true } },
    },
  });
  return (
    w && {
      id: w.id,
      code: w.code,
      title: w.title,
      askIdentity: w.askIdentity,
      locked: w.locked,
      currentActivityId: w.currentActivityId,
      regencyName: w.regency.name,
    }
  );
}

export async function findParticipant(workshopId: string, browserId: string | null): Promise<Participant | null> {
  if (!browserId) return null;
  return db.workshopParticipant.findUnique({
    where: { workshopId_browserId: { workshopId, browserId } },
    select: { id: true, workshopId: true, name: true },
  });
}

/**
 * Joins (or re-joins: the same browser stays the same participant). The participant lands on the
 * daftar hadir of the session running now, if any; joining between sessions puts them on none.
 */
export async function joinWorkshop(
  w: PublicWorkshop,
  browserId: string,
  identity: { name: string; institution: string; position: string } | null,
): Promise<Participant> {
  const p = await joinOrFind(w, browserId, identity);
  await markAttendance(db, w.id, p.id);
  return p;
}

async function joinOrFind(
  w: PublicWorkshop,
  browserId: string,
  identity: { name: string; institution: string; position: string } | null,
): Promise<Participant> {
  const existing = await findParticipant(w.id, browserId);
  if (existing) return existing;
  if (w.locked) throw new AppError("FORBIDDEN", "workshops.join.locked");
  if (w.askIdentity && !identity) throw new AppError("INVALID", "workshops.join.identityRequired");
  try {
    return await db.workshopParticipant.create({
      data: {
        workshopId: w.id,
        browserId,
        name: identity?.name ?? "",
        institution: identity?.institution ?? "",
        position: identity?.position ?? "",
      },
      select: { id: true, workshopId: true, name: true },
    });
  } catch (e) {
    if (isUniqueViolation(e)) return (await findParticipant(w.id, browserId))!;
    throw e;
  }
}

const activitySelect = {
  id: true,
  workshopId: true,
  kind: true,
  title: true,
  prompt: true,
  options: true,
  scaleMin: true,
  scaleMax: true,
  allowChange: true,
  moderated: true,
  state: true,
  resultsVisible: true,
  correctOptions: true,
  timerEndsAt: true,
} as const;

/** What a participant's page shows: the current activity, their own answers, results if shown. */
export async function participantState(workshopId: string, participantId: string | null) {
  const w = await db.workshop.findUniqueOrThrow({
    where: { id: workshopId },
    select: {
      title: true,
      locked: true,
      currentActivityId: true,
      quizLeaderboard: true,
      regency: { select: { timeZone: true } },
    },
  });
  let a = w.currentActivityId
    ? await db.workshopActivity.findUnique({ where: { id: w.currentActivityId }, select: activitySelect })
    : null;
  if (a && timerExpired(a)) {
    // its countdown ran out: this request closes it (once, whichever instance comes first)
    await closeExpiredActivities(workshopId);
    a = { ...a, state: "closed" };
  }
  const timeZone = w.regency.timeZone;
  if (!a || a.state === "draft") return { title: w.title, locked: w.locked, timeZone, activity: null };
  const mine = participantId
    ? await db.workshopEntry.findMany({
        where: { activityId: a.id, participantId },
        orderBy: { createdAt: "asc" },
        select: { id: true, slot: true, choices: true, scale: true, text: true },
      })
    : [];
  const kind = activityKind(a.kind);
  const tally = a.resultsVisible || kind.alwaysPublic ? await tallyResults(db, a) : null;
  const results = tally && (kind.participantResults?.(tally) ?? tally);
  const upvoted = participantId
    ? (
        await db.workshopUpvote.findMany({
          where: { participantId, entry: { activityId: a.id } },
          select: { entryId: true },
        })
      ).map((u) => u.entryId)
    : [];
  const vote = mine.find((m) => m.slot === VOTE_SLOT);
  const closed = a.state === "closed";
  // the leaderboard (opted in) after a quiz question is closed: the top rows and the participant's own
  const board = w.quizLeaderboard && a.kind === "quiz" && closed ? await workshopLeaderboard(db, workshopId) : null;
  return {
    title: w.title,
    locked: w.locked,
    timeZone,
    leaderboard: board && {
      top: board.slice(0, LEADERBOARD_SIZE),
      mine: board.find((r) => r.participantId === participantId) ?? null,
    },
    activity: {
      id: a.id,
      kind: a.kind,
      title: a.title,
      prompt: a.prompt,
      options: optionList(a.options),
      scaleMin: a.scaleMin,
      scaleMax: a.scaleMax,
      allowChange: a.allowChange,
      open: a.state === "open",
      resultsVisible: a.resultsVisible,
      // the correct answers only once closed: never in the page of an open question
      correct: a.kind === "quiz" && closed ? a.correctOptions : null,
      multipleAnswers: a.kind === "quiz" && a.correctOptions.length > 1,
      timerEndsAt: a.state === "open" ? a.timerEndsAt : null,
    },
    mine: {
      vote: vote ? { choices: vote.choices, scale: vote.scale } : null,
      texts: mine.filter((m) => m.slot !== VOTE_SLOT).map((m) => m.text),
    },
    results,
    upvoted,
  };
}
export type ParticipantState = Awaited<ReturnType<typeof participantState>>;

/** Counts a submission against the per-minute limit, in SQL (holds across instances). */
async function chargeRate(participantId: string): Promise<void> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    UPDATE "WorkshopParticipant" SET
      "windowCount" = CASE WHEN "windowStart" < now() - interval '1 minute' THEN 1 ELSE "windowCount" + 1 END,
      "windowStart" = CASE WHEN "windowStart" < now() - interval '1 minute' THEN now() ELSE "windowStart" END
    WHERE id = ${participantId}::uuid RETURNING "windowCount" AS n`;
  if (!rows[0] || rows[0].n > LIMITS.perMinute) throw new AppError("RATE_LIMITED", "workshops.join.rateLimited");
}

export type SubmitResult = { status: "saved" | "duplicate" };

/** The slot of a one-answer kind's single entry per participant. */
const VOTE_SLOT = "vote";

/**
 * A participant's answer to the open activity. One-answer kinds (poll, scale, ranking) hold one
 * entry per participant: a new answer replaces it only when the facilitator allows changes,
 * otherwise the first one stands however many arrive at once (inserted once, at the database).
 * Words, answers and questions are keyed by the client's id, so a resend counts once.
 */
export async function submitEntry(p: Participant, input: SubmissionInput): Promise<SubmitResult> {
  const w = await db.workshop.findUniqueOrThrow({ where: { id: p.workshopId }, select: { locked: true } });
  if (w.locked) throw new AppError("FORBIDDEN", "workshops.join.locked");
  const a = await db.workshopActivity.findFirst({
    where: { id: input.activityId, workshopId: p.workshopId },
    select: activitySelect,
  });
  if (!a) throw new AppError("NOT_FOUND");
  if (timerExpired(a)) {
    await closeExpiredActivities(p.workshopId);
    throw new AppError("CONFLICT", "workshops.join.activityClosed");
  }
  if (a.state !== "open") throw new AppError("CONFLICT", "workshops.join.activityClosed");
  const kind = activityKind(a.kind);
  const one = kind.answers === "one";
  const key = { activityId: a.id, participantId: p.id, slot: one ? VOTE_SLOT : input.clientId };

  // a resend of something that already arrived (one-answer kinds keep the client's id in `text`)
  const existing = await db.workshopEntry.findUnique({
    where: { activityId_participantId_slot: key },
    select: { text: true },
  });
  if (existing && (!one || existing.text === input.clientId)) return { status: "duplicate" };
  if (existing && !a.allowChange) throw new AppError("CONFLICT", "workshops.join.alreadyVoted");

  const answer = kind.parseAnswer(
    { id: a.id, options: optionList(a.options), scaleMin: a.scaleMin, scaleMax: a.scaleMax },
    input,
  );
  if (
    kind.maxAnswers &&
    (await db.workshopEntry.count({ where: { activityId: a.id, participantId: p.id } })) >= kind.maxAnswers
  )
    throw new AppError("INVALID", "workshops.join.tooManyWords");
  await chargeRate(p.id);

  const data = { choices: answer.choices, scale: answer.scale, text: one ? input.clientId : answer.text };
  // entries everyone sees (Q&A) wait for the facilitator's approval when the activity is moderated
  const waits = kind.alwaysPublic && a.moderated;
  return db.$transaction(async (tx) => {
    if (one && a.allowChange) {
      await tx.workshopEntry.upsert({
        where: { activityId_participantId_slot: key },
        create: { ...key, ...data, workshopId: p.workshopId },
        update: data,
      });
    } else {
      const { count } = await tx.workshopEntry.createMany({
        data: [{ ...key, ...data, workshopId: p.workshopId, approved: kind.alwaysPublic && !a.moderated }],
        skipDuplicates: true,
      });
      if (count === 0) {
        // a parallel post got there first: it stands (the same submission resent is a duplicate)
        const first = await tx.workshopEntry.findUnique({
          where: { activityId_participantId_slot: key },
          select: { text: true },
        });
        if (!one || first?.text === input.clientId) return { status: "duplicate" as const };
        throw new AppError("CONFLICT", "workshops.join.alreadyVoted");
      }
    }
    await markAttendance(tx, p.workshopId, p.id); // answering in a running session counts as present
    if (waits) await emitPendingCount(tx, a);
    else await emitResults(tx, a);
    return { status: "saved" as const };
  });
}

/** Kinds whose entries everyone sees and may upvote (Q&A). */
const PUBLIC_KINDS = ACTIVITY_KINDS.filter((k) => activityKind(k).alwaysPublic);

/** One upvote per participant per question (approved, visible, activity open). */
export async function upvoteEntry(p: Participant, entryId: string): Promise<SubmitResult> {
  const e = await db.workshopEntry.findFirst({
    where: {
      id: entryId,
      workshopId: p.workshopId,
      approved: true,
      hidden: false,
      activity: { kind: { in: PUBLIC_KINDS }, state: "open" },
    },
    select: { id: true, activity: { select: activitySelect } },
  });
  if (!e) throw new AppError("NOT_FOUND");
  const w = await db.workshop.findUniqueOrThrow({ where: { id: p.workshopId }, select: { locked: true } });
  if (w.locked) throw new AppError("FORBIDDEN", "workshops.join.locked");
  await chargeRate(p.id);
  return db.$transaction(async (tx) => {
    const inserted =
      await tx.$executeRaw`INSERT INTO "WorkshopUpvote" ("entryId", "participantId") VALUES (${e.id}::uuid, ${p.id}::uuid) ON CONFLICT DO NOTHING`;
    if (inserted === 0) return { status: "duplicate" as const };
    await tx.workshopEntry.update({ where: { id: e.id }, data: { upvoteCount: { increment: 1 } } });
    await emitResults(tx, e.activity);
    return { status: "saved" as const };
  });
}
