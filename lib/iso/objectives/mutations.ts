import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { created, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { once } from "@/lib/idempotency";

import type { CreateObjectiveInput, RecordMeasurementInput } from "./schemas";
import { whereActorMay } from "@/lib/auth/regency-access";
import { assertSameRegency } from "@/lib/regencies/references";

export async function createObjective(actor: Actor, input: CreateObjectiveInput): Promise<{ id: string }> {
  assertCan(actor, "iso.manage", input.regencyId);
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      await assertSameRegency(tx, input.regencyId, "position", input.ownerPositionId, "ownerPositionId");
      const { idempotencyKey: _k, ...data } = input;
      const o = await tx.isoObjective.create({ data: { ...data, createdById: actor.id }, select: { id: true } });
      await recordAudit(
        tx,
        actor,
        "iso_objective.created",
        { type: "iso_objective", id: o.id, regencyId: input.regencyId },
        created(data),
      );
      return o;
    }),
  );
}

/** A measurement is kept as recorded: one per period, never edited. */
export async function recordMeasurement(actor: Actor, input: RecordMeasurementInput): Promise<{ id: string }> {
  try {
    return await db.$transaction(async (tx) => {
      const o = await tx.isoObjective.findFirst({
        where: { id: input.objectiveId, ...whereActorMay(actor, "iso.read") },
        select: { id: true, regencyId: true },
      });
      if (!o) throw new AppError("NOT_FOUND");
      assertCan(actor, "iso.manage", o.regencyId);
      const m = await tx.isoObjectiveMeasurement.create({
        data: { ...input, recordedById: actor.id },
        select: { id: true },
      });
      await recordAudit(
        tx,
        actor,
        "iso_objective.measured",
        { type: "iso_objective", id: o.id, regencyId: o.regencyId },
        created({ period: input.period, value: input.value, note: input.note }),
      );
      return m;
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("INVALID", "iso.errors.measurementExists", { period: ["iso.errors.measurementExists"] });
    throw e;
  }
}
