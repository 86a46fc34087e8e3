import { CULTURE_TYPES, type CultureType } from "../instrument";

// The link between a culture gap and the change initiative and quality objective proposed from it,
// kept on both records as `sourceRef` (like "assessment:<id>:<indicator>" for a red ISO 18091
// rating): "culture:<regencyId>:<agencyId|regency>:<type>:<period>".

export type CultureSource = { regencyId: string; agencyId: string | null; type: CultureType; period: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function cultureSourceRef(s: CultureSource): string {
  return `culture:${s.regencyId}:${s.agencyId ?? "regency"}:${s.type}:${s.period}`;
}

/** The gap a sourceRef names, or null when it is not a (well-formed) culture source. */
export function parseCultureSourceRef(ref: string | null | undefined): CultureSource | null {
  const [kind, regencyId, group, type, period, ...rest] = ref?.split(":") ?? [];
  if (kind !== "culture" || rest.length || !UUID.test(regencyId ?? "")) return null;
  if (group !== "regency" && !UUID.test(group ?? "")) return null;
  if (!(CULTURE_TYPES as readonly string[]).includes(type)) return null;
  if (!/^\d{4}$/.test(period ?? "")) return null;
  return { regencyId, agencyId: group === "regency" ? null : group, type: type as CultureType, period: Number(period) };
}

/** Where the gap is shown: the agency's culture page or the regency's, at that period. */
export function cultureSourceHref(s: CultureSource): string {
  return s.agencyId ? `/culture/agencies/${s.agencyId}?period=${s.period}` : `/culture?period=${s.period}`;
}
