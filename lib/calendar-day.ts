import { z } from "zod";
import { dayToDate, isCalendarDay } from "./days";

// Every day a person types into Mekar (a due date, a survey's opening day, a filter's "from") goes
// through here. The browser's date field is not trusted: a hand-made post, an old browser that
// shows a text box, or a spreadsheet may send "2026-02-30" (which JavaScript's Date quietly turns
// into 2 March), "2026-13-45", or year 0000 (which Date.UTC reads as 1900, and Postgres, which
// has no year 0, refuses with an error). A day is "YYYY-MM-DD" that exists on the calendar, in
// the years an administration's records can be about (lib/days.ts: 1900–2200).

/** The message of a day that does not exist or lies outside those years. */
export const BAD_DAY = "common.validation.date";

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
    z
      .string()
      .trim()
      .refine((s) => s === "" || isCalendarDay(s), BAD_DAY),
  ])
  .optional() // a key left out of the object as well (zod treats only .optional() so)
  .transform((v) => (v ? dayToDate(v) : null));
