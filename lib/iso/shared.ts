import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type IsoRecordType = "nonconformity" | "assessment" | "audit" | "change";

/** Kept records (closed, approved, verified) are never edited in place. */
export function refuseLocked(locked: boolean, messageKey = "iso.errors.recordLocked"): void {
  if (locked) throw new AppError("INVALID", messageKey);
}

/** One line of a record's history (riwayat): every state it went through, with the reason. */
export async function recordIsoEvent(
  tx: Tx,
  actor: Actor,
  e: {
    regencyId: string;
    recordType: IsoRecordType;
    recordId: string;
    event: string;
    fromStatus?: string | null;
    toStatus?: string | null;
    note?: string | null;
  },
): Promise<void> {
  await tx.isoRecordEvent.create({
    data: {
      regencyId: e.regencyId,
      recordType: e.recordType,
      recordId: e.recordId,
      event: e.event,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      note: e.note ?? null,
      actorId: actor.id,
    },
  });
}

/** "user:<uuid>" or "position:<uuid>" from an owner picker. */
export function parseOwner(value: string): { ownerUserId: string | null; ownerPositionId: string | null } {
  const [kind, id] = value.split(":");
  return kind === "position" ? { ownerUserId: null, ownerPositionId: id } : { ownerUserId: id, ownerPositionId: null };
}
