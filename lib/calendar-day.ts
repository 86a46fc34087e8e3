import { z } from "zod";

// Every day a person types into Mekar (a due date, a survey's opening day, a filter's "from") goes
// through here. The browser's date field is not trusted: a hand-made post, an old browser that
// shows a text box, or a spreadsheet may send "2026-02-30" (which JavaScript's Date quietly turns
// into 2 March), "2026-13-45", or year 0000 (which Date.UTC reads as 1900, and Postgres, which
// has no year 0, refuses with an error). A day is "YYYY-MM-DD" that exists on the calendar, in
// the years an administration's records can be about.

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

/** The message of a day that does not exist or lies outside FIRST_YEAR–LAST_YEAR. */
export const BAD_DAY = "common.validation.date";

/** Whether y-m-d (numbers) is a day of the calendar within FIRST_YEAR–LAST_YEAR. */
export function isDayOf(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate(); // day 0 of the next month: this month's last
}

/** Whether `s` is "YYYY-MM-DD", a day that exists, within FIRST_YEAR–LAST_YEAR. */
export function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isDayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Whether the instant falls within FIRST_YEAR–LAST_YEAR (an instant sent whole, with its zone). */
export function isWithinCalendar(d: Date): boolean {
  const y = d.getUTCFullYear();
  return !Number.isNaN(d.getTime()) && y >= FIRST_YEAR && y <= LAST_YEAR;
}

/** The day at 00:00 UTC, as Mekar stores a calendar day in a Date column. */
export const dayToDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** A required day, kept as the "YYYY-MM-DD" string; `required` is the message when it is empty. */
export const calendarDay = (required = "common.validation.required") =>
  z.string(required).trim().min(1, required).refine(isCalendarDay, BAD_DAY);

/** A required day as a Date (00:00 UTC). */
export const calendarDayDate = (required?: string) => calendarDay(required).transform(dayToDate);

/** An optional day as a Date (00:00 UTC), or null when left empty. */
export const optionalCalendarDayDate = z
  .union([
    z.literal(""),
    z.null(),
    z.undefined(),
    z
      .string()
      .trim()
      .refine((s) => s === "" || isCalendarDay(s), BAD_DAY),
  ])
  .transform((v) => (v ? dayToDate(v) : null));
