import { addDays, localDay, startOfLocalDay } from "@/lib/regencies/time-zone";

// Deadlines of aspirations follow the national complaint system's tiers (SP4N-LAPOR!): a first
// response telling the status within 3 working days; information requests and complaints answered
// within 5; disputes that need no field check within 14; those that need one within 60. The days
// are stored per regency (Regency.aspiration*Days) and counted here in working days: Monday to
// Friday on the regency's calendar (its own time zone). National holidays and cuti bersama are
// not left out (a list of them per year would have to be kept): the deadline is never later than
// the law's, at worst a day or two earlier.

export const ASPIRATION_TIERS = ["standard", "no_field_check", "field_check"] as const;
export type AspirationTierName = (typeof ASPIRATION_TIERS)[number];

export type DeadlineDays = {
  aspirationFirstResponseDays: number;
  aspirationStandardDays: number;
  aspirationNoFieldCheckDays: number;
  aspirationFieldCheckDays: number;
};

export const DEFAULT_DEADLINE_DAYS: DeadlineDays = {
  aspirationFirstResponseDays: 3,
  aspirationStandardDays: 5,
  aspirationNoFieldCheckDays: 14,
  aspirationFieldCheckDays: 60,
};

export function daysForTier(
  days: Pick<DeadlineDays, "aspirationStandardDays" | "aspirationNoFieldCheckDays" | "aspirationFieldCheckDays">,
  tier: AspirationTierName,
): number {
  return {
    standard: days.aspirationStandardDays,
    no_field_check: days.aspirationNoFieldCheckDays,
    field_check: days.aspirationFieldCheckDays,
  }[tier];
}

/** Whether a calendar day ("2026-12-05") is a working day (Monday to Friday). */
export function isWorkingDay(day: string): boolean {
  const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6;
}

/** The n-th working day after the day of `from` on the zone's calendar ("2026-12-09"). */
export function workingDayAfter(from: Date, n: number, timeZone: string): string {
  let day = localDay(from, timeZone);
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/**
 * A deadline of `n` working days from `from`: the end of the n-th working day after the day it
 * started (00:00 of the next day, local time), and the escalation at twice that. Received on a
 * Friday with 3 days: due by the end of Wednesday, escalated after the following Wednesday.
 */
export function deadlineFrom(from: Date, n: number, timeZone: string): { dueAt: Date; escalateAt: Date } {
  return {
    dueAt: startOfLocalDay(addDays(workingDayAfter(from, n, timeZone), 1), timeZone),
    escalateAt: startOfLocalDay(addDays(workingDayAfter(from, 2 * n, timeZone), 1), timeZone),
  };
}

export type AttentionOfAspiration = "ok" | "overdue" | "escalated";

const WAITING = new Set(["received", "verified", "forwarded"]);

/** Unanswered past its deadline: needs attention; past the escalation: escalated. */
export function aspirationAttention(
  a: { status: string; dueAt: Date; escalateAt: Date },
  now = new Date(),
): AttentionOfAspiration {
  if (!WAITING.has(a.status)) return "ok";
  return now >= a.escalateAt ? "escalated" : now >= a.dueAt ? "overdue" : "ok";
}

/** The last day a deadline allows (dueAt is 00:00 of the day after it), for showing it as a date. */
export function lastDayOf(dueAt: Date): Date {
  return new Date(dueAt.getTime() - 1);
}
