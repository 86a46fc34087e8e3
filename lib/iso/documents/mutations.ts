import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { created, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { once } from "@/lib/idempotency";

import type { CreateDocumentInput } from "./schemas";
import { whereActorMay } from "@/lib/auth/regency-access";
import { conflictIfStale } from "@/lib/versioned";
import { assertSameRegency } from "@/lib/regencies/references";

const entity = (d: { id: string; regencyId: string }) => ({ type: "iso_document", id: d.id, regencyId: d.regencyId });

async function loadVersion(tx: Tx, actor: Actor, versionId: string) {
  const v = await tx.isoDocumentVersion.findFirst({
    where: { id: versionId, document: whereActorMay(actor, "iso.read") },
    include: { document: true },
  });
  if (!v) throw new AppError("NOT_FOUND");
  return v;
}

export async function createDocument(actor: Actor, input: CreateDocumentInput): Promise<{ id: string }> {
  assertCan(actor, "iso.manage", input.regencyId);
  try {
    return await db.$transaction((tx) =>
      once(tx, input.idempotencyKey, actor.id, async () => {
        await assertSameRegency(tx, input.regencyId, "agency", input.ownerAgencyId, "ownerAgencyId");
        const doc = await tx.isoDocument.create({
          data: {
            regencyId: input.regencyId,
            number: input.number,
            title: input.title,
            type: input.type,
            ownerAgencyId: input.ownerAgencyId,
            createdById: actor.id,
            versions: { create: { versionNo: 1, content: input.content, authorId: actor.id } },
          },
          select: { id: true, regencyId: true },
        });
        await recordAudit(
          tx,
          actor,
          "iso_document.created",
          entity(doc),
          created({
            number: input.number,
            title: input.title,
            type: input.type,
            ownerAgencyId: input.ownerAgencyId,
            versionNo: 1,
          }),
        );
        return { id: doc.id };
      }),
    );
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("INVALID", "common.errors.invalid", { number: ["iso.errors.docNumberTaken"] });
    throw e;
  }
}

/** Only a draft is edited; an approved, effective or superseded version is kept as it is. */
export async function editDraft(
  actor: Actor,
  input: { versionId: string; version: number; changeSummary: string; content: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const v = await loadVersion(tx, actor, input.versionId);
    assertCan(actor, "iso.manage", v.document.regencyId);
    if (v.status !== "draft") throw new AppError("INVALID", "iso.errors.docVersionLocked");
    await conflictIfStale(() =>
      tx.isoDocumentVersion.update({
        where: { id: v.id, version: input.version },
        data: { content: input.content, changeSummary: input.changeSummary, version: { increment: 1 } },
      }),
    );
    await recordAudit(tx, actor, "iso_document.draft_edited", entity(v.document), {
      versionNo: v.versionNo,
      ...(v.content !== input.content ? { content: [v.content, input.content] } : {}),
      ...(v.changeSummary !== input.changeSummary ? { changeSummary: [v.changeSummary, input.changeSummary] } : {}),
    });
  });
}

export async function submitForReview(actor: Actor, input: { versionId: string; version: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const v = await loadVersion(tx, actor, input.versionId);
    assertCan(actor, "iso.manage", v.document.regencyId);
    if (v.status !== "draft") throw new AppError("INVALID", "iso.errors.docNotDraft");
    if (!v.content.trim()) throw new AppError("INVALID", "iso.errors.docEmpty");
    await conflictIfStale(() =>
      tx.isoDocumentVersion.update({
        where: { id: v.id, version: input.version },
        data: { status: "in_review", version: { increment: 1 } },
      }),
    );
    await recordAudit(tx, actor, "iso_document.submitted", entity(v.document), {
      versionNo: v.versionNo,
      status: ["draft", "in_review"],
    });
  });
}

