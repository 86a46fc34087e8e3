import type { Actor } from "@/lib/auth/actor";
import { assertCan, can, type Permission } from "@/lib/auth/permissions";
import { created, diff, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError, isRecordNotFound } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import type { CreateMilestoneInput, CreateObligationInput, CreatePotentialInput, UpdateMilestoneInput, UpdateObligationInput, UpdateObligationStatusInput, UpdatePotentialStatusInput, UpdateRegencyProfileInput } from "./schemas";

/**
 * The regency's own rows are private to its members: outside the actor's regencies a row does
 * not exist (NOT_FOUND); inside, a role without the permission is FORBIDDEN.
 */
export function assertRegencyAccess(actor: Actor, regencyId: string, permission: Permission): void {
  if (!can(actor, "regency.read", regencyId)) throw new AppError("NOT_FOUND");
  assertCan(actor, permission, regencyId);
}

function conflictOnStale(e: unknown): never {
  if (isRecordNotFound(e)) throw new AppError("CONFLICT");
  throw e;
}

const PROFILE_FIELDS = ["status", "capital", "formationLaw", "formationDate", "areaKm2", "population", "districts", "figuresAsOf", "figuresSource"] as const;

export async function updateRegencyProfile(actor: Actor, input: UpdateRegencyProfileInput): Promise<void> {
  assertRegencyAccess(actor, input.regencyId, "regency.manage");
  await db.$transaction(async (tx) => {
    const before = await tx.regency.findUnique({ where: { id: input.regencyId }, select: Object.fromEntries(PROFILE_FIELDS.map((f) => [f, true])) as Record<(typeof PROFILE_FIELDS)[number], true> });
    if (!before) throw new AppError("NOT_FOUND");
    const data = {
      status: input.status, capital: input.capital, formationLaw: input.formationLaw, formationDate: input.formationDate,
      areaKm2: input.areaKm2, population: input.population, districts: input.districts, figuresAsOf: input.figuresAsOf, figuresSource: input.figuresSource,
    };
    await tx.regency.update({ where: { id: input.regencyId, version: input.version }, data: { ...data, version: { increment: 1 } } }).catch(conflictOnStale);
    await recordAudit(tx, actor, "regency.updated", { type: "regency", id: input.regencyId, regencyId: input.regencyId }, diff(before, data, [...PROFILE_FIELDS]));
  });
}

const milestoneValues = (input: CreateMilestoneInput | UpdateMilestoneInput) => ({
  kind: input.kind, title: input.title, date: input.date, evidence: input.evidence, score: input.kind === "edob_evaluation" ? input.score : null, notes: input.notes,
});
const MILESTONE_FIELDS = ["kind", "title", "date", "evidence", "score", "notes"] as const;

export async function createMilestone(actor: Actor, input: CreateMilestoneInput): Promise<{ id: string }> {
  assertRegencyAccess(actor, input.regencyId, "regency.manage");
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const values = milestoneValues(input);
      const m = await tx.regencyMilestone.create({ data: { regencyId: input.regencyId, ...values } });
      await recordAudit(tx, actor, "regency_milestone.created", { type: "regency_milestone", id: m.id, regencyId: input.regencyId }, created(values));
      return { id: m.id };
    }),
  );
}

export async function updateMilestone(actor: Actor, input: UpdateMilestoneInput): Promise<void> {
  const before = await db.regencyMilestone.findUnique({ where: { id: input.id }, select: { regencyId: true, kind: true, title: true, date: true, evidence: true, score: true, notes: true } });
  if (!before) throw new AppError("NOT_FOUND");
  assertRegencyAccess(actor, before.regencyId, "regency.manage");
  const values = milestoneValues(input);
  await db.$transaction(async (tx) => {
    await tx.regencyMilestone.update({ where: { id: input.id, version: input.version }, data: { ...values, version: { increment: 1 } } }).catch(conflictOnStale);
    await recordAudit(tx, actor, "regency_milestone.updated", { type: "regency_milestone", id: input.id, regencyId: before.regencyId }, diff(before, values, [...MILESTONE_FIELDS]));
  });
}

async function assertPositionInRegency(tx: Tx, positionId: string | null, regencyId: string) {
  if (!positionId) return;
  const p = await tx.position.findFirst({ where: { id: positionId, regencyId }, select: { id: true } });
  if (!p) throw new AppError("INVALID", "common.errors.invalid", { responsiblePositionId: ["common.validation.choice"] });
}

