import { isDayOf, isWithinCalendar } from "@/lib/days";

// Times typed in a form (datetime-local, no zone) mean the wall clock of the record's regency
// (Regency.timeZone): a Malaka facilitator's 09.00 is 09.00 WITA. Without a zone, the deployment's.
const TZ = process.env.MEKAR_TIMEZONE || "Asia/Jakarta";

/**
 * A time from a form before its regency is known: the wall clock as typed ("2026-12-01T09:00"),
 * placed in the regency's zone by the mutation (`atZone`), or an instant (ISO with offset, Date).
 */
export type WallClockInput = Date | { wall: string };

/** A datetime-local value ("YYYY-MM-DDTHH:MM") kept as wall clock; anything else as an instant; null when malformed. */
export function wallClockInput(value: Date | string): WallClockInput | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return parseZonedDateTime(value) ? { wall: value } : null;
  const d = new Date(value);
  return value && isWithinCalendar(d) ? d : null;
}

/** The instant of a form's time in the regency's zone. */
export function atZone(value: WallClockInput, timeZone: string): Date {
  if (value instanceof Date) return value;
  const d = parseZonedDateTime(value.wall, timeZone);
  if (!d) throw new RangeError(`not a wall-clock time: ${value.wall}`);
  return d;
}

function offsetMinutes(at: Date, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** "2026-12-01T09:00" in the zone → the instant; null when malformed. */
export function parseZonedDateTime(value: string, timeZone: string = TZ): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  // a day that exists (lib/calendar-day.ts) and a time of day: Date.UTC would roll 30 February
  // over into March and read year 0000 as 1900
  if (!m || !isDayOf(Number(m[1]), Number(m[2]), Number(m[3])) || Number(m[4]) > 23 || Number(m[5]) > 59) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const first = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  return new Date(wall - offsetMinutes(new Date(first), timeZone) * 60_000);
}

/** The instant as a datetime-local value in the zone (for a form's default). */
export function toZonedInput(at: Date | null | undefined, timeZone: string = TZ): string {
  if (!at) return "";
  const local = new Date(at.getTime() + offsetMinutes(at, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}
