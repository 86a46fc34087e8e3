import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { IsoRecordType } from "../shared";
import { loadEvidenceOwner } from "./mutations";

/** A file's metadata when the actor may read the record it belongs to; else null. */
export async function getEvidenceFile(actor: Actor, id: string) {
  const file = await db.isoEvidenceFile.findUnique({
    where: { id },
    select: { id: true, recordType: true, recordId: true, storageKey: true, fileName: true, contentType: true },
  });
  if (!file) return null;
  const owner = await loadEvidenceOwner(db, actor, file.recordType as IsoRecordType, file.recordId);
  return owner ? file : null;
}

/** The files on a record the caller has already loaded through the actor's scope. */
export function listEvidenceFiles(recordType: IsoRecordType, recordId: string) {
  return db.isoEvidenceFile.findMany({
    where: { recordType, recordId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      fileName: true,
      sizeBytes: true,
      sha256: true,
      createdAt: true,
      uploadedBy: { select: { name: true } },
    },
  });
}