export async function createObligation(actor: Actor, input: CreateObligationInput): Promise<{ id: string }> {
  assertRegencyAccess(actor, input.regencyId, "regency.manage");
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      await assertPositionInRegency(tx, input.responsiblePositionId, input.regencyId);
      const values = { title: input.title, aspect: input.aspect, source: input.source, dueDate: input.dueDate, responsiblePositionId: input.responsiblePositionId, evidence: input.evidence };
      const o = await tx.ministryObligation.create({ data: { regencyId: input.regencyId, ...values } });
      await recordAudit(tx, actor, "ministry_obligation.created", { type: "ministry_obligation", id: o.id, regencyId: input.regencyId }, created(values));
      return { id: o.id };
    }),
  );
}

const OBLIGATION_FIELDS = ["title", "aspect", "source", "dueDate", "responsiblePositionId"] as const;

export async function updateObligation(actor: Actor, input: UpdateObligationInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.ministryObligation.findUnique({ where: { id: input.id }, select: { regencyId: true, title: true, aspect: true, source: true, dueDate: true, responsiblePositionId: true } });
    if (!before) throw new AppError("NOT_FOUND");
    assertRegencyAccess(actor, before.regencyId, "regency.manage");
    await assertPositionInRegency(tx, input.responsiblePositionId, before.regencyId);
    const data = { title: input.title, aspect: input.aspect, source: input.source, dueDate: input.dueDate, responsiblePositionId: input.responsiblePositionId };
    await tx.ministryObligation.update({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } }).catch(conflictOnStale);
    await recordAudit(tx, actor, "ministry_obligation.updated", { type: "ministry_obligation", id: input.id, regencyId: before.regencyId }, diff(before, data, [...OBLIGATION_FIELDS]));
  });
}

export async function updateObligationStatus(actor: Actor, input: UpdateObligationStatusInput): Promise<{ regencyId: string }> {
  return db.$transaction(async (tx) => {
    const before = await tx.ministryObligation.findUnique({ where: { id: input.obligationId }, select: { regencyId: true, status: true, evidence: true } });
    if (!before) throw new AppError("NOT_FOUND");
    assertRegencyAccess(actor, before.regencyId, "regency.manage");
    const evidence = input.evidence ?? before.evidence;
    await tx.ministryObligation.update({ where: { id: input.obligationId, version: input.version }, data: { status: input.status, evidence, version: { increment: 1 } } }).catch(conflictOnStale);
    await recordAudit(tx, actor, "ministry_obligation.status_changed", { type: "ministry_obligation", id: input.obligationId, regencyId: before.regencyId }, diff(before, { status: input.status, evidence }, ["status", "evidence"]));
    return { regencyId: before.regencyId };
  });
}

export async function createPotential(actor: Actor, input: CreatePotentialInput): Promise<{ id: string }> {
  assertRegencyAccess(actor, input.regencyId, "regency.manage");
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const values = { sector: input.sector, title: input.title, description: input.description, evidence: input.evidence, estimatedValue: input.estimatedValue };
      const p = await tx.regionalPotential.create({ data: { regencyId: input.regencyId, ...values } });
      await recordAudit(tx, actor, "regional_potential.created", { type: "regional_potential", id: p.id, regencyId: input.regencyId }, created(values));
      return { id: p.id };
    }),
  );
}

export async function updatePotentialStatus(actor: Actor, input: UpdatePotentialStatusInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.regionalPotential.findUnique({ where: { id: input.potentialId }, select: { regencyId: true, status: true } });
    if (!before) throw new AppError("NOT_FOUND");
    assertRegencyAccess(actor, before.regencyId, "regency.manage");
    await tx.regionalPotential.update({ where: { id: input.potentialId, version: input.version }, data: { status: input.status, version: { increment: 1 } } }).catch(conflictOnStale);
    await recordAudit(tx, actor, "regional_potential.status_changed", { type: "regional_potential", id: input.potentialId, regencyId: before.regencyId }, diff(before, { status: input.status }, ["status"]));
  });
}

/** Links a potential to a development issue of the same regency (idempotent: a second link is a no-op). */
export async function linkPotentialIssue(actor: Actor, input: { potentialId: string; issueId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const potential = await tx.regionalPotential.findUnique({ where: { id: input.potentialId }, select: { regencyId: true } });
    if (!potential) throw new AppError("NOT_FOUND");
    assertRegencyAccess(actor, potential.regencyId, "regency.manage");
    const issue = await tx.issue.findFirst({ where: { id: input.issueId, regencyId: potential.regencyId }, select: { id: true, number: true } });
    if (!issue) throw new AppError("INVALID", "common.errors.invalid", { issueId: ["common.validation.choice"] });
    const existing = await tx.regionalPotentialIssue.findUnique({ where: { potentialId_issueId: input } });
    if (existing) return;
    await tx.regionalPotentialIssue.create({ data: input });
    await recordAudit(tx, actor, "regional_potential.issue_linked", { type: "regional_potential", id: input.potentialId, regencyId: potential.regencyId }, { issue: [null, issue.number] });
  });
}
