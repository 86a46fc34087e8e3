import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { diff, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { holderUserIds, positionIdsHeldBy } from "@/lib/leadership/holders";
import { notify } from "@/lib/notifications/notify";
import { coordinatorUserIds } from "@/lib/regencies/coordinators";
import { assertSameRegency } from "@/lib/regencies/references";
import { conflictIfStale } from "@/lib/versioned";
import { proposeIssue } from "./intake";
import { mentionedUserIds } from "./mentions";
import { canWorkOn, stagePermission, visibleIssues } from "./policy";
import {
  priorityOf,
  type AddIssueUpdateInput,
  type ChangeIssueStageInput,
  type CreateIssueInput,
  type TriageIssueInput,
  type UpdateIssueInput,
} from "./schemas";

/** A stale save: carries which fields others changed since the form was loaded, and by whom. */
export class IssueConflictError extends AppError {
  constructor(
    public changedFields: string[],
    public changedBy: string[],
  ) {
    super("CONFLICT", "issues.errors.conflict");
  }
}

const VERSIONED_ACTIONS = ["issue.updated", "issue.triaged", "issue.stage_changed"];

/** What changed between the version the user saw and now: each versioned save wrote one audit row. */
async function conflictFor(tx: Tx | typeof db, issueId: string, seenVersion: number): Promise<IssueConflictError> {
  const current = await tx.issue.findUnique({ where: { id: issueId }, select: { version: true } });
  const missed = Math.max(1, (current?.version ?? seenVersion + 1) - seenVersion);
  const events = await tx.auditEvent.findMany({
    where: { entityType: "issue", entityId: issueId, action: { in: VERSIONED_ACTIONS } },
    orderBy: { seq: "desc" },
    take: missed,
    select: { actorName: true, changes: true },
  });
  const fields = [...new Set(events.flatMap((e) => Object.keys((e.changes ?? {}) as object)))];
  const by = [...new Set(events.map((e) => e.actorName ?? "system"))];
  return new IssueConflictError(fields, by);
}

async function loadIssue(tx: Tx, actor: Actor, issueId: string) {
  const issue = await tx.issue.findFirst({
    where: { id: issueId, ...visibleIssues(actor) },
    include: { supporters: { select: { positionId: true } } },
  });
  if (!issue) throw new AppError("NOT_FOUND");
  return issue;
}

async function positionInRegency(tx: Tx, positionId: string | null, regencyId: string, field: string) {
  if (!positionId) return null;
  await assertSameRegency(tx, regencyId, "position", positionId, field, "issues.errors.positionNotInRegency");
  return tx.position.findUniqueOrThrow({
    where: { id: positionId },
    select: { id: true, agencyId: true, title: true },
  });
}

/** A stale issue save is a CONFLICT that names the fields others changed meanwhile. */
const versioned = <T>(issueId: string, version: number, write: () => Promise<T>) =>
  conflictIfStale(write, () => conflictFor(db, issueId, version));

/** A typed-in issue: into the triage queue, once per form key. */
/**
 * Work given to a position goes to whoever holds it today. A vacant position (no holder, no
 * Plt./Pj.) would hear nothing while the escalation clock runs: the regency's coordinators are
 * told instead, so that someone appoints an acting holder or gives the issue to another position.
 */
async function notifyNewOwner(
  tx: Tx,
  actor: Actor,
  issue: { id: string; number: number; title: string; regencyId: string },
  owner: { id: string; title: string },
) {
  const holders = await holderUserIds(tx, [owner.id]);
  const base = {
    regencyId: issue.regencyId,
    link: `/issues/${issue.id}`,
    params: { number: issue.number, title: issue.title, position: owner.title },
  };
  if (holders.length) await notify(tx, holders, { ...base, kind: "issues.assigned" }, actor.id);
  else
    await notify(
      tx,
      await coordinatorUserIds(tx, issue.regencyId),
      { ...base, kind: "issues.assignedVacant" },
      actor.id,
    );
}

export async function createIssue(actor: Actor, input: CreateIssueInput): Promise<{ id: string; number: number }> {
  assertCan(actor, "issues.propose", input.regencyId);
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, () =>
      proposeIssue(tx, actor, {
        regencyId: input.regencyId,
        title: input.title,
        description: input.description,
        category: input.category,
        impact: input.impact,
        urgency: input.urgency,
        source: "manual",
      }),
    ),
  );
}

