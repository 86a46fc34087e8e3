import { Prisma } from "@/lib/generated/prisma/client";
import { DEPLOYMENT_ZONE } from "@/lib/i18n/format";
import { addDays, daysBetween, localDay, startOfLocalDay } from "@/lib/regencies/time-zone";

// Attention is computed from dates (lists never wait for a job): an open, accepted issue whose owner
// position has not updated it within its review cadence is stale; past twice the cadence it is
// escalated to the Bupati. The clock starts at acceptance (or reassignment) and restarts at
// every update by a holder of the owner position.
//
// Days are calendar days of the regency (Regency.timeZone), like a due date: with a
// cadence of 14 days, an update on 1 December is due on 15 December; the issue is stale from
// 00:00 local time on the 16th (00:00 WIT in Papua, 00:00 WITA in Malaka) and escalated from
// 00:00 on the day after 29 December. A due date itself still counts as on time.

export type AttentionState = "ok" | "stale" | "escalated";

export type AttentionInput = {
  stage: string;
  triage: string;
  reviewCadenceDays: number;
  lastOwnerUpdateAt: Date | null;
  acceptedAt?: Date | null;
  createdAt: Date;
};

export function attentionClock(i: AttentionInput): Date {
  return i.lastOwnerUpdateAt ?? i.acceptedAt ?? i.createdAt;
}

/** `timeZone`: the regency's. */
export function attentionOf(
  i: AttentionInput,
  now: Date = new Date(),
  timeZone: string = DEPLOYMENT_ZONE,
): { state: AttentionState; staleAt: Date; escalateAt: Date; daysSinceUpdate: number } {
  const clockDay = localDay(attentionClock(i), timeZone);
  const staleAt = startOfLocalDay(addDays(clockDay, i.reviewCadenceDays + 1), timeZone);
  const escalateAt = startOfLocalDay(addDays(clockDay, 2 * i.reviewCadenceDays + 1), timeZone);
  const daysSinceUpdate = daysBetween(clockDay, localDay(now, timeZone));
  const open = i.triage === "accepted" && i.stage !== "closed";
  const state: AttentionState = !open ? "ok" : now >= escalateAt ? "escalated" : now >= staleAt ? "stale" : "ok";
  return { state, staleAt, escalateAt, daysSinceUpdate };
}

/** A date-only due date has passed on the regency's calendar (the due day itself still counts as on time). */
export function isOverdue(
  i: { dueDate: Date | null; stage: string; triage: string },
  now: Date = new Date(),
  timeZone: string = DEPLOYMENT_ZONE,
): boolean {
  if (!i.dueDate || i.stage === "closed" || i.triage !== "accepted") return false;
  return i.dueDate.toISOString().slice(0, 10) < localDay(now, timeZone);
}

// The same rules in SQL, for lists and dashboards (table alias "i"). `zone` is the regency's zone
// as SQL: `sqlZoneOf(regencyId)` when the query reads one regency (evaluated once), else the
// default, each row's own regency.
export const SQL_CLOCK = Prisma.sql`COALESCE(i."lastOwnerUpdateAt", i."acceptedAt", i."createdAt")`;
export const SQL_OPEN = Prisma.sql`(i.triage = 'accepted' AND i.stage <> 'closed')`;
export const SQL_ROW_ZONE = Prisma.sql`(SELECT z."timeZone" FROM "Regency" z WHERE z.id = i."regencyId")`;
export const sqlZoneOf = (regencyId: string) =>
  Prisma.sql`(SELECT z."timeZone" FROM "Regency" z WHERE z.id = ${regencyId}::uuid)`;
/** Today on the regency's calendar. */
export const sqlToday = (now: Date, zone: Prisma.Sql = SQL_ROW_ZONE) =>
  Prisma.sql`(${now}::timestamptz AT TIME ZONE ${zone})::date`;
const sqlClockDay = (zone: Prisma.Sql) => Prisma.sql`(${SQL_CLOCK} AT TIME ZONE ${zone})::date`;
export const sqlStale = (now: Date, zone: Prisma.Sql = SQL_ROW_ZONE) =>
  Prisma.sql`(${SQL_OPEN} AND ${sqlClockDay(zone)} + i."reviewCadenceDays" < ${sqlToday(now, zone)})`;
export const sqlEscalated = (now: Date, zone: Prisma.Sql = SQL_ROW_ZONE) =>
  Prisma.sql`(${SQL_OPEN} AND ${sqlClockDay(zone)} + 2 * i."reviewCadenceDays" < ${sqlToday(now, zone)})`;
export const sqlOverdue = (now: Date, zone: Prisma.Sql = SQL_ROW_ZONE) =>
  Prisma.sql`(${SQL_OPEN} AND i."dueDate" < ${sqlToday(now, zone)})`;
/** The day the owner's next update is due (stale after it), for ordering. */
export const sqlUpdateDueDay = (zone: Prisma.Sql = SQL_ROW_ZONE) =>
  Prisma.sql`(${sqlClockDay(zone)} + i."reviewCadenceDays")`;
