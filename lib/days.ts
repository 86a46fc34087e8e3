// The calendar check behind every day typed into Mekar (lib/calendar-day.ts has the form schemas
// built on it). Plain functions without zod or message keys: the browser's bundles import it too
// (lib/publications/time.ts).

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

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

/** Whether `s` is a month "YYYY-MM" within FIRST_YEAR–LAST_YEAR. */
export function isCalendarMonth(s: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  return !!m && isDayOf(Number(m[1]), Number(m[2]), 1);
}

/** Whether the instant falls within FIRST_YEAR–LAST_YEAR (an instant sent whole, with its zone). */
export function isWithinCalendar(d: Date): boolean {
  const y = d.getUTCFullYear();
  return !Number.isNaN(d.getTime()) && y >= FIRST_YEAR && y <= LAST_YEAR;
}

/** An instant written as text (a list's cursor, an ISO time), or null when it is none or lies outside those years. */
export function instantOrNull(s: string): Date | null {
  const d = new Date(s);
  return s && isWithinCalendar(d) ? d : null;
}

/** The day at 00:00 UTC, as Mekar stores a calendar day in a Date column. */
export const dayToDate = (day: string) => new Date(`${day}T00:00:00Z`);
