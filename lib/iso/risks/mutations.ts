import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { created, diff, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { isoScope, versioned } from "../shared";
import type { CreateRiskInput, UpdateRiskInput } from "./schemas";

const FIELDS = ["kind", "title", "context", "likelihood", "impact", "level", "treatment", "action", "ownerPositionId", "reviewDate"] as const;

async function assertPositionIn(tx: Tx, positionId: string | null, regencyId: string) {
  if (positionId && !(await tx.position.findFirst({ where: { id: positionId, regencyId }, select: { id: true } }))) {
    throw new AppError("INVALID", "common.errors.invalid", { ownerPositionId: ["common.validation.choice"] });
  }
}

export async function createRisk(actor: Actor, input: CreateRiskInput): Promise<{ id: string }> {
  assertCan(actor, "iso.manage", input.regencyId);
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      await assertPositionIn(tx, input.ownerPositionId, input.regencyId);
      const { idempotencyKey: _k, ...rest } = input;
      const data = { ...rest, level: input.likelihood * input.impact };
      const r = await tx.isoRisk.create({ data: { ...data, createdById: actor.id }, select: { id: true } });
      await recordAudit(tx, actor, "iso_risk.created", { type: "iso_risk", id: r.id, regencyId: input.regencyId }, created(data));
      return r;
    }),
  );
}

/** The register is reviewed over time: each review is audited with old → new values. */
export async function updateRisk(actor: Actor, input: UpdateRiskInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.isoRisk.findFirst({ where: { id: input.id, ...isoScope(actor) } });
    if (!before) throw new AppError("NOT_FOUND");
    assertCan(actor, "iso.manage", before.regencyId);
    await assertPositionIn(tx, input.ownerPositionId, before.regencyId);
    const { id: _id, version, ...rest } = input;
    const data = { ...rest, level: input.likelihood * input.impact };
    const changes = diff(before, data, [...FIELDS]);
    if (!Object.keys(changes).length) return;
    await versioned(() => tx.isoRisk.update({ where: { id: before.id, version }, data: { ...data, version: { increment: 1 } } }));
    await recordAudit(tx, actor, "iso_risk.updated", { type: "iso_risk", id: before.id, regencyId: before.regencyId }, changes);
  });
}