export async function triageIssue(actor: Actor, input: TriageIssueInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const issue = await loadIssue(tx, actor, input.issueId);
    assertCan(actor, "issues.triage", issue.regencyId);
    if (issue.triage !== "pending") throw new AppError("INVALID", "issues.errors.alreadyTriaged");
    const now = new Date();
    if (input.decision === "accept") {
      const owner = await positionInRegency(tx, input.ownerPositionId, issue.regencyId, "ownerPositionId");
      await assertSameRegency(
        tx,
        issue.regencyId,
        "agency",
        input.agencyId,
        "agencyId",
        "issues.errors.agencyNotInRegency",
      );
      const data = {
        triage: "accepted" as const,
        acceptedAt: now,
        ownerPositionId: owner!.id,
        agencyId: input.agencyId ?? owner!.agencyId,
        reviewCadenceDays: input.reviewCadenceDays,
        dueDate: input.dueDate,
        lastOwnerUpdateAt: now,
      };
      await versioned(issue.id, input.version, () =>
        tx.issue.update({
          where: { id: issue.id, version: input.version },
          data: { ...data, version: { increment: 1 } },
        }),
      );
      await tx.issueUpdate.create({
        data: {
          issueId: issue.id,
          kind: "triage",
          body: `accepted:${owner!.title}`,
          authorId: actor.id,
          authorName: actor.name,
        },
      });
      await recordAudit(
        tx,
        actor,
        "issue.triaged",
        { type: "issue", id: issue.id, regencyId: issue.regencyId },
        diff(issue, data, ["triage", "ownerPositionId", "agencyId", "reviewCadenceDays", "dueDate"]),
      );
      await notifyNewOwner(tx, actor, { ...issue, title: issue.title }, owner!);
      return;
    }
    if (input.decision === "merge") {
      const target = await tx.issue.findFirst({
        where: { regencyId: issue.regencyId, number: input.mergeIntoNumber, triage: { in: ["pending", "accepted"] } },
        select: { id: true, number: true },
      });
      if (!target || target.id === issue.id)
        throw new AppError("INVALID", "common.errors.invalid", {
          mergeIntoNumber: ["issues.errors.mergeTargetInvalid"],
        });
      const data = { triage: "merged" as const, mergedIntoId: target.id, triageReason: input.reason || null };
      await versioned(issue.id, input.version, () =>
        tx.issue.update({
          where: { id: issue.id, version: input.version },
          data: { ...data, version: { increment: 1 } },
        }),
      );
      await tx.issueUpdate.createMany({
        data: [
          {
            issueId: issue.id,
            kind: "triage",
            body: `merged:${target.number}`,
            authorId: actor.id,
            authorName: actor.name,
          },
          {
            issueId: target.id,
            kind: "triage",
            body: `absorbed:${issue.number}`,
            authorId: actor.id,
            authorName: actor.name,
          },
        ],
      });
      await recordAudit(
        tx,
        actor,
        "issue.triaged",
        { type: "issue", id: issue.id, regencyId: issue.regencyId },
        diff(issue, data, ["triage", "mergedIntoId", "triageReason"]),
      );
      return;
    }
    const data = { triage: "rejected" as const, triageReason: input.reason };
    await versioned(issue.id, input.version, () =>
      tx.issue.update({
        where: { id: issue.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      }),
    );
    await tx.issueUpdate.create({
      data: {
        issueId: issue.id,
        kind: "triage",
        body: `rejected:${input.reason}`,
        authorId: actor.id,
        authorName: actor.name,
      },
    });
    await recordAudit(
      tx,
      actor,
      "issue.triaged",
      { type: "issue", id: issue.id, regencyId: issue.regencyId },
      diff(issue, data, ["triage", "triageReason"]),
    );
  });
}

