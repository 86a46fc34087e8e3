import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { created, recordAudit } from "@/lib/audit/record";
import { db, type Db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { storeFile } from "@/lib/files/store";
import { refuseLocked, type IsoRecordType } from "../shared";
import { whereActorMay } from "@/lib/auth/regency-access";

/** The record a file belongs to, through the actor's scope: its regency and whether it is kept (locked). */
export async function loadEvidenceOwner(
  tx: Tx | Db,
  actor: Actor,
  recordType: IsoRecordType,
  recordId: string,
): Promise<{ regencyId: string; locked: boolean } | null> {
  const where = { id: recordId, ...whereActorMay(actor, "iso.read") };
  if (recordType === "nonconformity") {
    const r = await tx.isoNonconformity.findFirst({ where, select: { regencyId: true, status: true } });
    return r && { regencyId: r.regencyId, locked: r.status === "closed" };
  }
  if (recordType === "assessment") {
    const r = await tx.isoAssessment.findFirst({ where, select: { regencyId: true, status: true } });
    return r && { regencyId: r.regencyId, locked: r.status === "verified" || r.status === "submitted" };
  }
  const r = await tx.isoAudit.findFirst({ where, select: { regencyId: true, status: true } });
  return r && { regencyId: r.regencyId, locked: r.status === "completed" };
}

/** Evidence (bukti) on a record that is not yet kept: type and size checked, SHA-256 stored. */
export async function attachEvidence(
  actor: Actor,
  input: { recordType: IsoRecordType; recordId: string; file: File; idempotencyKey: string },
): Promise<{ id: string }> {
  const owner = await loadEvidenceOwner(db, actor, input.recordType, input.recordId);
  if (!owner) throw new AppError("NOT_FOUND");
  assertCan(actor, "iso.manage", owner.regencyId);
  refuseLocked(owner.locked, "iso.errors.evidenceLocked");
  const stored = await storeFile(input.file);
  return db.$transaction(async (tx) => {
    const again = await loadEvidenceOwner(tx, actor, input.recordType, input.recordId);
    if (!again) throw new AppError("NOT_FOUND");
    // a re-sent submit (reload after posting) returns the file it already attached
    return once(tx, input.idempotencyKey, actor.id, async () => {
      refuseLocked(again.locked, "iso.errors.evidenceLocked");
      const file = await tx.isoEvidenceFile.create({
        data: {
          regencyId: owner.regencyId,
          recordType: input.recordType,
          recordId: input.recordId,
          uploadedById: actor.id,
          ...stored,
        },
        select: { id: true },
      });
      await recordAudit(
        tx,
        actor,
        "iso_evidence.attached",
        { type: `iso_${input.recordType}`, id: input.recordId, regencyId: owner.regencyId },
        created({ fileId: file.id, fileName: stored.fileName, sizeBytes: stored.sizeBytes, sha256: stored.sha256 }),
      );
      return file;
    });
  });
}