/** Gate: approval by a named approver who is not the author; a return needs a reason. */
export async function reviewVersion(
  actor: Actor,
  input: { versionId: string; version: number; decision: "approve" | "return"; note: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const v = await loadVersion(tx, actor, input.versionId);
    assertCan(actor, "iso.approve", v.document.regencyId);
    if (v.status !== "in_review") throw new AppError("INVALID", "iso.errors.docNotInReview");
    if (v.authorId === actor.id) throw new AppError("FORBIDDEN", "iso.errors.approverIsAuthor");
    if (input.decision === "return" && input.note.trim().length < 10)
      throw new AppError("INVALID", "iso.errors.returnNoteRequired", { note: ["iso.errors.returnNoteRequired"] });
    const approve = input.decision === "approve";
    const now = new Date();
    await conflictIfStale(() =>
      tx.isoDocumentVersion.update({
        where: { id: v.id, version: input.version },
        data: approve
          ? { status: "approved", approverId: actor.id, approvedAt: now, version: { increment: 1 } }
          : { status: "draft", version: { increment: 1 } },
      }),
    );
    await recordAudit(tx, actor, approve ? "iso_document.approved" : "iso_document.returned", entity(v.document), {
      versionNo: v.versionNo,
      status: ["in_review", approve ? "approved" : "draft"],
      ...(approve ? { approverId: [null, actor.id] } : { note: [null, input.note] }),
    });
  });
}

/** An approved version takes effect; the version in effect until now is superseded and stays readable. */
export async function makeEffective(
  actor: Actor,
  input: { versionId: string; version: number; reviewDueDate: Date | null },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const v = await loadVersion(tx, actor, input.versionId);
    assertCan(actor, "iso.approve", v.document.regencyId);
    if (v.status !== "approved") throw new AppError("INVALID", "iso.errors.docNotApproved");
    const now = new Date();
    const previous = await tx.isoDocumentVersion.findMany({
      where: { documentId: v.documentId, status: "effective" },
      select: { id: true, versionNo: true },
    });
    await tx.isoDocumentVersion.updateMany({
      where: { id: { in: previous.map((p) => p.id) } },
      data: { status: "superseded", supersededAt: now, version: { increment: 1 } },
    });
    await conflictIfStale(() =>
      tx.isoDocumentVersion.update({
        where: { id: v.id, version: input.version },
        data: { status: "effective", effectiveAt: now, reviewDueDate: input.reviewDueDate, version: { increment: 1 } },
      }),
    );
    await recordAudit(tx, actor, "iso_document.effective", entity(v.document), {
      versionNo: v.versionNo,
      status: ["approved", "effective"],
      reviewDueDate: [null, input.reviewDueDate?.toISOString().slice(0, 10) ?? null],
      superseded: [null, previous.map((p) => p.versionNo)],
    });
  });
}

/** A change to a kept document is a new version: a draft copied from the latest one. */
export async function startNewVersion(
  actor: Actor,
  input: { documentId: string; changeSummary: string },
): Promise<{ id: string }> {
  try {
    return await db.$transaction(async (tx) => {
      // the document's row is locked before its versions are read: of two "new version" clicks at
      // once, the second waits and then finds the open version the first made (docOpenVersion)
      await tx.$executeRaw`SELECT 1 FROM "IsoDocument" WHERE id = ${input.documentId}::uuid FOR UPDATE`;
      const doc = await tx.isoDocument.findFirst({
        where: { id: input.documentId, ...whereActorMay(actor, "iso.read") },
        include: { versions: { orderBy: { versionNo: "desc" } } },
      });
      if (!doc) throw new AppError("NOT_FOUND");
      assertCan(actor, "iso.manage", doc.regencyId);
      if (doc.versions.some((v) => v.status === "draft" || v.status === "in_review" || v.status === "approved"))
        throw new AppError("INVALID", "iso.errors.docOpenVersion");
      const latest = doc.versions[0];
      const versionNo = latest.versionNo + 1;
      await tx.isoDocument.update({ where: { id: doc.id }, data: { version: { increment: 1 } } });
      const v = await tx.isoDocumentVersion.create({
        data: {
          documentId: doc.id,
          versionNo,
          content: latest.content,
          changeSummary: input.changeSummary,
          authorId: actor.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, actor, "iso_document.version_started", entity(doc), {
        versionNo: [latest.versionNo, versionNo],
        changeSummary: [null, input.changeSummary],
      });
      return v;
    });
  } catch (e) {
    // a backstop for the lock: the version number another click took is the same open version
    if (isUniqueViolation(e)) throw new AppError("INVALID", "iso.errors.docOpenVersion");
    throw e;
  }
}
