import { addDays, localDay, startOfLocalDay } from "@/lib/regencies/time-zone";

// A survey takes answers from 00:00 of its first day to 24:00 of its last, on the regency's clock.

export type SurveyState = "scheduled" | "open" | "closed";

export function surveyState(s: { opensAt: Date; closesAt: Date }, now = new Date()): SurveyState {
  if (now < s.opensAt) return "scheduled";
  return now < s.closesAt ? "open" : "closed";
}

/** The first and last day (regency calendar) → the instants the window opens and closes. */
export function windowOf(opensOn: string, closesOn: string, timeZone: string): { opensAt: Date; closesAt: Date } {
  return { opensAt: startOfLocalDay(opensOn, timeZone), closesAt: startOfLocalDay(addDays(closesOn, 1), timeZone) };
}

/** The window's first and last day on the regency's calendar (what the forms show). */
export function daysOf(s: { opensAt: Date; closesAt: Date }, timeZone: string): { opensOn: string; closesOn: string } {
  return {
    opensOn: localDay(s.opensAt, timeZone),
    closesOn: localDay(new Date(Math.max(s.opensAt.getTime(), s.closesAt.getTime() - 1)), timeZone),
  };
}
