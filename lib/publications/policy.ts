import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { whereActorMay } from "@/lib/auth/regency-access";
import type { Db, Tx } from "@/lib/db";
import { holderUserIds, positionIdsHeldBy } from "@/lib/leadership/holders";
import { memberUserIdsWhoCan } from "@/lib/regencies/coordinators";

/** Publications the actor may read: their regencies under publications.read. */
export const visiblePublications = (actor: Actor) => whereActorMay(actor, "publications.read");

/** The positions whose holders approve: the one the regency names, else its coordinator position(s). */
export async function approverPositionIds(tx: Tx | Db, regencyId: string): Promise<string[]> {
  const settings = await tx.publicationSettings.findUnique({
    where: { regencyId },
    select: { approverPositionId: true },
  });
  if (settings?.approverPositionId) return [settings.approverPositionId];
  const positions = await tx.position.findMany({ where: { regencyId, isCoordinator: true }, select: { id: true } });
  return positions.map((p) => p.id);
}

/**
 * May approve in this regency: holds publications.approve (the coordinator), or holds the
 * position the regency names as approver. Whether they wrote the piece is checked apart.
 */
export async function mayApprove(tx: Tx | Db, actor: Actor, regencyId: string): Promise<boolean> {
  if (can(actor, "publications.approve", regencyId)) return true;
  if (!actor.memberships.some((m) => m.regencyId === regencyId)) return false;
  const [wanted, held] = await Promise.all([
    approverPositionIds(tx, regencyId),
    positionIdsHeldBy(tx, actor.id, regencyId),
  ]);
  return wanted.some((id) => held.includes(id));
}

/** Who is told a piece awaits approval: the approver position's holders, else the members who may approve. */
export async function approverUserIds(tx: Tx | Db, regencyId: string): Promise<string[]> {
  const holders = await holderUserIds(tx, await approverPositionIds(tx, regencyId));
  return holders.length ? holders : memberUserIdsWhoCan(tx, regencyId, "publications.approve");
}
