import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { timeZoneOf } from "@/lib/regencies/zone";
import { AppError } from "@/lib/errors";
import { appendEvent } from "./events";
import { loadManagedWorkshop } from "./mutations";

// The facilitator's countdown on an activity. Nothing waits in memory for it: the end time is a
// column, and the first request that reads the activity after it (a participant, the presenter,
// the control panel, a submission) or the periodic sweep closes the activity — in one UPDATE
// guarded by `state = 'open'`, so however many instances race, it closes once, with one audit
// row and one live event.

export const TIMER_PRESETS = [30, 60, 120, 180, 300] as const;

/** The activity's timer has run out but it is still open (a reader should close it). */
export function timerExpired(a: { state: string; timerEndsAt: Date | null }, now = new Date()): boolean {
  return a.state === "open" && a.timerEndsAt !== null && a.timerEndsAt.getTime() <= now.getTime();
}

/**
 * Closes every open activity whose timer ended (of one workshop, or all with null). Safe to call
 * from any request on any instance: the UPDATE takes each row once. Returns how many it closed.
 */
export async function closeExpiredActivities(workshopId: string | null, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; workshopId: string | null; regencyId: string; timerEndsAt: Date }[]>`
      UPDATE "WorkshopActivity" SET state = 'closed', version = version + 1, "updatedAt" = now()
      WHERE state = 'open' AND "timerEndsAt" <= ${now}
        AND (${workshopId}::uuid IS NULL OR "workshopId" = ${workshopId}::uuid)
      RETURNING id, "workshopId", "regencyId", "timerEndsAt"`;
    for (const r of rows) {
      await recordAudit(
        tx,
        null,
        "workshop_activity.timer_expired",
        { type: "workshop_activity", id: r.id, regencyId: r.regencyId },
        { state: ["open", "closed"], timerEndsAt: [r.timerEndsAt.toISOString(), r.timerEndsAt.toISOString()] },
      );
      if (r.workshopId)
        await appendEvent(tx, r.workshopId, "activity", "all", { activityId: r.id, state: "closed", timer: "expired" });
    }
    return rows.length;
  });
}

async function loadOpenManagedActivity(
  tx: Parameters<typeof loadManagedWorkshop>[0],
  actor: Actor,
  activityId: string,
) {
  const a = await tx.workshopActivity.findUnique({ where: { id: activityId } });
  if (!a || !a.workshopId) throw new AppError("NOT_FOUND");
  await loadManagedWorkshop(tx, actor, a.workshopId);
  return a as typeof a & { workshopId: string };
}

/** Starts (or restarts) the countdown on an open activity. */
export async function startActivityTimer(
  actor: Actor,
  input: { activityId: string; seconds: number },
  now = new Date(),
): Promise<{ endsAt: Date; timeZone: string }> {
  return db.$transaction(async (tx) => {
    const a = await loadOpenManagedActivity(tx, actor, input.activityId);
    if (a.state !== "open" || timerExpired(a, now)) throw new AppError("INVALID", "workshops.timer.notOpen");
    const endsAt = new Date(now.getTime() + input.seconds * 1000);
    await tx.workshopActivity.update({
      where: { id: a.id },
      data: { timerStartedAt: now, timerEndsAt: endsAt, version: { increment: 1 } },
    });
    await recordAudit(
      tx,
      actor,
      "workshop_activity.timer_started",
      { type: "workshop_activity", id: a.id, regencyId: a.regencyId },
      { timerEndsAt: [a.timerEndsAt?.toISOString() ?? null, endsAt.toISOString()], seconds: [null, input.seconds] },
    );
    await appendEvent(tx, a.workshopId, "activity", "all", { activityId: a.id, timerEndsAt: endsAt.toISOString() });
    return { endsAt, timeZone: await timeZoneOf(tx, a.regencyId) };
  });
}

/** Stops the countdown; the activity stays open. */
export async function stopActivityTimer(actor: Actor, input: { activityId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const a = await loadOpenManagedActivity(tx, actor, input.activityId);
    if (!a.timerEndsAt || a.state !== "open") return;
    await tx.workshopActivity.update({
      where: { id: a.id },
      data: { timerStartedAt: null, timerEndsAt: null, version: { increment: 1 } },
    });
    await recordAudit(
      tx,
      actor,
      "workshop_activity.timer_stopped",
      { type: "workshop_activity", id: a.id, regencyId: a.regencyId },
      { timerEndsAt: [a.timerEndsAt.toISOString(), null] },
    );
    await appendEvent(tx, a.workshopId, "activity", "all", { activityId: a.id, timerEndsAt: null });
  });
}
