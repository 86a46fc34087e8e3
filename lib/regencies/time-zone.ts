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
