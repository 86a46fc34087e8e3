import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { appendEvent } from "./events";
import { quizLeaderboard, type LeaderRow } from "./kinds/quiz-score";
import { loadManagedWorkshop } from "./mutations";
import { visibleWorkshops } from "./policy";

type Client = Pick<Tx, "$queryRaw" | "workshopActivity" | "workshopEntry">;

/**
 * The workshop's quiz leaderboard over its closed quiz questions only: an open question's
 * answers would tell who is right before the reveal. Participants are numbered in joining order
 * ("Peserta 7" for one who gave no name).
 */
export async function workshopLeaderboard(client: Client, workshopId: string): Promise<LeaderRow[]> {
  const questions = await client.workshopActivity.findMany({
    where: { workshopId, kind: "quiz", state: "closed" },
    select: { id: true, correctOptions: true, timerStartedAt: true, timerEndsAt: true },
  });
  if (questions.length === 0) return [];
  const entries = await client.workshopEntry.findMany({
    where: { activityId: { in: questions.map((q) => q.id) }, hidden: false },
    select: { activityId: true, participantId: true, choices: true, updatedAt: true },
  });
  const players = await client.$queryRaw<{ id: string; name: string; number: bigint }[]>`
    SELECT id, name, row_number() OVER (ORDER BY "joinedAt", id) AS number
    FROM "WorkshopParticipant" WHERE "workshopId" = ${workshopId}::uuid`;
  return quizLeaderboard(
    questions.map((q) => ({ ...q, correct: q.correctOptions })),
    entries.map((e) => ({ ...e, answeredAt: e.updatedAt })),
    players.map((p) => ({ id: p.id, name: p.name, number: Number(p.number) })),
  );
}

/** The facilitator opts the workshop's leaderboard in (presenter and participants) or out. */
export async function setQuizLeaderboard(actor: Actor, input: { workshopId: string; shown: boolean }): Promise<void> {
  await db.$transaction(async (tx) => {
    const w = await loadManagedWorkshop(tx, actor, input.workshopId);
    if (w.quizLeaderboard === input.shown) return;
    await tx.workshop.update({
      where: { id: w.id },
      data: { quizLeaderboard: input.shown, version: { increment: 1 } },
    });
    await recordAudit(
      tx,
      actor,
      input.shown ? "workshop.leaderboard_shown" : "workshop.leaderboard_hidden",
      { type: "workshop", id: w.id, regencyId: w.regencyId },
      { quizLeaderboard: [w.quizLeaderboard, input.shown] },
    );
    await appendEvent(tx, w.id, "session", "all", { leaderboard: input.shown });
  });
}

/** The control panel's view of the leaderboard (staff see it before opting participants in). */
export async function getQuizLeaderboard(actor: Actor, workshopId: string): Promise<LeaderRow[] | null> {
  const w = await db.workshop.findFirst({
    where: { id: workshopId, ...visibleWorkshops(actor) },
    select: { id: true },
  });
  return w && workshopLeaderboard(db, w.id);
}
