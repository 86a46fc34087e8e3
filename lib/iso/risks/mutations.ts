import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { created, diff, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";

import type { CreateRiskInput, UpdateRiskInput } from "./schemas";
import { whereActorMay } from "@/lib/auth/regency-access";
import { conflictIfStale } from "@/lib/versioned";
import { assertSameRegency } from "@/lib/regencies/references";

const FIELDS = [
  "kind",
  "title",
  "context",
  "likelihood",
  "impact",
  "level",
  "treatment",
  "action",
  "ownerPositionId",
  "reviewDate",
] as const;

export async function createRisk(actor: Actor, input: CreateRiskInput): Promise<{ id: string }> {
  assertCan(actor, "iso.manage", input.regencyId);
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      await assertSameRegency(tx, input.regencyId, "position", input.ownerPositionId, "ownerPositionId");
      const { idempotencyKey: _k, ...rest } = input;
      const data = { ...rest, level: input.likelihood * input.impact };
      const r = await tx.isoRisk.create({ data: { ...data, createdById: actor.id }, select: { id: true } });
      await recordAudit(
        tx,
        actor,
        "iso_risk.created",
        { type: "iso_risk", id: r.id, regencyId: input.regencyId },
        created(data),
      );
      return r;
    }),
  );
}

/** The register is reviewed over time: each review is audited with old → new values. */
export async function updateRisk(actor: Actor, input: UpdateRiskInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.isoRisk.findFirst({ where: { id: input.id, ...whereActorMay(actor, "iso.read") } });
    if (!before) throw new AppError("NOT_FOUND");
    assertCan(actor, "iso.manage", before.regencyId);
    await assertSameRegency(tx, before.regencyId, "position", input.ownerPositionId, "ownerPositionId");
    const { id: _id, version, ...rest } = input;
    const data = { ...rest, level: input.likelihood * input.impact };
    const changes = diff(before, data, [...FIELDS]);
    if (!Object.keys(changes).length) return;
    await conflictIfStale(() =>
      tx.isoRisk.update({ where: { id: before.id, version }, data: { ...data, version: { increment: 1 } } }),
    );
    await recordAudit(
      tx,
      actor,
      "iso_risk.updated",
      { type: "iso_risk", id: before.id, regencyId: before.regencyId },
      changes,
    );
  });
}
