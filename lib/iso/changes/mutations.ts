import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { created, diff, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { recordIsoEvent } from "../shared";
import type { CreateChangeInput, SavePhaseNotesInput } from "./schemas";
import { whereActorMay } from "@/lib/auth/regency-access";
import { conflictIfStale } from "@/lib/versioned";
import { assertSameRegency } from "@/lib/regencies/references";

const PHASE_FIELDS = {
  plan: ["planObjective", "planScope", "planRisks"],
  do: ["doActivities"],
  check: ["checkResults"],
} as const;
const NEXT = { plan: "do", do: "check", check: "act" } as const;
const entity = (c: { id: string; regencyId: string }) => ({ type: "iso_change", id: c.id, regencyId: c.regencyId });

async function load(tx: Tx, actor: Actor, id: string) {
  const c = await tx.isoChangeInitiative.findFirst({ where: { id, ...whereActorMay(actor, "iso.read") } });
  if (!c) throw new AppError("NOT_FOUND");
  assertCan(actor, "iso.manage", c.regencyId);
  return c;
}

export async function createChange(actor: Actor, input: CreateChangeInput): Promise<{ id: string }> {
  assertCan(actor, "iso.manage", input.regencyId);
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      await assertSameRegency(tx, input.regencyId, "position", input.ownerPositionId, "ownerPositionId");
      await assertSameRegency(tx, input.regencyId, "issue", input.issueId, "issueId");
      const { idempotencyKey: _k, ...data } = input;
      const c = await tx.isoChangeInitiative.create({
        data: { ...data, createdById: actor.id },
        select: { id: true, regencyId: true },
      });
      await recordAudit(tx, actor, "iso_change.created", entity(c), created(data));
      await recordIsoEvent(tx, actor, {
        regencyId: c.regencyId,
        recordType: "change",
        recordId: c.id,
        event: "created",
        toStatus: "plan",
      });
      return { id: c.id };
    }),
  );
}

/** An improvement initiative raised from another record (a red ISO 18091 rating): created and audited in the caller's transaction. */
export async function insertChangeFromRating(
  tx: Tx,
  actor: Actor,
  input: { regencyId: string; title: string; purpose: string; sourceRef: string },
): Promise<{ id: string }> {
  const c = await tx.isoChangeInitiative.create({
    data: { ...input, createdById: actor.id },
    select: { id: true, regencyId: true },
  });
  await recordAudit(
    tx,
    actor,
    "iso_change.created",
    entity(c),
    created({ title: input.title, purpose: input.purpose, sourceRef: input.sourceRef }),
  );
  await recordIsoEvent(tx, actor, {
    regencyId: c.regencyId,
    recordType: "change",
    recordId: c.id,
    event: "created",
    toStatus: "plan",
  });
  return { id: c.id };
}

/** Notes of the phase the cycle is in; a closed initiative is kept as it is. */
export async function savePhaseNotes(actor: Actor, input: SavePhaseNotesInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const c = await load(tx, actor, input.id);
    if (c.phase === "closed") throw new AppError("INVALID", "iso.errors.changeClosedLocked");
    if (c.phase === "act") throw new AppError("INVALID", "iso.errors.changeInAct");
    const fields = [...PHASE_FIELDS[c.phase]];
    const data = Object.fromEntries(fields.map((f) => [f, input[f]]));
    const changes = diff(c, data, fields);
    if (!Object.keys(changes).length) return;
    await conflictIfStale(() =>
      tx.isoChangeInitiative.update({
        where: { id: c.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      }),
    );
    await recordAudit(tx, actor, "iso_change.notes_saved", entity(c), { phase: c.phase, cycle: c.cycle, ...changes });
  });
}

/** Gates: the plan needs an objective and a scope; "do" needs activities; "check" needs results. */
export async function advanceChange(actor: Actor, input: { id: string; version: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const c = await load(tx, actor, input.id);
    if (c.phase === "closed") throw new AppError("INVALID", "iso.errors.changeClosedLocked");
    if (c.phase === "act") throw new AppError("INVALID", "iso.errors.changeInAct");
    if (c.phase === "plan" && (!c.planObjective.trim() || !c.planScope.trim()))
      throw new AppError("INVALID", "iso.errors.planIncomplete");
    if (c.phase === "do" && !c.doActivities.trim()) throw new AppError("INVALID", "iso.errors.doIncomplete");
    if (c.phase === "check" && !c.checkResults.trim()) throw new AppError("INVALID", "iso.errors.checkIncomplete");
    const to = NEXT[c.phase];
    await conflictIfStale(() =>
      tx.isoChangeInitiative.update({
        where: { id: c.id, version: input.version },
        data: { phase: to, version: { increment: 1 } },
      }),
    );
    await recordAudit(tx, actor, "iso_change.phase_changed", entity(c), { cycle: c.cycle, phase: [c.phase, to] });
    await recordIsoEvent(tx, actor, {
      regencyId: c.regencyId,
      recordType: "change",
      recordId: c.id,
      event: `phase_${to}`,
      fromStatus: c.phase,
      toStatus: to,
    });
  });
}

/** Act: standardize (the change becomes the way of working; closed) or adjust and start the next cycle. */
export async function decideAct(
  actor: Actor,
  input: { id: string; version: number; decision: "standardize" | "adjust"; note: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const c = await load(tx, actor, input.id);
    if (c.phase !== "act") throw new AppError("INVALID", "iso.errors.changeNotInAct");
    const standardize = input.decision === "standardize";
    await conflictIfStale(() =>
      tx.isoChangeInitiative.update({
        where: { id: c.id, version: input.version },
        data: standardize
          ? { phase: "closed", version: { increment: 1 } }
          : { phase: "plan", cycle: { increment: 1 }, version: { increment: 1 } },
      }),
    );
    await recordAudit(tx, actor, standardize ? "iso_change.standardized" : "iso_change.next_cycle", entity(c), {
      phase: ["act", standardize ? "closed" : "plan"],
      ...(standardize ? {} : { cycle: [c.cycle, c.cycle + 1] }),
      note: [null, input.note],
    });
    // the cycle's plan, activities and results go into the history before the next cycle edits them
    const snapshot = `${input.note}\n\nPlan: ${c.planObjective}\nDo: ${c.doActivities}\nCheck: ${c.checkResults}`;
    await recordIsoEvent(tx, actor, {
      regencyId: c.regencyId,
      recordType: "change",
      recordId: c.id,
      event: standardize ? "standardized" : "next_cycle",
      fromStatus: "act",
      toStatus: standardize ? "closed" : "plan",
      note: snapshot,
    });
  });
}
