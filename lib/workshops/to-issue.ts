import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { created, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { proposeIssue } from "@/lib/issues/intake";
import type { IssueCategory } from "@/lib/generated/prisma/enums";
import { activityKind } from "./kinds";
import { loadManagedWorkshop } from "./mutations";
import { assertSameRegency } from "@/lib/regencies/references";
import type { EntryToExistingIssueInput } from "./schemas";

/**
 * Turns an open answer or a Q&A question into a development issue in the regency's triage
 * queue, in one transaction: the issue (source "workshop", sourceRef back to the workshop and
 * entry) and the entry's link to it. An entry becomes at most one issue.
 */
export async function entryToIssue(
  actor: Actor,
  input: { idempotencyKey: string; entryId: string; title: string; category: IssueCategory },
): Promise<{ id: string; number: number }> {
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const e = await tx.workshopEntry.findUnique({
        where: { id: input.entryId },
        include: { activity: { select: { kind: true, title: true } } },
      });
      if (!e) throw new AppError("NOT_FOUND");
      const w = await loadManagedWorkshop(tx, actor, e.workshopId);
      if (!activityKind(e.activity.kind).texts) throw new AppError("INVALID", "workshops.errors.notConvertible");
      if (e.issueId) throw new AppError("CONFLICT", "workshops.errors.alreadyIssue");
      const description = `${e.text}\n\n— Lokakarya "${w.title}", ${e.activity.title}`;
      const issue = await proposeIssue(tx, actor, {
        regencyId: w.regencyId,
        title: input.title,
        description,
        category: input.category,
        source: "workshop",
        sourceRef: `workshop:${w.id}:entry:${e.id}`,
      });
      await tx.workshopEntry.update({ where: { id: e.id }, data: { issueId: issue.id } });
      await recordAudit(
        tx,
        actor,
        "workshop_entry.issue_created",
        { type: "workshop_entry", id: e.id, regencyId: w.regencyId },
        created({ issueId: issue.id, issueNumber: issue.number }),
      );
      return issue;
    }),
  );
}

/**
 * Turns an open answer or a Q&A question into a follow-up on an existing open issue of the
 * same regency: an internal note on the issue's timeline and the entry's link to it, in one
 * transaction. The note is written directly (not through addIssueUpdate): it does not come
 * from the owner, so it must not restart the attention clock. An entry links at most once.
 */
export async function linkEntryToIssue(
  actor: Actor,
  input: EntryToExistingIssueInput,
): Promise<{ id: string; number: number }> {
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
      const issue = await tx.issue.findUniqueOrThrow({
        where: { id: input.issueId },
        select: { id: true, number: true, triage: true, stage: true },
      });
      if (issue.triage !== "accepted" || issue.stage === "closed")
        throw new AppError("INVALID", "workshops.errors.issueNotOpen");
      const note = await tx.issueUpdate.create({
        data: {
          issueId: issue.id,
          kind: "note",
          body: `Tindak lanjut dari lokakarya «${w.title}»: ${e.text}`,
          byOwner: false,
          isPublic: false,
          authorId: actor.id,
          authorName: actor.name,
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
        "workshop_entry.linked_to_issue",
        { type: "workshop_entry", id: e.id, regencyId: w.regencyId },
        created({ issueId: issue.id, issueNumber: issue.number, issueUpdateId: note.id }),
      );
      return { id: issue.id, number: issue.number };
    }),
  );
}
