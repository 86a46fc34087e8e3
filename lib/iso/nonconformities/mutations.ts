import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { created, diff, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { holderUserIds } from "@/lib/leadership/holders";
import { notify } from "@/lib/notifications/notify";
import { parseOwner, recordIsoEvent, refuseLocked } from "../shared";
import type { AddCorrectiveActionInput, CreateNonconformityInput, UpdateNonconformityInput } from "./schemas";
import { whereActorMay } from "@/lib/auth/regency-access";
import { conflictIfStale } from "@/lib/versioned";
import { assertSameRegency } from "@/lib/regencies/references";

const EDITABLE = [
  "title",
  "agencyId",
  "description",
  "requirement",
  "evidence",
  "severity",
  "correction",
  "rootCause",
  "similarChecked",
] as const;

/** The next KTS number of a regency, under a lock so two creates never share one. */
async function nextNumber(tx: Tx, regencyId: string): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`iso-nc-number:${regencyId}`}))`;
  const max = await tx.isoNonconformity.aggregate({ where: { regencyId }, _max: { number: true } });
  return (max._max.number ?? 0) + 1;
}

async function loadNc(tx: Tx, actor: Actor, id: string) {
  const nc = await tx.isoNonconformity.findFirst({
    where: { id, ...whereActorMay(actor, "iso.read") },
    include: { actions: true },
  });
  if (!nc) throw new AppError("NOT_FOUND");
  return nc;
}

export type NewNonconformity = Omit<CreateNonconformityInput, "idempotencyKey"> & { sourceRef?: string | null };

/** Inside a caller's transaction: the one way findings and red indicators raise a nonconformity. */
export async function insertNonconformity(
  tx: Tx,
  actor: Actor,
  input: NewNonconformity,
): Promise<{ id: string; number: number }> {
  assertCan(actor, "iso.manage", input.regencyId);
  await assertSameRegency(tx, input.regencyId, "agency", input.agencyId, "agencyId");
  const number = await nextNumber(tx, input.regencyId);
  const nc = await tx.isoNonconformity.create({
    data: {
      regencyId: input.regencyId,
      number,
      title: input.title,
      source: input.source,
      sourceRef: input.sourceRef ?? null,
      agencyId: input.agencyId,
      description: input.description,
      requirement: input.requirement,
      evidence: input.evidence,
      severity: input.severity,
      correction: input.correction,
      createdById: actor.id,
    },
    select: { id: true, number: true },
  });
  await recordAudit(
    tx,
    actor,
    "iso_nonconformity.created",
    { type: "iso_nonconformity", id: nc.id, regencyId: input.regencyId },
    created({
      number,
      title: input.title,
      source: input.source,
      sourceRef: input.sourceRef ?? null,
      severity: input.severity,
      agencyId: input.agencyId,
    }),
  );
  await recordIsoEvent(tx, actor, {
    regencyId: input.regencyId,
    recordType: "nonconformity",
    recordId: nc.id,
    event: "created",
    toStatus: "open",
  });
  return nc;
}

export async function createNonconformity(
  actor: Actor,
  input: CreateNonconformityInput,
): Promise<{ id: string; number: number }> {
  assertCan(actor, "iso.manage", input.regencyId);
  const { idempotencyKey, ...rest } = input;
  return db.$transaction((tx) => once(tx, idempotencyKey, actor.id, () => insertNonconformity(tx, actor, rest)));
}

/** Analysis and description, while the record is open or in progress; never once it is under verification or closed. */
export async function updateNonconformity(actor: Actor, input: UpdateNonconformityInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const nc = await loadNc(tx, actor, input.id);
    assertCan(actor, "iso.manage", nc.regencyId);
    refuseLocked(nc.status === "closed", "iso.errors.ncClosedLocked");
    refuseLocked(nc.status === "awaiting_verification", "iso.errors.ncUnderVerification");
    await assertSameRegency(tx, nc.regencyId, "agency", input.agencyId, "agencyId");
    const data = Object.fromEntries(EDITABLE.map((k) => [k, input[k]]));
    const changes = diff(nc, data, [...EDITABLE]);
    if (!Object.keys(changes).length) return;
    await conflictIfStale(() =>
      tx.isoNonconformity.update({
        where: { id: nc.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "iso_nonconformity.updated",
      { type: "iso_nonconformity", id: nc.id, regencyId: nc.regencyId },
      changes,
    );
  });
}

export async function addCorrectiveAction(actor: Actor, input: AddCorrectiveActionInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const nc = await loadNc(tx, actor, input.nonconformityId);
    assertCan(actor, "iso.manage", nc.regencyId);
    // a re-sent submit (reload after posting) returns the action it already added
    return once(tx, input.idempotencyKey, actor.id, async () => {
      refuseLocked(nc.status === "closed", "iso.errors.ncClosedLocked");
      refuseLocked(nc.status === "awaiting_verification", "iso.errors.ncUnderVerification");
      const owner = parseOwner(input.owner);
      await assertSameRegency(tx, nc.regencyId, "member", owner.ownerUserId, "owner", "iso.errors.ownerRequired");
      await assertSameRegency(tx, nc.regencyId, "position", owner.ownerPositionId, "owner", "iso.errors.ownerRequired");
      const action = await tx.isoCorrectiveAction.create({
        data: { nonconformityId: nc.id, description: input.description, dueDate: input.dueDate, ...owner },
        select: { id: true },
      });
      // the record's version moves too: a plan change is a change of the record
      await tx.isoNonconformity.update({ where: { id: nc.id }, data: { version: { increment: 1 } } });
      await recordAudit(
        tx,
        actor,
        "iso_corrective_action.created",
        { type: "iso_nonconformity", id: nc.id, regencyId: nc.regencyId },
        created({ actionId: action.id, description: input.description, dueDate: input.dueDate, ...owner }),
      );
      const recipients = owner.ownerUserId ? [owner.ownerUserId] : await holderUserIds(tx, [owner.ownerPositionId!]);
      await notify(
        tx,
        recipients,
        {
          kind: "iso.action_assigned",
          regencyId: nc.regencyId,
          link: `/iso/nonconformities/${nc.id}`,
          params: { number: nc.number, title: nc.title },
        },
        actor.id,
      );
      return action;
    });
  });
}

/** Gate: "in progress" needs a corrective-action plan (root cause and at least one action). */
export async function startNonconformity(actor: Actor, input: { id: string; version: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const nc = await loadNc(tx, actor, input.id);
    assertCan(actor, "iso.manage", nc.regencyId);
    if (nc.status !== "open") throw new AppError("INVALID", "iso.errors.ncNotOpen");
    if (!nc.rootCause.trim() || nc.actions.length === 0) throw new AppError("INVALID", "iso.errors.planRequired");
    await transition(tx, actor, nc, input.version, "in_progress", "started");
  });
}

export async function completeCorrectiveAction(
  actor: Actor,
  input: { actionId: string; version: number; doneNote: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const action = await tx.isoCorrectiveAction.findFirst({
      where: { id: input.actionId, nonconformity: whereActorMay(actor, "iso.read") },
      include: { nonconformity: true },
    });
    if (!action) throw new AppError("NOT_FOUND");
    const nc = action.nonconformity;
    assertCan(actor, "iso.manage", nc.regencyId);
    if (nc.status !== "in_progress") throw new AppError("INVALID", "iso.errors.ncNotInProgress");
    if (action.doneAt) throw new AppError("INVALID", "iso.errors.actionAlreadyDone");
    const doneAt = new Date();
    await conflictIfStale(() =>
      tx.isoCorrectiveAction.update({
        where: { id: action.id, version: input.version },
        data: { doneAt, doneNote: input.doneNote, version: { increment: 1 } },
      }),
    );
    await tx.isoNonconformity.update({ where: { id: nc.id }, data: { version: { increment: 1 } } });
    await recordAudit(
      tx,
      actor,
      "iso_corrective_action.completed",
      { type: "iso_nonconformity", id: nc.id, regencyId: nc.regencyId },
      { actionId: action.id, doneAt: [null, doneAt.toISOString()], doneNote: [null, input.doneNote] },
    );
  });
}

export async function requestVerification(actor: Actor, input: { id: string; version: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const nc = await loadNc(tx, actor, input.id);
    assertCan(actor, "iso.manage", nc.regencyId);
    if (nc.status !== "in_progress") throw new AppError("INVALID", "iso.errors.ncNotInProgress");
    if (nc.actions.some((a) => !a.doneAt)) throw new AppError("INVALID", "iso.errors.actionsNotDone");
    await transition(tx, actor, nc, input.version, "awaiting_verification", "verification_requested");
  });
}

/** The users who own the record's actions: named users and today's holders of owner positions. */
async function actionOwnerIds(
  tx: Tx,
  actions: { ownerUserId: string | null; ownerPositionId: string | null }[],
): Promise<Set<string>> {
  const users = actions.map((a) => a.ownerUserId).filter((v): v is string => !!v);
  const holders = await holderUserIds(
    tx,
    actions.map((a) => a.ownerPositionId).filter((v): v is string => !!v),
  );
  return new Set([...users, ...holders]);
}

/** Gate: verification of effectiveness by someone who owns none of the actions; effective closes, not effective reopens the work. */
export async function verifyNonconformity(
  actor: Actor,
  input: { id: string; version: number; effective: boolean; note: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const nc = await loadNc(tx, actor, input.id);
    assertCan(actor, "iso.verify", nc.regencyId);
    if (nc.status !== "awaiting_verification") throw new AppError("INVALID", "iso.errors.ncNotAwaitingVerification");
    if ((await actionOwnerIds(tx, nc.actions)).has(actor.id))
      throw new AppError("FORBIDDEN", "iso.errors.verifierIsOwner");
    const now = new Date();
    const to = input.effective ? "closed" : "in_progress";
    await conflictIfStale(() =>
      tx.isoNonconformity.update({
        where: { id: nc.id, version: input.version },
        data: input.effective
          ? {
              status: "closed",
              verifiedById: actor.id,
              verifiedAt: now,
              verificationNote: input.note,
              closedAt: now,
              version: { increment: 1 },
            }
          : { status: "in_progress", verificationNote: input.note, version: { increment: 1 } },
      }),
    );
    await recordAudit(
      tx,
      actor,
      input.effective ? "iso_nonconformity.closed" : "iso_nonconformity.verification_failed",
      { type: "iso_nonconformity", id: nc.id, regencyId: nc.regencyId },
      {
        status: [nc.status, to],
        verificationNote: [nc.verificationNote, input.note],
        ...(input.effective ? { verifiedById: [null, actor.id], closedAt: [null, now.toISOString()] } : {}),
      },
    );
    await recordIsoEvent(tx, actor, {
      regencyId: nc.regencyId,
      recordType: "nonconformity",
      recordId: nc.id,
      event: input.effective ? "verified_closed" : "verified_not_effective",
      fromStatus: nc.status,
      toStatus: to,
      note: input.note,
    });
  });
}

/** A closed record is never edited; it is reopened with a reason, and the history keeps the closure. */
export async function reopenNonconformity(
  actor: Actor,
  input: { id: string; version: number; reason: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const nc = await loadNc(tx, actor, input.id);
    assertCan(actor, "iso.manage", nc.regencyId);
    if (nc.status !== "closed") throw new AppError("INVALID", "iso.errors.ncNotClosed");
    await conflictIfStale(() =>
      tx.isoNonconformity.update({
        where: { id: nc.id, version: input.version },
        data: {
          status: "in_progress",
          verifiedById: null,
          verifiedAt: null,
          closedAt: null,
          version: { increment: 1 },
        },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "iso_nonconformity.reopened",
      { type: "iso_nonconformity", id: nc.id, regencyId: nc.regencyId },
      {
        status: ["closed", "in_progress"],
        reason: [null, input.reason],
        verifiedById: [nc.verifiedById, null],
        closedAt: [nc.closedAt?.toISOString() ?? null, null],
      },
    );
    await recordIsoEvent(tx, actor, {
      regencyId: nc.regencyId,
      recordType: "nonconformity",
      recordId: nc.id,
      event: "reopened",
      fromStatus: "closed",
      toStatus: "in_progress",
      note: input.reason,
    });
  });
}

async function transition(
  tx: Tx,
  actor: Actor,
  nc: { id: string; regencyId: string; status: string },
  version: number,
  to: "in_progress" | "awaiting_verification",
  event: "started" | "verification_requested",
) {
  await conflictIfStale(() =>
    tx.isoNonconformity.update({ where: { id: nc.id, version }, data: { status: to, version: { increment: 1 } } }),
  );
  await recordAudit(
    tx,
    actor,
    `iso_nonconformity.${event}`,
    { type: "iso_nonconformity", id: nc.id, regencyId: nc.regencyId },
    { status: [nc.status, to] },
  );
  await recordIsoEvent(tx, actor, {
    regencyId: nc.regencyId,
    recordType: "nonconformity",
    recordId: nc.id,
    event,
    fromStatus: nc.status,
    toStatus: to,
  });
}
