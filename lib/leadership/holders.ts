import type { Db, Tx } from "@/lib/db";

/** The open term of a position on a date: started, and not yet ended. */
export function openTermWhere(on: Date = new Date()) {
  return { startDate: { lte: on }, OR: [{ endDate: null }, { endDate: { gte: on } }] };
}

/**
 * User accounts of the people who hold these positions today. Work that belongs to a position
 * (notifications, approvals) goes to them; a position with no holder (or a holder without an
 * account) yields nobody, and the caller shows it as a gap.
 */
export async function holderUserIds(tx: Tx | Db, positionIds: string[]): Promise<string[]> {
  if (!positionIds.length) return [];
  const terms = await tx.positionTerm.findMany({
    where: { positionId: { in: positionIds }, userId: { not: null }, ...openTermWhere() },
    select: { userId: true },
  });
  return [...new Set(terms.map((t) => t.userId!))];
}

/** The positions a user holds today in a regency (what "my work" means for them). */
export async function positionIdsHeldBy(tx: Tx | Db, userId: string, regencyId: string): Promise<string[]> {
  const terms = await tx.positionTerm.findMany({
    where: { userId, position: { regencyId }, ...openTermWhere() },
    select: { positionId: true },
  });
  return terms.map((t) => t.positionId);
}
