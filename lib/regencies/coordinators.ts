import { rolesWith, type Permission } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db";
import { holderUserIds } from "@/lib/leadership/holders";

/** Members of the regency whose role holds the permission (the permission table decides which roles). */
export async function memberUserIdsWhoCan(tx: Tx | Db, regencyId: string, permission: Permission): Promise<string[]> {
  const members = await tx.membership.findMany({
    where: { regencyId, role: { in: rolesWith(permission) } },
    select: { userId: true },
  });
  return members.map((m) => m.userId);
}

/**
 * Whoever coordinates the regency today, for notices that need a coordinator (issue proposals,
 * media alerts): the holders of its coordinator position (Wakil Bupati or Sekda); while that
 * post is empty, the members who may triage issues, so a notice never goes to nobody.
 */
export async function coordinatorUserIds(tx: Tx | Db, regencyId: string): Promise<string[]> {
  const positions = await tx.position.findMany({ where: { regencyId, isCoordinator: true }, select: { id: true } });
  const holders = await holderUserIds(
    tx,
    positions.map((p) => p.id),
  );
  return holders.length ? holders : memberUserIdsWhoCan(tx, regencyId, "issues.triage");
}
