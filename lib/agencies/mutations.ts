import type { Actor } from "@/lib/auth/actor";
import { created, diff, recordAudit } from "@/lib/audit/record";
import { db, type Db, type Tx } from "@/lib/db";
import { AppError, isRecordNotFound, isUniqueViolation } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { inVisibleRegency } from "@/lib/regencies/policy";
import { assertRegencyAccess } from "@/lib/regencies/mutations";
import type { CreateAgencyInput, UpdateAgencyInput } from "./schemas";

const FIELDS = ["name", "shortName", "kind"] as const;

/** Two OPD of one regency never share a name (the database says so too). */
async function refuseDuplicateName(tx: Tx | Db, regencyId: string, name: string, exceptId?: string) {
  const same = await tx.agency.findFirst({ where: { regencyId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (same) throw new AppError("INVALID", "agencies.errors.duplicateName", { name: ["agencies.errors.duplicateName"] });
}

function duplicateOrRethrow(e: unknown): never {
  if (isUniqueViolation(e)) throw new AppError("INVALID", "agencies.errors.duplicateName", { name: ["agencies.errors.duplicateName"] });
  throw e;
}

export async function createAgency(actor: Actor, input: CreateAgencyInput): Promise<{ id: string }> {
  assertRegencyAccess(actor, input.regencyId, "leadership.manage");
  return db
    .$transaction((tx) =>
      once(tx, input.idempotencyKey, actor.id, async () => {
        await refuseDuplicateName(tx, input.regencyId, input.name);
        const values = { name: input.name, shortName: input.shortName, kind: input.kind };
        const a = await tx.agency.create({ data: { regencyId: input.regencyId, ...values }, select: { id: true } });
        await recordAudit(tx, actor, "agency.created", { type: "agency", id: a.id, regencyId: input.regencyId }, created(values));
        return a;
      }),
    )
    .catch(duplicateOrRethrow);
}

/** Renames or reclassifies an OPD; positions, issues and ISO records keep pointing at it. */
export async function updateAgency(actor: Actor, input: UpdateAgencyInput): Promise<void> {
  const before = await db.agency.findFirst({ where: { id: input.id, ...inVisibleRegency(actor, "regency.read") }, select: { regencyId: true, name: true, shortName: true, kind: true } });
  if (!before) throw new AppError("NOT_FOUND");
  assertRegencyAccess(actor, before.regencyId, "leadership.manage");
  await refuseDuplicateName(db, before.regencyId, input.name, input.id);
  const data = { name: input.name, shortName: input.shortName, kind: input.kind };
  await db
    .$transaction(async (tx) => {
      await tx.agency.update({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } }).catch((e: unknown) => {
        if (isRecordNotFound(e)) throw new AppError("CONFLICT");
        throw e;
      });
      await recordAudit(tx, actor, "agency.updated", { type: "agency", id: input.id, regencyId: before.regencyId }, diff(before, data, [...FIELDS]));
    })
    .catch(duplicateOrRethrow);
}
