import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertMemberCan } from "@/lib/auth/regency-access";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertSameRegency } from "./references";

// The links of a regional potential to the issues and the follow-ups that work on it. Linking
// twice or unlinking what is not linked changes nothing (and writes no audit row).

async function loadManagedPotential(tx: Tx, actor: Actor, potentialId: string) {
  const p = await tx.regionalPotential.findUnique({
    where: { id: potentialId },
    select: { id: true, regencyId: true },
  });
  if (!p) throw new AppError("NOT_FOUND");
  assertMemberCan(actor, "regency.manage", p.regencyId);
  return p;
}

export async function unlinkPotentialIssue(
  actor: Actor,
  input: { potentialId: string; issueId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const p = await loadManagedPotential(tx, actor, input.potentialId);
    const link = await tx.regionalPotentialIssue.findUnique({
      where: { potentialId_issueId: input },
      select: { issue: { select: { number: true } } },
    });
    if (!link) return;
    await tx.regionalPotentialIssue.delete({ where: { potentialId_issueId: input } });
    await recordAudit(
      tx,
      actor,
      "regional_potential.issue_unlinked",
      { type: "regional_potential", id: p.id, regencyId: p.regencyId },
      { issue: [link.issue.number, null] },
    );
  });
}

export async function linkPotentialFollowUp(
  actor: Actor,
  input: { potentialId: string; followUpId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const p = await loadManagedPotential(tx, actor, input.potentialId);
    await assertSameRegency(tx, p.regencyId, "follow_up", input.followUpId, "followUpId");
    const created = await tx.regionalPotentialFollowUp.createMany({ data: [input], skipDuplicates: true });
    if (created.count === 0) return;
    const f = await tx.followUp.findUniqueOrThrow({ where: { id: input.followUpId }, select: { text: true } });
    await recordAudit(
      tx,
      actor,
      "regional_potential.follow_up_linked",
      { type: "regional_potential", id: p.id, regencyId: p.regencyId },
      { followUp: [null, f.text] },
    );
  });
}

export async function unlinkPotentialFollowUp(
  actor: Actor,
  input: { potentialId: string; followUpId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const p = await loadManagedPotential(tx, actor, input.potentialId);
    const link = await tx.regionalPotentialFollowUp.findUnique({
      where: { potentialId_followUpId: input },
      select: { followUp: { select: { text: true } } },
    });
    if (!link) return;
    await tx.regionalPotentialFollowUp.delete({ where: { potentialId_followUpId: input } });
    await recordAudit(
      tx,
      actor,
      "regional_potential.follow_up_unlinked",
      { type: "regional_potential", id: p.id, regencyId: p.regencyId },
      { followUp: [link.followUp.text, null] },
    );
  });
}
