import type { Actor } from "@/lib/auth/actor";
import { created, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { proposeIssue } from "@/lib/issues/intake";
import type { IssueCategory } from "@/lib/generated/prisma/enums";
import { activityKind } from "./kinds";
import { loadManagedWorkshop } from "./mutations";

/**
 * Turns an open answer or a Q&A question into a development issue in the regency's triage
 * queue, in one transaction: the issue (source "workshop", sourceRef back to the workshop and
 * entry) and the entry's link to it. An entry becomes at most one issue, also when two submit at once.
 */
export async function entryToIssue(
  actor: Actor,
  input: { idempotencyKey: string; entryId: string; title: string; category: IssueCategory },
): Promise<{ id: string; number: number }> {
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      // the entry's row is locked before its link is read: two clicks at once (other keys) make one
      // issue, the second waits and then finds the link (alreadyIssue)
      await tx.$executeRaw`SELECT 1 FROM "WorkshopEntry" WHERE id = ${input.entryId}::uuid FOR UPDATE`;
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
