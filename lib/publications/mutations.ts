import "server-only";
import { timeZoneOf } from "@/lib/regencies/zone";
import { atZone } from "./time";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { created, diff, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import path from "node:path";
import { imageKindOf, storeImageVariants } from "@/lib/files/images";
import { MAX_FILE_BYTES, MAX_FILE_LABEL } from "@/lib/files/limits";
import { once } from "@/lib/idempotency";
import { notify } from "@/lib/notifications/notify";
import { approverUserIds, mayApprove, visiblePublications } from "./policy";
import {
  IMAGE_TYPES,
  type ApprovePublicationInput,
  type CreatePublicationInput,
  type SetPublicationImageInput,
  type UpdatePublicationInput,
} from "./schemas";
import { pieceSlug, uniqueSlug } from "./slug";
import { assertSameRegency } from "@/lib/regencies/references";
import { conflictIfStale } from "@/lib/versioned";

const ENTITY = "publication";

async function validIssueIds(tx: Tx, regencyId: string, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const found = await tx.issue.findMany({ where: { id: { in: ids }, regencyId }, select: { id: true } });
  if (found.length !== new Set(ids).size)
    throw new AppError("INVALID", "common.errors.invalid", { issueIds: ["publications.errors.issueNotFound"] });
  return found.map((i) => i.id);
}

async function loadPiece(tx: Tx, actor: Actor, id: string) {
  const piece = await tx.publication.findFirst({
    where: { id, ...visiblePublications(actor) },
    include: { issues: { select: { issueId: true } }, _count: { select: { versions: true } } },
  });
  if (!piece) throw new AppError("NOT_FOUND");
  return piece;
}

export async function createPublication(
  actor: Actor,
  input: CreatePublicationInput,
): Promise<{ id: string; slug: string }> {
  assertCan(actor, "publications.write", input.regencyId);
  return db.$transaction(async (tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const issueIds = await validIssueIds(tx, input.regencyId, input.issueIds);
      const timeZone = await timeZoneOf(tx, input.regencyId);
      const base = pieceSlug(input.title);
      const taken = await tx.publication.findMany({
        where: { regencyId: input.regencyId, slug: { startsWith: base } },
        select: { slug: true },
      });
      const slug = uniqueSlug(base, new Set(taken.map((t) => t.slug)));
      const piece = await tx.publication.create({
        data: {
          regencyId: input.regencyId,
          slug,
          kind: input.kind,
          title: input.title,
          summary: input.summary,
          body: input.body,
          internalNote: input.internalNote,
          publishAt: input.publishAt && atZone(input.publishAt, timeZone),
          authorId: actor.id,
          issues: { create: issueIds.map((issueId) => ({ issueId })) },
        },
      });
      await recordAudit(
        tx,
        actor,
        "publication.created",
        { type: ENTITY, id: piece.id, regencyId: piece.regencyId },
        created({ kind: piece.kind, title: piece.title, slug, publishAt: piece.publishAt, issueIds }),
      );
      return { id: piece.id, slug };
    }),
  );
}

/**
 * Edits the working copy. A draft is edited freely; an approved piece is never changed in
 * place: editing it starts a correction (a correction note is required) that is approved
 * again and becomes a new version.
 */
export async function updatePublication(actor: Actor, input: UpdatePublicationInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await loadPiece(tx, actor, input.id);
    assertCan(actor, "publications.write", before.regencyId);
    if (before.status === "submitted" || before.status === "withdrawn")
      throw new AppError("INVALID", "publications.errors.notEditable");
    const onRecord = before._count.versions > 0;
    if (onRecord && !input.correctionNote)
      throw new AppError("INVALID", "common.errors.invalid", {
        correctionNote: ["publications.errors.correctionNoteRequired"],
      });
    const issueIds = await validIssueIds(tx, before.regencyId, input.issueIds);
    const timeZone = await timeZoneOf(tx, before.regencyId);
    const after = await conflictIfStale(() =>
      tx.publication.update({
        where: { id: before.id, version: input.version },
        data: {
          kind: input.kind,
          title: input.title,
          summary: input.summary,
          body: input.body,
          internalNote: input.internalNote,
          publishAt: input.publishAt && atZone(input.publishAt, timeZone),
          correctionNote: onRecord ? input.correctionNote : null,
          status: "draft",
          version: { increment: 1 },
          issues: { deleteMany: {}, create: issueIds.map((issueId) => ({ issueId })) },
        },
      }),
    );
    const changes = diff(
      { ...before, issueIds: before.issues.map((i) => i.issueId).sort() },
      { ...after, issueIds: [...issueIds].sort() },
      ["kind", "title", "summary", "body", "internalNote", "publishAt", "correctionNote", "status", "issueIds"],
    );
    if (before.status === "approved") {
      await tx.publicationReview.create({
        data: {
          publicationId: before.id,
          action: "correction_started",
          comment: input.correctionNote,
          actorId: actor.id,
          actorName: actor.name,
        },
      });
    }
    await recordAudit(
      tx,
      actor,
      before.status === "approved" ? "publication.correction_started" : "publication.updated",
      { type: ENTITY, id: before.id, regencyId: before.regencyId },
      changes,
    );
  });
}

