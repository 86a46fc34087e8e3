import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";

// A session runs from the facilitator's start until their end or its planned end time, whichever
// comes first: a session left running closes itself at endsAt. The rule in SQL (alias "s") and in
// TypeScript, so every read agrees without waiting for the sweep that writes endedAt.

/** A new workshop's first session: from its start, this long (the facilitator adds, starts and ends sessions). */
export const DEFAULT_SESSION_HOURS = 4;

export const sqlRunning = (now: Date) =>
  Prisma.sql`(s."startedAt" IS NOT NULL AND s."endedAt" IS NULL AND s."endsAt" > ${now})`;

export type SessionTimes = { startedAt: Date | null; endedAt: Date | null; endsAt: Date };
export type SessionStatus = "scheduled" | "running" | "ended";

export function sessionStatus(s: SessionTimes, now: Date = new Date()): SessionStatus {
  if (!s.startedAt) return s.endedAt ? "ended" : "scheduled";
  if (s.endedAt || s.endsAt <= now) return "ended";
  return "running";
}

/** When the session ended: the facilitator's end, or its planned end for one left running. */
export function effectiveEnd(s: SessionTimes, now: Date = new Date()): Date | null {
  if (s.endedAt) return s.endedAt;
  return s.startedAt && s.endsAt <= now ? s.endsAt : null;
}

/**
 * Puts the participant on the daftar hadir of the workshop's running session, if one runs now
 * (joining, coming back, answering). Nothing when no session runs: they are on no list.
 */
export async function markAttendance(c: Db | Tx, workshopId: string, participantId: string, now = new Date()) {
  await c.$executeRaw`
    INSERT INTO "WorkshopAttendance" ("sessionId", "participantId", "joinedAt")
    SELECT s.id, ${participantId}::uuid, ${now} FROM "WorkshopSession" s
    WHERE s."workshopId" = ${workshopId}::uuid AND ${sqlRunning(now)}
    ON CONFLICT DO NOTHING`;
}

/** Writes endedAt = endsAt on sessions left running past their end (the background sweep). */
export async function closeOverdueSessions(c: Db | Tx, now = new Date()): Promise<number> {
  return c.$executeRaw`
    UPDATE "WorkshopSession" SET "endedAt" = "endsAt", version = version + 1
    WHERE "startedAt" IS NOT NULL AND "endedAt" IS NULL AND "endsAt" <= ${now}`;
}

/** Whether a workshop has a running session now (for "Langsung"). */
export async function hasRunningSession(c: Db | Tx, workshopId: string, now = new Date()): Promise<boolean> {
  const rows = await c.$queryRaw<{ n: number }[]>`
    SELECT 1 AS n FROM "WorkshopSession" s WHERE s."workshopId" = ${workshopId}::uuid AND ${sqlRunning(now)} LIMIT 1`;
  return rows.length > 0;
}
