// Times typed in a form (datetime-local, no zone) mean the regency's wall clock (WIB by default).
const TZ = process.env.MEKAR_TIMEZONE || "Asia/Jakarta";

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
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  if (Number.isNaN(wall)) return null;
  const first = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  return new Date(wall - offsetMinutes(new Date(first), timeZone) * 60_000);
}

/** The instant as a datetime-local value in the zone (for a form's default). */
export function toZonedInput(at: Date | null | undefined, timeZone: string = TZ): string {
  if (!at) return "";
  const local = new Date(at.getTime() + offsetMinutes(at, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}
