import { refreshRegencyFigures } from "@/lib/dashboard/national";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { SQL_CLOCK, sqlEscalated, sqlStale } from "./attention";
import { syncAttentionNotifications } from "./attention-notify";
import { syncAspirationNotifications } from "@/lib/aspirations/attention-notify";
import { syncFollowUpNotifications } from "@/lib/workshops/follow-ups/notify";
import { closeOverdueSessions } from "@/lib/workshops/sessions/sql";
import { closeExpiredActivities } from "@/lib/workshops/timer";
import { everyOnLeader } from "@/lib/sweeps/leader";

const SWEEP_MS = 15 * 60_000;
/** Each issue's regency's calendar day (alias "r" below). */
const ZONE = Prisma.sql`r."timeZone"`;

/**
 * Creates the stale/escalated notifications of every regency that has some due, so they reach
 * people (and their email) even when nobody opens a dashboard. Idempotent like the dashboard's
 * own sync: several server instances may sweep at once. Then recomputes the figures of every
 * regency for the national comparison. Returns how many notifications were created.
 */
export async function sweepAttention(now = new Date()): Promise<number> {
  const regencies = await db.$queryRaw<{ regencyId: string }[]>`
    SELECT DISTINCT i."regencyId" FROM "Issue" i JOIN "Regency" r ON r.id = i."regencyId"
    WHERE ${sqlStale(now, ZONE)} AND (i."staleNotifiedAt" IS DISTINCT FROM ${SQL_CLOCK} OR (${sqlEscalated(now, ZONE)} AND i."escalatedNotifiedAt" IS DISTINCT FROM ${SQL_CLOCK}))`;
  let created = 0;
  for (const { regencyId } of regencies) created += await syncAttentionNotifications(db, regencyId, now);
  created += await syncAspirationNotifications(db, now); // citizens' aspirations past their deadline
  await refreshRegencyFigures(db, now); // the national comparison reads these
  return created;
}

/**
 * The workshop side of the sweep: writes the end of sessions left running past their end time
 * (reads already treat them as ended) and notifies overdue follow-ups once. Returns the
 * notifications created.
 */
export async function sweepWorkshops(now = new Date()): Promise<number> {
  await closeOverdueSessions(db, now);
  await closeExpiredActivities(null, now); // countdowns nobody was looking at when they ran out
  return syncFollowUpNotifications(db, now);
}

let timer: NodeJS.Timeout | null = null;

/**
 * Starts this process's sweep (instrumentation.ts): soon after start, then every 15 minutes, on
 * the instance that leads the sweeps (lib/sweeps/leader.ts).
 */
export function startAttentionSweep(everyMs = SWEEP_MS): void {
  timer ??= everyOnLeader("attention", everyMs, () => Promise.all([sweepAttention(), sweepWorkshops()]), 30_000);
}
