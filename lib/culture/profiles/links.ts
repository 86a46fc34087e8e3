import "server-only";
import { db } from "@/lib/db";
import { cultureSourceHref, parseCultureSourceRef, type CultureSource } from "./source-ref";

export type CultureSourceLink = CultureSource & { href: string; agencyName: string | null };

/**
 * For ISO records proposed from a culture gap: which gap (agency, or the whole regency when
 * agencyName is null; type; period) and where its page is. Refs that are not culture sources map to
 * nothing. The caller has already scoped the records; the agency is looked up in their regency.
 */
export async function cultureSourceLinks(refs: (string | null)[]): Promise<Map<string, CultureSourceLink>> {
  const parsed = new Map<string, CultureSource>();
  for (const ref of refs) {
    const s = parseCultureSourceRef(ref);
    if (s && ref) parsed.set(ref, s);
  }
  if (!parsed.size) return new Map();
  const agencyIds = [...new Set([...parsed.values()].flatMap((s) => (s.agencyId ? [s.agencyId] : [])))];
  const agencies = agencyIds.length
    ? await db.agency.findMany({ where: { id: { in: agencyIds } }, select: { id: true, name: true, regencyId: true } })
    : [];
  const out = new Map<string, CultureSourceLink>();
  for (const [ref, s] of parsed) {
    const agency = agencies.find((a) => a.id === s.agencyId && a.regencyId === s.regencyId);
    if (s.agencyId && !agency) continue;
    out.set(ref, { ...s, href: cultureSourceHref(s), agencyName: agency?.name ?? null });
  }
  return out;
}
