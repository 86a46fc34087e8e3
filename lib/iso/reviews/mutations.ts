import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { created, diff, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";

import { computeReviewInputs } from "./inputs";
import type { CreateReviewInput } from "./schemas";
import { whereActorMay } from "@/lib/auth/regency-access";
import { conflictIfStale } from "@/lib/versioned";
import { assertSameRegency } from "@/lib/regencies/references";

const entity = (r: { id: string; regencyId: string }) => ({
  type: "iso_management_review",
  id: r.id,
  regencyId: r.regencyId,
});

async function load(tx: Tx, actor: Actor, id: string) {
  const r = await tx.isoManagementReview.findFirst({ where: { id, ...whereActorMay(actor, "iso.read") } });
  if (!r) throw new AppError("NOT_FOUND");
  return r;
}

export async function createReview(actor: Actor, input: CreateReviewInput): Promise<{ id: string }> {
  assertCan(actor, "iso.manage", input.regencyId);
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      await assertSameRegency(tx, input.regencyId, "position", input.chairPositionId, "chairPositionId");
      const { idempotencyKey: _k, ...data } = input;
      const r = await tx.isoManagementReview.create({
        data: { ...data, createdById: actor.id },
        select: { id: true, regencyId: true },
      });
      await recordAudit(tx, actor, "iso_management_review.created", entity(r), created(data));
      return { id: r.id };
    }),
  );
}

export async function updateReview(
  actor: Actor,
  input: { id: string; version: number; attendees: string; decisions: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const r = await load(tx, actor, input.id);
    assertCan(actor, "iso.manage", r.regencyId);
    if (r.status === "approved") throw new AppError("INVALID", "iso.errors.reviewApprovedLocked");
    const changes = diff(r, input, ["attendees", "decisions"]);
    if (!Object.keys(changes).length) return;
    await conflictIfStale(() =>
      tx.isoManagementReview.update({
        where: { id: r.id, version: input.version },
        data: { attendees: input.attendees, decisions: input.decisions, version: { increment: 1 } },
      }),
    );
    await recordAudit(tx, actor, "iso_management_review.updated", entity(r), changes);
  });
}

export async function addReviewAction(
  actor: Actor,
  input: {
    reviewId: string;
    description: string;
    ownerPositionId: string | null;
    dueDate: Date;
    idempotencyKey: string;
  },
): Promise<{ id: string }> {
  const { idempotencyKey, ...data } = input;
  return db.$transaction(async (tx) => {
    const r = await load(tx, actor, input.reviewId);
    assertCan(actor, "iso.manage", r.regencyId);
    // a re-sent submit (reload after posting) returns the action it already added
    return once(tx, idempotencyKey, actor.id, async () => {
      if (r.status === "approved") throw new AppError("INVALID", "iso.errors.reviewApprovedLocked");
      await assertSameRegency(tx, r.regencyId, "position", input.ownerPositionId, "ownerPositionId");
      const a = await tx.isoReviewAction.create({ data, select: { id: true } });
      await tx.isoManagementReview.update({ where: { id: r.id }, data: { version: { increment: 1 } } });
      await recordAudit(
        tx,
        actor,
        "iso_management_review.action_added",
        entity(r),
        created({
          actionId: a.id,
          description: input.description,
          ownerPositionId: input.ownerPositionId,
          dueDate: input.dueDate,
        }),
      );
      return a;
    });
  });
}

/** Follow-up of a decided action (its status feeds the next review); the minutes themselves stay as approved. */
export async function completeReviewAction(actor: Actor, input: { reviewId: string; actionId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const r = await load(tx, actor, input.reviewId);
    assertCan(actor, "iso.manage", r.regencyId);
    const a = await tx.isoReviewAction.findFirst({ where: { id: input.actionId, reviewId: r.id } });
    if (!a) throw new AppError("NOT_FOUND");
    if (a.doneAt) throw new AppError("INVALID", "iso.errors.actionAlreadyDone");
    const doneAt = new Date();
    await tx.isoReviewAction.update({ where: { id: a.id }, data: { doneAt } });
    await recordAudit(tx, actor, "iso_management_review.action_done", entity(r), {
      actionId: a.id,
      doneAt: [null, doneAt.toISOString()],
    });
  });
}

/** Approval freezes the live 9.3.2 inputs into the record; an approved review is never edited. */
export async function approveReview(actor: Actor, input: { id: string; version: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const r = await load(tx, actor, input.id);
    assertCan(actor, "iso.approve", r.regencyId);
    if (r.status === "approved") throw new AppError("INVALID", "iso.errors.reviewApprovedLocked");
    if (!r.decisions.trim()) throw new AppError("INVALID", "iso.errors.reviewNeedsDecisions");
    const inputs = await computeReviewInputs(tx, r.regencyId, r.id);
    const now = new Date();
    await conflictIfStale(() =>
      tx.isoManagementReview.update({
        where: { id: r.id, version: input.version },
        data: { status: "approved", inputs, approvedById: actor.id, approvedAt: now, version: { increment: 1 } },
      }),
    );
    await recordAudit(tx, actor, "iso_management_review.approved", entity(r), {
      status: ["draft", "approved"],
      approvedById: [null, actor.id],
      inputs: [null, inputs],
    });
  });
}
