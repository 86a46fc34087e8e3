import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { created, recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import type { IssueCategory } from "@/lib/generated/prisma/enums";

export type ProposeIssueInput = {
  regencyId: string;
  title: string;
  description?: string;
  category: IssueCategory;
  source: "manual" | "workshop" | "media" | "iso";
  sourceRef?: string | null;
};

/** The next per-regency issue number, under a lock so two creates never take the same one. */
export async function nextIssueNumber(tx: Tx, regencyId: string): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`issue-number:${regencyId}`}))`;
  const max = await tx.issue.aggregate({ where: { regencyId }, _max: { number: true } });
  return (max._max.number ?? 0) + 1;
}

/**
 * Puts a new issue into the regency's triage queue. The one way other capabilities (workshop
 * answers, media coverage, ISO findings) raise a development issue; call it inside your
 * transaction so the issue and your own record commit together.
 */
export async function proposeIssue(tx: Tx, actor: Actor, input: ProposeIssueInput): Promise<{ id: string; number: number }> {
  assertCan(actor, "issues.propose", input.regencyId);
  const number = await nextIssueNumber(tx, input.regencyId);
  const issue = await tx.issue.create({
    data: {
      regencyId: input.regencyId,
      number,
      title: input.title,
      description: input.description ?? "",
      category: input.category,
      source: input.source,
      sourceRef: input.sourceRef ?? null,
      createdById: actor.id,
    },
    select: { id: true, number: true },
  });
  await recordAudit(tx, actor, "issue.proposed", { type: "issue", id: issue.id, regencyId: input.regencyId }, created({ number, title: input.title, category: input.category, source: input.source, sourceRef: input.sourceRef ?? null }));
  return issue;
}
