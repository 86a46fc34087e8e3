import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { created, recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import type { IssueCategory, IssueSource } from "@/lib/generated/prisma/enums";
import { coordinatorUserIds } from "@/lib/regencies/coordinators";
import { notify } from "@/lib/notifications/notify";

export type ProposeIssueInput = {
  regencyId: string;
  title: string;
  description?: string;
  category: IssueCategory;
  source: IssueSource;
  sourceRef?: string | null;
  /** 1–5 each; priority = impact × urgency. Default 3 × 3. */
  impact?: number;
  urgency?: number;
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
 * transaction so the issue and your own record commit together. Starts the issue's timeline
 * and tells the coordinator that a proposal waits for triage.
 */
export async function proposeIssue(
  tx: Tx,
  actor: Actor,
  input: ProposeIssueInput,
): Promise<{ id: string; number: number }> {
  assertCan(actor, "issues.propose", input.regencyId);
  const number = await nextIssueNumber(tx, input.regencyId);
  const impact = input.impact ?? 3;
  const urgency = input.urgency ?? 3;
  const issue = await tx.issue.create({
    data: {
      regencyId: input.regencyId,
      number,
      title: input.title,
      description: input.description ?? "",
      category: input.category,
      impact,
      urgency,
      priority: impact * urgency,
      source: input.source,
      sourceRef: input.sourceRef ?? null,
      createdById: actor.id,
      updates: { create: { kind: "created", authorId: actor.id, authorName: actor.name } },
    },
    select: { id: true, number: true },
  });
  await recordAudit(
    tx,
    actor,
    "issue.proposed",
    { type: "issue", id: issue.id, regencyId: input.regencyId },
    created({
      number,
      title: input.title,
      category: input.category,
      source: input.source,
      sourceRef: input.sourceRef ?? null,
    }),
  );
  await notify(
    tx,
    await coordinatorUserIds(tx, input.regencyId),
    {
      kind: "issues.proposed",
      regencyId: input.regencyId,
      link: `/issues/${issue.id}`,
      params: { number, title: input.title },
    },
    actor.id,
  );
  return issue;
}
