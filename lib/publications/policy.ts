import type { Actor } from "@/lib/auth/actor";
import { can, regencyScope } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db";
import { holderUserIds, positionIdsHeldBy } from "@/lib/leadership/holders";

/** Publications the actor may read: their regencies under publications.read. */
export const visiblePublications = (actor: Actor) => regencyScope(actor, "publications.read");

/** The positions whose holders approve: the one the regency names, else its coordinator position(s). */
export async function approverPositionIds(tx: Tx | Db, regencyId: string): Promise<string[]> {
  const settings = await tx.publicationSettings.findUnique({ where: { regencyId }, select: { approverPositionId: true } });
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
  const [wanted, held] = await Promise.all([approverPositionIds(tx, regencyId), positionIdsHeldBy(tx, actor.id, regencyId)]);
  return wanted.some((id) => held.includes(id));
}

/** Who is told a piece awaits approval: the approver position's holders, else the coordinators. */
export async function approverUserIds(tx: Tx | Db, regencyId: string): Promise<string[]> {
  const holders = await holderUserIds(tx, await approverPositionIds(tx, regencyId));
  if (holders.length) return holders;
  const members = await tx.membership.findMany({ where: { regencyId, role: "coordinator" }, select: { userId: true } });
  return members.map((m) => m.userId);
}

/** The coordinator side of a regency (for media alerts): coordinator position holders, else coordinator members. */
export async function coordinatorUserIds(tx: Tx | Db, regencyId: string): Promise<string[]> {
  const positions = await tx.position.findMany({ where: { regencyId, isCoordinator: true }, select: { id: true } });
  const holders = await holderUserIds(tx, positions.map((p) => p.id));
  if (holders.length) return holders;
  const members = await tx.membership.findMany({ where: { regencyId, role: "coordinator" }, select: { userId: true } });
  return members.map((m) => m.userId);
}
