import "server-only";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { emitResults } from "./mutations";
import { optionList, tallyResults } from "./results";
import { LIMITS, type SubmissionInput } from "./schemas";

// The participant side: no account, identified by the signed browser cookie. These are data,
// not audit events (the facilitator's moderation of them is audited).

export type PublicWorkshop = { id: string; code: string; title: string; askIdentity: boolean; locked: boolean; currentActivityId: string | null; regencyName: string };
export type Participant = { id: string; workshopId: string; name: string };

export async function findWorkshopByCode(code: string): Promise<PublicWorkshop | null> {
  const w = await db.workshop.findUnique({
    where: { code },
    select: { id: true, code: true, title: true, askIdentity: true, locked: true, currentActivityId: true, regency: { select: { name: true } } },
  });
  return w && { id: w.id, code: w.code, title: w.title, askIdentity: w.askIdentity, locked: w.locked, currentActivityId: w.currentActivityId, regencyName: w.regency.name };
}

export async function findParticipant(workshopId: string, browserId: string | null): Promise<Participant | null> {
  if (!browserId) return null;
  return db.workshopParticipant.findUnique({ where: { workshopId_browserId: { workshopId, browserId } }, select: { id: true, workshopId: true, name: true } });
}

/** Joins (or re-joins: the same browser stays the same participant). */
export async function joinWorkshop(w: PublicWorkshop, browserId: string, identity: { name: string; institution: string; position: string } | null): Promise<Participant> {
  const existing = await findParticipant(w.id, browserId);
  if (existing) return existing;
  if (w.locked) throw new AppError("FORBIDDEN", "workshops.join.locked");
  if (w.askIdentity && !identity) throw new AppError("INVALID", "workshops.join.identityRequired");
  try {
    return await db.workshopParticipant.create({
      data: { workshopId: w.id, browserId, name: identity?.name ?? "", institution: identity?.institution ?? "", position: identity?.position ?? "" },
      select: { id: true, workshopId: true, name: true },
    });
  } catch (e) {
    if (isUniqueViolation(e)) return (await findParticipant(w.id, browserId))!;
    throw e;
  }
}

const activitySelect = { id: true, workshopId: true, kind: true, title: true, prompt: true, options: true, scaleMin: true, scaleMax: true, allowChange: true, moderated: true, state: true, resultsVisible: true } as const;

