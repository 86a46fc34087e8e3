import "server-only";
import { db } from "@/lib/db";
import type { ActorMembership } from "./actor";

/**
 * Oversight (Kemendagri for the whole country, a province's Biro Pemerintahan for its own) reads
 * every regency in its scope as role "oversight": one membership per regency, made when the actor
 * is loaded, never stored. The permission table decides what that role may read; it changes nothing.
 */
export async function oversightMemberships(
  scope: { province: string | null } | null,
  own: ActorMembership[] = [],
): Promise<ActorMembership[]> {
  if (!scope) return own;
  const regencies = await db.regency.findMany({
    where: { ...(scope.province ? { province: scope.province } : {}), id: { notIn: own.map((m) => m.regencyId) } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true, timeZone: true },
  });
  return [
    ...own,
    ...regencies.map((r) => ({
      regencyId: r.id,
      regencyName: r.name,
      regencySlug: r.slug,
      regencyTimeZone: r.timeZone,
      role: "oversight" as const,
    })),
  ];
}
