import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertMemberCan, whereActorMay } from "@/lib/auth/regency-access";
import { created, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { conflictIfStale, saveVersioned } from "@/lib/versioned";
import type {
  CreateReplyTemplateInput,
  DeleteReplyTemplateInput,
  UpdateAspirationDeadlinesInput,
  UpdateReplyTemplateInput,
} from "./schemas";

const DEADLINE_FIELDS = [
  "aspirationFirstResponseDays",
  "aspirationStandardDays",
  "aspirationNoFieldCheckDays",
  "aspirationFieldCheckDays",
] as const;

/** The regency's deadline tiers (working days): versioned with the regency, audited old → new.
 * Deadlines already running keep theirs; the new days apply from the next step. */
export async function updateAspirationDeadlines(actor: Actor, input: UpdateAspirationDeadlinesInput): Promise<void> {
  assertMemberCan(actor, "aspirations.settings", input.regencyId);
  await db.$transaction(async (tx) => {
    const before = await tx.regency.findUnique({
      where: { id: input.regencyId },
      select: { version: true, ...Object.fromEntries(DEADLINE_FIELDS.map((f) => [f, true])) } as {
        version: true;
      } & Record<(typeof DEADLINE_FIELDS)[number], true>,
    });
    if (!before) throw new AppError("NOT_FOUND");
    const after = Object.fromEntries(DEADLINE_FIELDS.map((f) => [f, input[f]])) as Record<
      (typeof DEADLINE_FIELDS)[number],
      number
    >;
    await saveVersioned(tx, actor, {
      version: input.version,
      before,
      after,
      fields: DEADLINE_FIELDS,
      write: () =>
        tx.regency.update({
          where: { id: input.regencyId, version: input.version },
          data: { ...after, version: { increment: 1 } },
        }),
      action: "regency.aspiration_deadlines_changed",
      entity: { type: "regency", id: input.regencyId, regencyId: input.regencyId },
    });
  });
}

function duplicateTitle(e: unknown): never {
  if (isUniqueViolation(e))
    throw new AppError("INVALID", "aspirations.templates.duplicate", { title: ["aspirations.templates.duplicate"] });
  throw e;
}

export async function createReplyTemplate(actor: Actor, input: CreateReplyTemplateInput): Promise<{ id: string }> {
  assertMemberCan(actor, "replyTemplates.manage", input.regencyId);
  return db
    .$transaction((tx) =>
      once(tx, input.idempotencyKey, actor.id, async () => {
        const row = await tx.replyTemplate.create({
          data: { regencyId: input.regencyId, title: input.title, body: input.body },
          select: { id: true },
        });
        await recordAudit(
          tx,
          actor,
          "reply_template.created",
          { type: "reply_template", id: row.id, regencyId: input.regencyId },
          created({ title: input.title, body: input.body }),
        );
        return row;
      }),
    )
    .catch(duplicateTitle);
}

export async function updateReplyTemplate(actor: Actor, input: UpdateReplyTemplateInput): Promise<void> {
  await db
    .$transaction(async (tx) => {
      const before = await tx.replyTemplate.findFirst({
        where: { id: input.id, ...whereActorMay(actor, "aspirations.read") },
        select: { regencyId: true, version: true, title: true, body: true },
      });
      if (!before) throw new AppError("NOT_FOUND");
      assertMemberCan(actor, "replyTemplates.manage", before.regencyId);
      const after = { title: input.title, body: input.body };
      await saveVersioned(tx, actor, {
        version: input.version,
        before,
        after,
        fields: ["title", "body"],
        write: () =>
          tx.replyTemplate.update({
            where: { id: input.id, version: input.version },
            data: { ...after, version: { increment: 1 } },
          }),
        action: "reply_template.updated",
        entity: { type: "reply_template", id: input.id, regencyId: before.regencyId },
      });
    })
    .catch(duplicateTitle);
}

export async function deleteReplyTemplate(actor: Actor, input: DeleteReplyTemplateInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.replyTemplate.findFirst({
      where: { id: input.id, ...whereActorMay(actor, "aspirations.read") },
      select: { regencyId: true, title: true, body: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "replyTemplates.manage", before.regencyId);
    await conflictIfStale(() => tx.replyTemplate.delete({ where: { id: input.id, version: input.version } }));
    await recordAudit(
      tx,
      actor,
      "reply_template.deleted",
      { type: "reply_template", id: input.id, regencyId: before.regencyId },
      { title: [before.title, null], body: [before.body, null] },
    );
  });
}
