import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AGENCY_KINDS } from "./schemas";

/**
 * A regency's perangkat daerah with what hangs on each: positions and open development issues
 * (counted in the database). Null when the actor may not read the regency's leadership.
 */
export async function listAgencies(actor: Actor, regencyId: string) {
  if (!can(actor, "leadership.read", regencyId)) return null;
  const rows = await db.agency.findMany({
    where: { regencyId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      version: true,
      _count: { select: { positions: true, issues: { where: { triage: "accepted", stage: { not: "closed" } } } } },
    },
  });
  // the order of a regency's organisation chart: secretariats and inspectorate first, districts last
  const rank = (kind: string) => {
    const i = (AGENCY_KINDS as readonly string[]).indexOf(kind);
    return i < 0 ? AGENCY_KINDS.length : i;
  };
  return rows.sort((a, b) => rank(a.kind) - rank(b.kind));
}
export type AgencyRow = NonNullable<Awaited<ReturnType<typeof listAgencies>>>[number];