/**
 * Attaches (or replaces) the draft's image and its caption (the alt text), or changes only the
 * caption when no file comes. Only a draft: the image is part of what the approver approves;
 * on a published piece it changes through a correction (which makes the piece a draft again).
 */
export async function setPublicationImage(actor: Actor, input: SetPublicationImageInput): Promise<void> {
  // checked before the file is stored (no file lands for a refused request), and again in the transaction
  const current = await db.publication.findFirst({
    where: { id: input.id, ...visiblePublications(actor) },
    select: { regencyId: true, status: true, imageId: true },
  });
  if (!current) throw new AppError("NOT_FOUND");
  assertCan(actor, "publications.write", current.regencyId);
  if (current.status !== "draft") throw new AppError("INVALID", "publications.errors.imageDraftOnly");
  if (input.file && !IMAGE_TYPES[input.file.type])
    throw new AppError("INVALID", "common.errors.invalid", { file: ["publications.errors.imageType"] });
  if (!input.file && !current.imageId)
    throw new AppError("INVALID", "common.errors.invalid", { file: ["files.errors.empty"] });
  const stored = input.file ? await storeUploadedImage(input.file) : null;
  await db.$transaction(async (tx) => {
    const before = await loadPiece(tx, actor, input.id);
    assertCan(actor, "publications.write", before.regencyId);
    if (before.status !== "draft") throw new AppError("INVALID", "publications.errors.imageDraftOnly");
    const image = stored
      ? await tx.publicationImage.create({
          data: { publicationId: before.id, uploadedById: actor.id, ...stored },
          select: { id: true },
        })
      : null;
    const imageId = image?.id ?? before.imageId;
    await conflictIfStale(() =>
      tx.publication.update({
        where: { id: before.id, version: input.version },
        data: { imageId, imageAlt: input.imageAlt, version: { increment: 1 } },
      }),
    );
    const changes = diff(
      { imageId: before.imageId, imageAlt: before.imageAlt },
      { imageId, imageAlt: input.imageAlt },
      ["imageId", "imageAlt"],
    );
    if (stored)
      Object.assign(
        changes,
        created({
          fileName: stored.fileName,
          contentType: stored.contentType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
        }),
      );
    await recordAudit(
      tx,
      actor,
      "publication.image_set",
      { type: ENTITY, id: before.id, regencyId: before.regencyId },
      changes,
    );
  });
}

/** Takes the image off the draft (published versions keep theirs). */
export async function removePublicationImage(actor: Actor, input: { id: string; version: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await loadPiece(tx, actor, input.id);
    assertCan(actor, "publications.write", before.regencyId);
    if (before.status !== "draft") throw new AppError("INVALID", "publications.errors.imageDraftOnly");
    if (!before.imageId) return;
    await conflictIfStale(() =>
      tx.publication.update({
        where: { id: before.id, version: input.version },
        data: { imageId: null, imageAlt: null, version: { increment: 1 } },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "publication.image_removed",
      { type: ENTITY, id: before.id, regencyId: before.regencyId },
      { imageId: [before.imageId, null], imageAlt: [before.imageAlt, null] },
    );
  });
}

export async function submitPublication(actor: Actor, input: { id: string; version: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await loadPiece(tx, actor, input.id);
    assertCan(actor, "publications.write", before.regencyId);
    if (before.status !== "draft") throw new AppError("INVALID", "publications.errors.notDraft");
    if (before._count.versions > 0 && !before.correctionNote)
      throw new AppError("INVALID", "publications.errors.correctionNoteRequired");
    const now = new Date();
    await conflictIfStale(() =>
      tx.publication.update({
        where: { id: before.id, version: input.version },
        data: { status: "submitted", submittedById: actor.id, submittedAt: now, version: { increment: 1 } },
      }),
    );
    await tx.publicationReview.create({
      data: { publicationId: before.id, action: "submitted", actorId: actor.id, actorName: actor.name },
    });
    await recordAudit(
      tx,
      actor,
      "publication.submitted",
      { type: ENTITY, id: before.id, regencyId: before.regencyId },
      { status: [before.status, "submitted"] },
    );
    await notify(
      tx,
      await approverUserIds(tx, before.regencyId),
      {
        kind: "publications.awaiting_approval",
        regencyId: before.regencyId,
        link: `/publications/${before.id}`,
        params: { title: before.title },
      },
      actor.id,
    );
  });
}