const EDITABLE = [
  "title",
  "description",
  "category",
  "lifecycle",
  "impact",
  "urgency",
  "priority",
  "agencyId",
  "ownerPositionId",
  "dueDate",
  "reviewCadenceDays",
  "programs",
  "tags",
  "isPublic",
  "supportingPositionIds",
] as const;

export async function updateIssue(actor: Actor, input: UpdateIssueInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const issue = await loadIssue(tx, actor, input.issueId);
    assertCan(actor, "issues.manage", issue.regencyId);
    const owner = await positionInRegency(tx, input.ownerPositionId, issue.regencyId, "ownerPositionId");
    await assertSameRegency(
      tx,
      issue.regencyId,
      "agency",
      input.agencyId,
      "agencyId",
      "issues.errors.agencyNotInRegency",
    );
    const supporters = [...new Set(input.supportingPositionIds)].filter((p) => p !== input.ownerPositionId);
    await assertSameRegency(
      tx,
      issue.regencyId,
      "position",
      supporters,
      "supportingPositionIds",
      "issues.errors.positionNotInRegency",
    );
    const reassigned = input.ownerPositionId !== issue.ownerPositionId;
    const data = {
      title: input.title,
      description: input.description,
      category: input.category,
      lifecycle: input.lifecycle,
      impact: input.impact,
      urgency: input.urgency,
      priority: priorityOf(input.impact, input.urgency),
      agencyId: input.agencyId,
      ownerPositionId: input.ownerPositionId,
      dueDate: input.dueDate,
      reviewCadenceDays: input.reviewCadenceDays,
      programs: input.programs,
      tags: input.tags,
      isPublic: input.isPublic,
    };
    const now = new Date();
    await versioned(issue.id, input.version, () =>
      tx.issue.update({
        where: { id: issue.id, version: input.version },
        // a new owner gets a full cadence from today
        data: { ...data, ...(reassigned ? { lastOwnerUpdateAt: now } : {}), version: { increment: 1 } },
      }),
    );
    await tx.issueSupport.deleteMany({ where: { issueId: issue.id } });
    if (supporters.length)
      await tx.issueSupport.createMany({ data: supporters.map((positionId) => ({ issueId: issue.id, positionId })) });
    const before = { ...issue, supportingPositionIds: issue.supporters.map((s) => s.positionId).sort() };
    const changes = diff(before, { ...data, supportingPositionIds: [...supporters].sort() }, [...EDITABLE]);
    await recordAudit(tx, actor, "issue.updated", { type: "issue", id: issue.id, regencyId: issue.regencyId }, changes);
    if (reassigned) {
      await tx.issueUpdate.create({
        data: {
          issueId: issue.id,
          kind: "assignment",
          body: owner?.title ?? "",
          authorId: actor.id,
          authorName: actor.name,
        },
      });
      if (owner) await notifyNewOwner(tx, actor, { ...issue, title: input.title }, owner);
    }
  });
}

export async function changeIssueStage(actor: Actor, input: ChangeIssueStageInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const issue = await loadIssue(tx, actor, input.issueId);
    assertCan(actor, stagePermission(input.stage), issue.regencyId);
    const held = await positionIdsHeldBy(tx, actor.id, issue.regencyId);
    const manager = can(actor, "issues.manage", issue.regencyId);
    const isOwner = issue.ownerPositionId !== null && held.includes(issue.ownerPositionId);
    if (!manager && !isOwner) throw new AppError("FORBIDDEN", "issues.errors.notYourIssue");
    if (issue.triage !== "accepted") throw new AppError("INVALID", "issues.errors.notAccepted");
    if (issue.stage === input.stage)
      throw new AppError("INVALID", "common.errors.invalid", { stage: ["issues.errors.sameStage"] });
    const now = new Date();
    const closing = input.stage === "closed";
    const data = {
      stage: input.stage,
      closedAt: closing ? now : null,
      evaluationNote: closing ? input.evaluationNote : issue.evaluationNote,
      ...(closing ? { percentDone: 100 } : {}),
      ...(isOwner ? { lastOwnerUpdateAt: now } : {}),
    };
    await versioned(issue.id, input.version, () =>
      tx.issue.update({
        where: { id: issue.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      }),
    );
    await tx.issueUpdate.create({
      data: {
        issueId: issue.id,
        kind: "stage",
        fromStage: issue.stage,
        toStage: input.stage,
        // closing: the stage note (if any) and the evaluation both stay in the timeline
        body: closing ? [input.note, input.evaluationNote].filter(Boolean).join("\n\n") : input.note,
        byOwner: isOwner,
        isPublic: input.isPublic && issue.isPublic,
        authorId: actor.id,
        authorName: actor.name,
      },
    });
    await recordAudit(
      tx,
      actor,
      "issue.stage_changed",
      { type: "issue", id: issue.id, regencyId: issue.regencyId },
      diff(issue, data, ["stage", "closedAt", "evaluationNote"]),
    );
    const recipients = [
      ...(await holderUserIds(tx, issue.ownerPositionId ? [issue.ownerPositionId] : [])),
      ...(await coordinatorUserIds(tx, issue.regencyId)),
    ];
    await notify(
      tx,
      recipients,
      {
        kind: "issues.stageChanged",
        regencyId: issue.regencyId,
        link: `/issues/${issue.id}`,
        params: { number: issue.number, title: issue.title, stage: input.stage },
      },
      actor.id,
    );
  });
}

