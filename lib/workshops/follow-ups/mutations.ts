import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { assertMemberCan } from "@/lib/auth/regency-access";
import { created, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { positionIdsHeldBy } from "@/lib/leadership/holders";
import { assertSameRegency } from "@/lib/regencies/references";
import { saveVersioned } from "@/lib/versioned";
import { activityKind } from "../kinds";
import { loadManagedWorkshop } from "../mutations";
import type { CreateFollowUpInput, SetFollowUpStatusInput } from "./schemas";

/**
 * Turns a workshop answer or question into a rencana tindak lanjut on an existing open issue of
 * the same regency: what, owner position, due date; linked to the issue and to the entry, in one
 * transaction. It is work for the owner, not a timeline note: the issue's attention clock is
 * untouched (it restarts only with the owner's own updates). An entry links at most once.
 */
export async function createFollowUpFromEntry(
  actor: Actor,
  input: CreateFollowUpInput,
): Promise<{ id: string; issueId: string; number: number }> {
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const e = await tx.workshopEntry.findUnique({
        where: { id: input.entryId },
        include: { activity: { select: { kind: true } } },
      });
      if (!e) throw new AppError("NOT_FOUND");
      const w = await loadManagedWorkshop(tx, actor, e.workshopId);
      assertCan(actor, "issues.propose", w.regencyId);
      if (!activityKind(e.activity.kind).texts) throw new AppError("INVALID", "workshops.errors.notConvertible");
      if (e.issueId) throw new AppError("CONFLICT", "workshops.errors.alreadyLinked");
      await assertSameRegency(tx, w.regencyId, "issue", input.issueId, "issueId");
      await assertSameRegency(tx, w.regencyId, "position", input.ownerPositionId, "ownerPositionId");
      const issue = await tx.issue.findUniqueOrThrow({
        where: { id: input.issueId },
        select: { id: true, number: true, triage: true, stage: true },
      });
      if (issue.triage !== "accepted" || issue.stage === "closed")
        throw new AppError("INVALID", "workshops.errors.issueNotOpen");
      const data = {
        text: input.text,
        ownerPositionId: input.ownerPositionId,
        dueDate: input.dueDate,
        status: "planned" as const,
      };
      const f = await tx.followUp.create({
        data: {
          ...data,
          regencyId: w.regencyId,
          issueId: issue.id,
          workshopId: w.id,
          entryId: e.id,
          createdById: actor.id,
        },
        select: { id: true },
      });
      const linked = await tx.workshopEntry.updateMany({
        where: { id: e.id, issueId: null },
        data: { issueId: issue.id },
      });
      if (linked.count !== 1) throw new AppError("CONFLICT", "workshops.errors.alreadyLinked");
      await recordAudit(
        tx,
        actor,
        "follow_up.created",
        { type: "follow_up", id: f.id, regencyId: w.regencyId },
        created({ ...data, issueId: issue.id, workshopId: w.id, entryId: e.id }),
      );
      await recordAudit(
        tx,
        actor,
        "workshop_entry.linked_to_issue",
        { type: "workshop_entry", id: e.id, regencyId: w.regencyId },
        created({ issueId: issue.id, issueNumber: issue.number, followUpId: f.id }),
      );
      return { id: f.id, issueId: issue.id, number: issue.number };
    }),
  );
}

/**
 * Moves a follow-up between direncanakan / berjalan / selesai / batal: the holders of its owner
 * position or the coordinator. Versioned (a stale form is a CONFLICT) and audited.
 */
export async function setFollowUpStatus(actor: Actor, input: SetFollowUpStatusInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const f = await tx.followUp.findUnique({ where: { id: input.followUpId } });
    if (!f) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "issues.read", f.regencyId);
    if (!can(actor, "issues.manage", f.regencyId)) {
      const held = can(actor, "issues.update", f.regencyId) ? await positionIdsHeldBy(tx, actor.id, f.regencyId) : [];
      if (!held.includes(f.ownerPositionId)) throw new AppError("FORBIDDEN");
    }
    await saveVersioned(tx, actor, {
      version: input.version,
      before: { status: f.status, version: f.version },
      after: { status: input.status },
      fields: ["status"],
      write: () =>
        tx.followUp.update({
          where: { id: f.id, version: input.version },
          data: { status: input.status, version: { increment: 1 } },
        }),
      action: "follow_up.status_changed",
      entity: { type: "follow_up", id: f.id, regencyId: f.regencyId },
    });
  });
}