async function assertApprover(
  tx: Tx,
  actor: Actor,
  piece: { regencyId: string; authorId: string; submittedById: string | null },
) {
  if (!(await mayApprove(tx, actor, piece.regencyId))) throw new AppError("FORBIDDEN", "common.errors.forbidden");
  if (piece.authorId === actor.id || piece.submittedById === actor.id)
    throw new AppError("FORBIDDEN", "publications.errors.ownPiece");
}

/**
 * Puts the submitted working copy on the record as a new version. It is public from
 * publishAt (the later of now and the wanted time); the public queries compare it with the
 * current time, so an embargo holds to the minute without any job.
 */
export async function approvePublication(
  actor: Actor,
  input: ApprovePublicationInput,
  now: Date = new Date(),
): Promise<{ versionNumber: number; publishAt: Date }> {
  return db.$transaction(async (tx) => {
    const before = await loadPiece(tx, actor, input.id);
    await assertApprover(tx, actor, before);
    // whoever publishes for a regency signs in with two factors, also an official named approver
    const approver = await tx.user.findUnique({ where: { id: actor.id }, select: { totpEnabledAt: true } });
    if (!approver?.totpEnabledAt) throw new AppError("FORBIDDEN", "publications.errors.approverNeedsSecondFactor");
    if (before.status !== "submitted") throw new AppError("INVALID", "publications.errors.notSubmitted");
    const wanted = input.publishAt ? atZone(input.publishAt, await timeZoneOf(tx, before.regencyId)) : before.publishAt;
    const publishAt = wanted && wanted > now ? wanted : now;
    const number = before._count.versions + 1;
    const [writer, position] = await Promise.all([
      tx.user.findUnique({ where: { id: before.authorId }, select: { name: true } }),
      tx.positionTerm.findFirst({
        where: {
          userId: actor.id,
          position: { regencyId: before.regencyId },
          startDate: { lte: now },
          OR: [{ endDate: null }, { endDate: { gte: now } }],
        },
        orderBy: { position: { sortOrder: "asc" } },
        select: { position: { select: { title: true } } },
      }),
    ]);
    await conflictIfStale(() =>
      tx.publication.update({
        where: { id: before.id, version: input.version },
        data: {
          status: "approved",
          reviewComment: null,
          publishAt,
          firstPublishAt: before.firstPublishAt ?? publishAt,
          version: { increment: 1 },
        },
      }),
    );
    await tx.publicationVersion.create({
      data: {
        publicationId: before.id,
        number,
        title: before.title,
        summary: before.summary,
        body: before.body,
        correctionNote: number > 1 ? before.correctionNote : null,
        publishAt,
        approvedById: actor.id,
        approverName: actor.name,
        imageId: before.imageId,
        imageAlt: before.imageId ? before.imageAlt : null,
        approverTitle: position?.position.title ?? null,
        approvedAt: now,
        writerName: writer?.name ?? "",
      },
    });
    await tx.publicationReview.create({
      data: { publicationId: before.id, action: "approved", actorId: actor.id, actorName: actor.name },
    });
    await recordAudit(
      tx,
      actor,
      "publication.approved",
      { type: ENTITY, id: before.id, regencyId: before.regencyId },
      {
        status: [before.status, "approved"],
        versionNumber: [number - 1, number],
        publishAt: [null, publishAt.toISOString()],
      },
    );
    await notify(
      tx,
      [before.authorId],
      {
        kind: "publications.approved",
        regencyId: before.regencyId,
        link: `/publications/${before.id}`,
        params: { title: before.title },
      },
      actor.id,
    );
    return { versionNumber: number, publishAt };
  });
}