/** A progress note; from a holder of the owner position it also restarts the attention clock. */
export async function addIssueUpdate(actor: Actor, input: AddIssueUpdateInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const issue = await loadIssue(tx, actor, input.issueId);
    assertCan(actor, "issues.update", issue.regencyId);
    const held = await positionIdsHeldBy(tx, actor.id, issue.regencyId);
    if (!canWorkOn(actor, { ...issue, supporterIds: issue.supporters.map((s) => s.positionId) }, held))
      throw new AppError("FORBIDDEN", "issues.errors.notYourIssue");
    if (issue.triage !== "accepted" || issue.stage === "closed") throw new AppError("INVALID", "issues.errors.notOpen");
    return once(tx, input.idempotencyKey, actor.id, async () => {
      // written offline against an older copy: a stage change or edit meanwhile is a conflict
      // (a resend of a note already saved has returned above, with its first result)
      if (input.version !== undefined && input.version !== issue.version)
        throw await conflictFor(tx, issue.id, input.version);
      const byOwner = issue.ownerPositionId !== null && held.includes(issue.ownerPositionId);
      const now = new Date();
      const update = await tx.issueUpdate.create({
        data: {
          issueId: issue.id,
          kind: "note",
          body: input.body,
          percentDone: input.percentDone,
          byOwner,
          isPublic: input.isPublic && issue.isPublic,
          authorId: actor.id,
          authorName: actor.name,
        },
        select: { id: true },
      });
      const data = {
        ...(input.percentDone !== null ? { percentDone: input.percentDone } : {}),
        ...(byOwner ? { lastOwnerUpdateAt: now } : {}),
      };
      if (Object.keys(data).length) await tx.issue.update({ where: { id: issue.id }, data });
      await recordAudit(
        tx,
        actor,
        "issue.update_added",
        { type: "issue", id: issue.id, regencyId: issue.regencyId },
        // a field the update leaves alone is not a change to null
        { updateId: [null, update.id], ...diff(issue, { ...issue, ...data }, ["percentDone", "lastOwnerUpdateAt"]) },
      );
      const link = `/issues/${issue.id}`;
      const mentioned = await mentionedUserIds(tx, issue.regencyId, input.body);
      await notify(
        tx,
        mentioned,
        {
          kind: "issues.mentioned",
          regencyId: issue.regencyId,
          link,
          params: { number: issue.number, title: issue.title, by: actor.name },
        },
        actor.id,
      );
      const recipients = [
        ...(await holderUserIds(tx, issue.ownerPositionId ? [issue.ownerPositionId] : [])),
        ...(await coordinatorUserIds(tx, issue.regencyId)),
      ];
      // someone mentioned already has the more specific notification
      await notify(
        tx,
        recipients.filter((id) => !mentioned.includes(id)),
        {
          kind: "issues.updated",
          regencyId: issue.regencyId,
          link,
          params: { number: issue.number, title: issue.title, author: actor.name },
        },
        actor.id,
      );
      return { id: update.id };
    });
  });
}
