import { Prisma } from "@/lib/generated/prisma/client";
import { DAY_MS } from "@/lib/time";

// Attention is computed from dates (lists never wait for a job): an open, accepted issue whose owner
// position has not updated it within its review cadence is stale; past twice the cadence it is
// escalated to the Bupati. The clock starts at acceptance (or reassignment) and restarts at
// every update by a holder of the owner position.

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

export function attentionOf(
  i: AttentionInput,
  now: Date = new Date(),
): { state: AttentionState; staleAt: Date; escalateAt: Date; daysSinceUpdate: number } {
  const base = attentionClock(i).getTime();
  const staleAt = new Date(base + i.reviewCadenceDays * DAY_MS);
  const escalateAt = new Date(base + 2 * i.reviewCadenceDays * DAY_MS);
  const daysSinceUpdate = Math.floor((now.getTime() - base) / DAY_MS);
  const open = i.triage === "accepted" && i.stage !== "closed";
  const state: AttentionState = !open ? "ok" : now > escalateAt ? "escalated" : now > staleAt ? "stale" : "ok";
  return { state, staleAt, escalateAt, daysSinceUpdate };
}

/** A date-only due date has passed (the due day itself still counts as on time). */
export function isOverdue(i: { dueDate: Date | null; stage: string; triage: string }, now: Date = new Date()): boolean {
  if (!i.dueDate || i.stage === "closed" || i.triage !== "accepted") return false;
  return i.dueDate.getTime() + DAY_MS <= now.getTime();
}

// The same rules in SQL, for lists and dashboards (table alias "i").
export const SQL_CLOCK = Prisma.sql`COALESCE(i."lastOwnerUpdateAt", i."acceptedAt", i."createdAt")`;
export const SQL_OPEN = Prisma.sql`(i.triage = 'accepted' AND i.stage <> 'closed')`;
export const sqlStale = (now: Date) =>
  Prisma.sql`(${SQL_OPEN} AND ${SQL_CLOCK} + make_interval(days => i."reviewCadenceDays") < ${now})`;
export const sqlEscalated = (now: Date) =>
  Prisma.sql`(${SQL_OPEN} AND ${SQL_CLOCK} + make_interval(days => 2 * i."reviewCadenceDays") < ${now})`;
export const sqlOverdue = (now: Date) =>
  Prisma.sql`(${SQL_OPEN} AND i."dueDate" < (${now}::timestamptz AT TIME ZONE 'UTC')::date)`;
