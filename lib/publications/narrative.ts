import type { Actor } from "@/lib/auth/actor";
import { assertMemberCan } from "@/lib/auth/regency-access";
import { created, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/idempotency";
import { conflictIfStale } from "@/lib/versioned";

// Narasi tunggal (Inpres 9/2015): the coordinator keeps the approved key messages per issue;
// humas sees them beside a draft of a piece linked to that issue.

export const addNarrativeMessageSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  issueId: z.uuid(),
  text: z.string().trim().min(5).max(600),
});
export const retireNarrativeMessageSchema = z.object({ id: z.uuid(), version: z.coerce.number().int() });

export async function addNarrativeMessage(
  actor: Actor,
  input: z.output<typeof addNarrativeMessageSchema>,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id: input.issueId }, select: { id: true, regencyId: true } });
    if (!issue) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "narrative.manage", issue.regencyId);
    return once(tx, input.idempotencyKey, actor.id, async () => {
      const msg = await tx.narrativeMessage.create({
        data: { regencyId: issue.regencyId, issueId: issue.id, text: input.text, approvedById: actor.id },
      });
      await recordAudit(
        tx,
        actor,
        "narrative_message.created",
        { type: "narrative_message", id: msg.id, regencyId: issue.regencyId },
        created({ issueId: issue.id, text: input.text }),
      );
      return { id: msg.id };
    });
  });
}

/** Retired messages stay in the record; they stop showing beside drafts. */
export async function retireNarrativeMessage(
  actor: Actor,
  input: z.output<typeof retireNarrativeMessageSchema>,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const msg = await tx.narrativeMessage.findUnique({
      where: { id: input.id },
      select: { id: true, regencyId: true, retiredAt: true },
    });
    if (!msg) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "narrative.manage", msg.regencyId);
    if (msg.retiredAt) return;
    const now = new Date();
    await conflictIfStale(() =>
      tx.narrativeMessage.update({
        where: { id: msg.id, version: input.version },
        data: { retiredAt: now, version: { increment: 1 } },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "narrative_message.retired",
      { type: "narrative_message", id: msg.id, regencyId: msg.regencyId },
      { retiredAt: [null, now.toISOString()] },
    );
  });
}