/** What a participant's page shows: the current activity, their own answers, results if shown. */
export async function participantState(workshopId: string, participantId: string | null) {
  const w = await db.workshop.findUniqueOrThrow({ where: { id: workshopId }, select: { title: true, locked: true, currentActivityId: true } });
  const a = w.currentActivityId ? await db.workshopActivity.findUnique({ where: { id: w.currentActivityId }, select: activitySelect }) : null;
  if (!a || a.state === "draft") return { title: w.title, locked: w.locked, activity: null };
  const mine = participantId
    ? await db.workshopEntry.findMany({ where: { activityId: a.id, participantId }, orderBy: { createdAt: "asc" }, select: { id: true, slot: true, choices: true, scale: true, text: true } })
    : [];
  const showResults = a.resultsVisible || a.kind === "qna";
  const results = showResults ? await tallyResults(db, a) : null;
  const upvoted = participantId && a.kind === "qna"
    ? (await db.workshopUpvote.findMany({ where: { participantId, entry: { activityId: a.id } }, select: { entryId: true } })).map((u) => u.entryId)
    : [];
  const vote = mine.find((m) => m.slot === "vote");
  return {
    title: w.title,
    locked: w.locked,
    activity: { id: a.id, kind: a.kind, title: a.title, prompt: a.prompt, options: optionList(a.options), scaleMin: a.scaleMin, scaleMax: a.scaleMax, allowChange: a.allowChange, open: a.state === "open", resultsVisible: a.resultsVisible },
    mine: { choices: vote?.choices ?? [], scale: vote?.scale ?? null, texts: mine.filter((m) => m.slot !== "vote").map((m) => m.text) },
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

/**
 * A participant's answer to the open activity. Votes (poll, scale) are one per participant per
 * activity: a new vote replaces the old one when the facilitator allows changes. Words,
 * answers and questions are keyed by the client's id, so a resend counts once.
 */
export async function submitEntry(p: Participant, input: SubmissionInput): Promise<SubmitResult> {
  const w = await db.workshop.findUniqueOrThrow({ where: { id: p.workshopId }, select: { locked: true } });
  if (w.locked) throw new AppError("FORBIDDEN", "workshops.join.locked");
  const a = await db.workshopActivity.findFirst({ where: { id: input.activityId, workshopId: p.workshopId }, select: activitySelect });
  if (!a) throw new AppError("NOT_FOUND");
  if (a.state !== "open") throw new AppError("CONFLICT", "workshops.join.activityClosed");
  const isVote = a.kind === "poll_single" || a.kind === "poll_multiple" || a.kind === "scale";
  const slot = isVote ? "vote" : input.clientId;

  // a resend of something that already arrived
  const existing = await db.workshopEntry.findUnique({ where: { activityId_participantId_slot: { activityId: a.id, participantId: p.id, slot } }, select: { text: true } });
  if (existing && (!isVote || existing.text === input.clientId)) return { status: "duplicate" };
  if (existing && isVote && !a.allowChange) throw new AppError("CONFLICT", "workshops.join.alreadyVoted");

  let data: { choices?: number[]; scale?: number | null; text: string };
  const n = optionList(a.options).length;
  if (a.kind === "poll_single" || a.kind === "poll_multiple") {
    const choices = [...new Set(input.choices ?? [])].sort((x, y) => x - y);
    if (choices.length === 0 || choices.some((c) => c >= n) || (a.kind === "poll_single" && choices.length !== 1)) throw new AppError("INVALID", "workshops.join.invalidChoice");
    data = { choices, text: input.clientId };
  } else if (a.kind === "scale") {
    if (input.scale === undefined || input.scale < a.scaleMin || input.scale > a.scaleMax) throw new AppError("INVALID", "workshops.join.invalidChoice");
    data = { scale: input.scale, text: input.clientId };
  } else {
    const max = a.kind === "word_cloud" ? LIMITS.word : a.kind === "qna" ? LIMITS.question : LIMITS.answer;
    const text = (input.text ?? "").replace(/\s+/g, " ").trim();
    if (!text || text.length > max) throw new AppError("INVALID", "workshops.join.textLength", undefined, { max });
    if (a.kind === "word_cloud" && (await db.workshopEntry.count({ where: { activityId: a.id, participantId: p.id } })) >= 5) throw new AppError("INVALID", "workshops.join.tooManyWords");
    data = { text };
  }
  await chargeRate(p.id);

  return db.$transaction(async (tx) => {
    await tx.workshopEntry.upsert({
      where: { activityId_participantId_slot: { activityId: a.id, participantId: p.id, slot } },
      create: { workshopId: p.workshopId, activityId: a.id, participantId: p.id, slot, choices: data.choices ?? [], scale: data.scale ?? null, text: data.text, approved: a.kind === "qna" ? !a.moderated : false },
      update: { choices: data.choices ?? [], scale: data.scale ?? null, text: data.text },
    });
    if (a.kind !== "qna" || !a.moderated) await emitResults(tx, a);
    else await emitResults(tx, { ...a, kind: "open_question" }); // a question waiting for approval: only the count, to staff
    return { status: "saved" as const };
  });
}

/** One upvote per participant per question (approved, visible, activity open). */
export async function upvoteEntry(p: Participant, entryId: string): Promise<SubmitResult> {
  const e = await db.workshopEntry.findFirst({
    where: { id: entryId, workshopId: p.workshopId, approved: true, hidden: false, activity: { kind: "qna", state: "open" } },
    select: { id: true, activity: { select: activitySelect } },
  });
  if (!e) throw new AppError("NOT_FOUND");
  const w = await db.workshop.findUniqueOrThrow({ where: { id: p.workshopId }, select: { locked: true } });
  if (w.locked) throw new AppError("FORBIDDEN", "workshops.join.locked");
  await chargeRate(p.id);
  return db.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`INSERT INTO "WorkshopUpvote" ("entryId", "participantId") VALUES (${e.id}::uuid, ${p.id}::uuid) ON CONFLICT DO NOTHING`;
    if (inserted === 0) return { status: "duplicate" as const };
    await tx.workshopEntry.update({ where: { id: e.id }, data: { upvoteCount: { increment: 1 } } });
    await emitResults(tx, e.activity);
    return { status: "saved" as const };
  });
}
