import type { Tx } from "@/lib/db";

/**
 * What a position owns right now, counted per kind, for the handover record (serah terima):
 * since work points at the position, all of it follows to the new holder; the record says
 * what moved. Each capability adds its own line below its marker.
 */
export async function summarizePositionWork(tx: Tx, positionId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  // --- work: regencies ---
  // --- work: issues ---
  counts.openIssues = await tx.issue.count({
    where: { ownerPositionId: positionId, stage: { not: "closed" }, triage: { in: ["pending", "accepted"] } },
  });
  // --- work: iso ---
  counts.openCorrectiveActions = await tx.isoCorrectiveAction.count({
    where: { ownerPositionId: positionId, doneAt: null, nonconformity: { status: { not: "closed" } } },
  });
  // --- work: publications ---
  counts.publicationsAwaitingApproval = await tx.publication.count({
    where: { status: "submitted", regency: { publicationSettings: { approverPositionId: positionId } } },
  });
  return counts;
}
