import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertMemberCan, whereActorMay } from "@/lib/auth/regency-access";
import { created, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { saveVersioned } from "@/lib/versioned";
import type { CreateAgencyInput, UpdateAgencyInput } from "./schemas";

const FIELDS = ["name", "shortName", "kind"] as const;

/** Two OPD of one regency never share a name (the database says so too). */
async function refuseDuplicateName(tx: Tx, regencyId: string, name: string, exceptId?: string) {
  const same = await tx.agency.findFirst({
    where: { regencyId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (same) throw new AppError("INVALID", "agencies.errors.duplicateName", { name: ["agencies.errors.duplicateName"] });
}

function duplicateOrRethrow(e: unknown): never {
  if (isUniqueViolation(e))
    throw new AppError("INVALID", "agencies.errors.duplicateName", { name: ["agencies.errors.duplicateName"] });
  throw e;
}

export async function createAgency(actor: Actor, input: CreateAgencyInput): Promise<{ id: string }> {
  assertMemberCan(actor, "leadership.manage", input.regencyId);
  return db
    .$transaction((tx) =>
      once(tx, input.idempotencyKey, actor.id, async () => {
        await refuseDuplicateName(tx, input.regencyId, input.name);
        const values = { name: input.name, shortName: input.shortName, kind: input.kind };
        const a = await tx.agency.create({ data: { regencyId: input.regencyId, ...values }, select: { id: true } });
        await recordAudit(
          tx,
          actor,
          "agency.created",
          { type: "agency", id: a.id, regencyId: input.regencyId },
          created(values),
        );
        return a;
      }),
    )
    .catch(duplicateOrRethrow);
}

/** Renames or reclassifies an OPD; positions, issues and ISO records keep pointing at it. */
export async function updateAgency(actor: Actor, input: UpdateAgencyInput): Promise<void> {
  await db
    .$transaction(async (tx) => {
      const before = await tx.agency.findFirst({
        where: { id: input.id, ...whereActorMay(actor, "regency.read") },
        select: { regencyId: true, version: true, name: true, shortName: true, kind: true },
      });
      if (!before) throw new AppError("NOT_FOUND");
      assertMemberCan(actor, "leadership.manage", before.regencyId);
      await refuseDuplicateName(tx, before.regencyId, input.name, input.id);
      const data = { name: input.name, shortName: input.shortName, kind: input.kind };
      await saveVersioned(tx, actor, {
        version: input.version,
        before,
        after: data,
        fields: FIELDS,
        write: () =>
          tx.agency.update({
            where: { id: input.id, version: input.version },
            data: { ...data, version: { increment: 1 } },
          }),
        action: "agency.updated",
        entity: { type: "agency", id: input.id, regencyId: before.regencyId },
      });
    })
    .catch(duplicateOrRethrow);
}