export async function sendBackPublication(
  actor: Actor,
  input: { id: string; version: number; comment: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await loadPiece(tx, actor, input.id);
    await assertApprover(tx, actor, before);
    // whoever publishes for a regency signs in with two factors, also an official named approver
    const approver = await tx.user.findUnique({ where: { id: actor.id }, select: { totpEnabledAt: true } });
    if (!approver?.totpEnabledAt) throw new AppError("FORBIDDEN", "publications.errors.approverNeedsSecondFactor");
    if (before.status !== "submitted") throw new AppError("INVALID", "publications.errors.notSubmitted");
    await conflictIfStale(() =>
      tx.publication.update({
        where: { id: before.id, version: input.version },
        data: { status: "draft", reviewComment: input.comment, version: { increment: 1 } },
      }),
    );
    await tx.publicationReview.create({
      data: {
        publicationId: before.id,
        action: "sent_back",
        comment: input.comment,
        actorId: actor.id,
        actorName: actor.name,
      },
    });
    await recordAudit(
      tx,
      actor,
      "publication.sent_back",
      { type: ENTITY, id: before.id, regencyId: before.regencyId },
      { status: [before.status, "draft"], reviewComment: [before.reviewComment, input.comment] },
    );
    await notify(
      tx,
      [before.authorId],
      {
        kind: "publications.sent_back",
        regencyId: before.regencyId,
        link: `/publications/${before.id}`,
        params: { title: before.title },
      },
      actor.id,
    );
  });
}

/** Takes a piece off the record: its public page keeps a notice with the reason. */
export async function withdrawPublication(
  actor: Actor,
  input: { id: string; version: number; reason: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await loadPiece(tx, actor, input.id);
    if (!(await mayApprove(tx, actor, before.regencyId))) throw new AppError("FORBIDDEN", "common.errors.forbidden");
    if (before.status === "withdrawn" || before._count.versions === 0)
      throw new AppError("INVALID", "publications.errors.notPublished");
    const now = new Date();
    await conflictIfStale(() =>
      tx.publication.update({
        where: { id: before.id, version: input.version },
        data: {
          status: "withdrawn",
          withdrawnAt: now,
          withdrawalReason: input.reason,
          withdrawnById: actor.id,
          version: { increment: 1 },
        },
      }),
    );
    await tx.publicationReview.create({
      data: {
        publicationId: before.id,
        action: "withdrawn",
        comment: input.reason,
        actorId: actor.id,
        actorName: actor.name,
      },
    });
    await recordAudit(
      tx,
      actor,
      "publication.withdrawn",
      { type: ENTITY, id: before.id, regencyId: before.regencyId },
      { status: [before.status, "withdrawn"], withdrawalReason: [null, input.reason] },
    );
  });
}

/** Names the position that approves publications in a regency (null: the coordinator position). */
export async function setApproverPosition(
  actor: Actor,
  input: { regencyId: string; positionId: string | null },
): Promise<void> {
  assertCan(actor, "publications.approve", input.regencyId);
  await db.$transaction(async (tx) => {
    await assertSameRegency(
      tx,
      input.regencyId,
      "position",
      input.positionId,
      "positionId",
      "publications.errors.positionNotFound",
    );
    const before = await tx.publicationSettings.findUnique({ where: { regencyId: input.regencyId } });
    if ((before?.approverPositionId ?? null) === input.positionId) return;
    const after = await tx.publicationSettings.upsert({
      where: { regencyId: input.regencyId },
      create: { regencyId: input.regencyId, approverPositionId: input.positionId },
      update: { approverPositionId: input.positionId, version: { increment: 1 } },
    });
    await recordAudit(
      tx,
      actor,
      "publication_settings.updated",
      { type: "publication_settings", id: after.id, regencyId: input.regencyId },
      { approverPositionId: [before?.approverPositionId ?? null, input.positionId] },
    );
  });
}

/** An uploaded picture, re-encoded (no metadata) at the widths a page asks for; refused when unreadable. */
async function storeUploadedImage(file: File) {
  if (file.size > MAX_FILE_BYTES)
    throw new AppError(
      "INVALID",
      "common.errors.invalid",
      { file: ["files.errors.tooLarge"] },
      { max: MAX_FILE_LABEL },
    );
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!imageKindOf(bytes))
    throw new AppError("INVALID", "common.errors.invalid", { file: ["publications.errors.imageType"] });
  const stored = await storeImageVariants(bytes).catch(() => {
    throw new AppError("INVALID", "common.errors.invalid", { file: ["publications.errors.imageType"] });
  });
  return { ...stored, fileName: path.basename(file.name).slice(0, 200) || "gambar.jpg" };
}
