import { parseZonedDateTime } from "@/lib/publications/time";

/** Indonesia's three time zones, as IANA names, with the abbreviations officials write after a time. */
export const REGENCY_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;
export type RegencyZone = (typeof REGENCY_ZONES)[number];

export const DEFAULT_ZONE: RegencyZone = "Asia/Jakarta";

const LABEL: Record<RegencyZone, string> = { "Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" };

/** "WIB", "WITA" or "WIT"; any other zone (a deployment's MEKAR_TIMEZONE) by its UTC offset. */
export function zoneLabel(timeZone: string): string {
  if (timeZone in LABEL) return LABEL[timeZone as RegencyZone];
  const offset = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(new Date())
    .find((p) => p.type === "timeZoneName")?.value;
  return offset ?? timeZone;
}

export function isRegencyZone(value: string): value is RegencyZone {
  return (REGENCY_ZONES as readonly string[]).includes(value);
}

/**
 * The zone of a regency from its Kemendagri code's province part (Keppres 41/1987):
 * Sumatra, Java, West and Central Kalimantan WIB; Bali, Nusa Tenggara, South/East/North Kalimantan and
 * Sulawesi WITA; Maluku and Papua WIT.
 */
export function zoneForRegencyCode(code: string): RegencyZone {
  const province = Number(code.slice(0, 2));
  if (province >= 81) return "Asia/Jayapura";
  if ((province >= 51 && province <= 53) || (province >= 63 && province <= 65) || (province >= 71 && province <= 79))
    return "Asia/Makassar";
  return "Asia/Jakarta";
}

// Calendar days in a regency's zone: a due date is a day on the regency's calendar, so "overdue"
// starts at 00:00 local time (00:00 WIT in Papua), not at 00:00 UTC.

/** The calendar day ("2026-12-04") of an instant in the zone. */
export function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/** A day ("2026-12-04") plus `days`. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` ("2026-12-01" → "2026-12-04" is 3). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** 00:00 of the day in the zone, as an instant. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const d = parseZonedDateTime(`${day}T00:00`, timeZone);
  if (!d) throw new RangeError(`not a day: ${day}`);
  return d;
}

/** A date-only value (a due date) as its day: "2026-12-04". */
export const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

/** The due day has passed on the zone's calendar: overdue from 00:00 local time the next day. */
export function isPastDay(due: Date, now: Date, timeZone: string): boolean {
  return dayOf(due) < localDay(now, timeZone);
}

/** Whole calendar days in the zone from the instant `at` to `now` (for "N days without update"). */
export function calendarDaysSince(at: Date, now: Date, timeZone: string): number {
  return daysBetween(localDay(at, timeZone), localDay(now, timeZone));
}
