import "server-only";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
import { assertMemberCan } from "@/lib/auth/regency-access";
import { created, diff, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { conflictIfStale, saveVersioned } from "@/lib/versioned";
import { assertSameRegency } from "./references";
import type {
  CreateMilestoneInput,
  CreateObligationInput,
  CreatePotentialInput,
  UpdateMilestoneInput,
  UpdateObligationInput,
  UpdateObligationStatusInput,
  UpdatePotentialStatusInput,
  UpdateRegencyProfileInput,
  RemoveRegencyLogoInput,
  SetRegencyLogoInput,
} from "./schemas";
import { UnreadableImage } from "@/lib/files/images";
import { objectStore } from "@/lib/files/storage";
import { assertLogo, logoError } from "./logo";
import { storeLogo } from "./logo-image";

const PROFILE_FIELDS = [
  "status",
  "capital",
  "formationLaw",
  "formationDate",
  "areaKm2",
  "population",
  "districts",
  "figuresAsOf",
  "figuresSource",
  "address",
  "phone",
  "email",
  "website",
  "timeZone",
] as const;

export async function updateRegencyProfile(actor: Actor, input: UpdateRegencyProfileInput): Promise<void> {
  assertMemberCan(actor, "regency.manage", input.regencyId);
  await db.$transaction(async (tx) => {
    const before = await tx.regency.findUnique({
      where: { id: input.regencyId },
      select: {
        version: true,
        ...(Object.fromEntries(PROFILE_FIELDS.map((f) => [f, true])) as Record<(typeof PROFILE_FIELDS)[number], true>),
      },
    });
    if (!before) throw new AppError("NOT_FOUND");
    // the zone every date of the regency is shown and counted in: an admin's decision
    const timeZone = input.timeZone ?? before.timeZone;
    if (timeZone !== before.timeZone && !actor.isAdmin) throw new AppError("FORBIDDEN", "common.errors.forbidden");
    const data = {
      status: input.status,
      capital: input.capital,
      formationLaw: input.formationLaw,
      formationDate: input.formationDate,
      areaKm2: input.areaKm2,
      population: input.population,
      districts: input.districts,
      figuresAsOf: input.figuresAsOf,
      figuresSource: input.figuresSource,
      address: input.address,
      phone: input.phone,
      email: input.email,
      website: input.website,
      timeZone,
    };
    await saveVersioned(tx, actor, {
      version: input.version,
      before,
      after: data,
      fields: PROFILE_FIELDS,
      write: () =>
        tx.regency.update({
          where: { id: input.regencyId, version: input.version },
          data: { ...data, version: { increment: 1 } },
        }),
      action: "regency.updated",
      entity: { type: "regency", id: input.regencyId, regencyId: input.regencyId },
    });
  });
}

/**
 * The emblem on the kop of the regency's printouts (lib/regencies/logo.ts: PNG/JPEG, 512 KB), stored
 * re-encoded as a PNG without metadata, at most 600 px (lib/regencies/logo-image.ts); the audit row
 * has the stored file's size and SHA-256. Checked and decoded before the file is stored, so a
 * refused request leaves no file behind.
 */
export async function setRegencyLogo(actor: Actor, input: SetRegencyLogoInput): Promise<void> {
  assertMemberCan(actor, "regency.manage", input.regencyId);
  await assertLogo(input.file);
  const stored = await storeLogo(new Uint8Array(await input.file.arrayBuffer())).catch((e: unknown) => {
    if (e instanceof UnreadableImage) throw logoError("regencies.logo.errors.unreadable");
    throw e;
  });
  const fileName = path.basename(input.file.name).slice(0, 200) || "lambang.png";
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.regency.findUnique({
        where: { id: input.regencyId },
        select: { logoStorageKey: true },
      });
      if (!before) throw new AppError("NOT_FOUND");
      const now = new Date();
      await conflictIfStale(() =>
        tx.regency.update({
          where: { id: input.regencyId, version: input.version },
          data: {
            logoStorageKey: stored.storageKey,
            logoContentType: stored.contentType,
            logoUpdatedAt: now,
            logoReencodedAt: now,
            logoUpgradeFailedAt: null,
            version: { increment: 1 },
          },
        }),
      );
      await recordAudit(
        tx,
        actor,
        "regency.logo_set",
        { type: "regency", id: input.regencyId, regencyId: input.regencyId },
        {
          logo: [before.logoStorageKey, stored.storageKey],
          fileName: [null, fileName],
          sizeBytes: [null, stored.sizeBytes],
          sha256: [null, stored.sha256],
        },
      );
    });
  } catch (e) {
    // refused in the transaction (a stale version, a regency gone): nothing names the new file
    if (e instanceof AppError) await objectStore().delete(stored.storageKey);
    throw e;
  }
}

/** Back to the neutral mark; the old file stays on disk (the audit row names it). */
export async function removeRegencyLogo(actor: Actor, input: RemoveRegencyLogoInput): Promise<void> {
  assertMemberCan(actor, "regency.manage", input.regencyId);
  await db.$transaction(async (tx) => {
    const before = await tx.regency.findUnique({ where: { id: input.regencyId }, select: { logoStorageKey: true } });
    if (!before) throw new AppError("NOT_FOUND");
    await conflictIfStale(() =>
      tx.regency.update({
        where: { id: input.regencyId, version: input.version },
        data: {
          logoStorageKey: null,
          logoContentType: null,
          logoUpdatedAt: null,
          logoReencodedAt: null,
          logoUpgradeFailedAt: null,
          version: { increment: 1 },
        },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "regency.logo_removed",
      { type: "regency", id: input.regencyId, regencyId: input.regencyId },
      { logo: [before.logoStorageKey, null] },
    );
  });
}

const milestoneValues = (input: CreateMilestoneInput | UpdateMilestoneInput) => ({
  kind: input.kind,
  title: input.title,
  date: input.date,
  evidence: input.evidence,
  score: input.kind === "edob_evaluation" ? input.score : null,
  notes: input.notes,
});
const MILESTONE_FIELDS = ["kind", "title", "date", "evidence", "score", "notes"] as const;

export async function createMilestone(actor: Actor, input: CreateMilestoneInput): Promise<{ id: string }> {
  assertMemberCan(actor, "regency.manage", input.regencyId);
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const values = milestoneValues(input);
      const m = await tx.regencyMilestone.create({ data: { regencyId: input.regencyId, ...values } });
      await recordAudit(
        tx,
        actor,
        "regency_milestone.created",
        { type: "regency_milestone", id: m.id, regencyId: input.regencyId },
        created(values),
      );
      return { id: m.id };
    }),
  );
}

export async function updateMilestone(actor: Actor, input: UpdateMilestoneInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.regencyMilestone.findUnique({
      where: { id: input.id },
      select: {
        regencyId: true,
        version: true,
        kind: true,
        title: true,
        date: true,
        evidence: true,
        score: true,
        notes: true,
      },
    });
    if (!before) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "regency.manage", before.regencyId);
    const values = milestoneValues(input);
    await saveVersioned(tx, actor, {
      version: input.version,
      before,
      after: values,
      fields: MILESTONE_FIELDS,
      write: () =>
        tx.regencyMilestone.update({
          where: { id: input.id, version: input.version },
          data: { ...values, version: { increment: 1 } },
        }),
      action: "regency_milestone.updated",
      entity: { type: "regency_milestone", id: input.id, regencyId: before.regencyId },
    });
  });
}

export async function createObligation(actor: Actor, input: CreateObligationInput): Promise<{ id: string }> {
  assertMemberCan(actor, "regency.manage", input.regencyId);
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      await assertSameRegency(tx, input.regencyId, "position", input.responsiblePositionId, "responsiblePositionId");
      const values = {
        title: input.title,
        aspect: input.aspect,
        source: input.source,
        dueDate: input.dueDate,
        responsiblePositionId: input.responsiblePositionId,
        evidence: input.evidence,
      };
      const o = await tx.ministryObligation.create({ data: { regencyId: input.regencyId, ...values } });
      await recordAudit(
        tx,
        actor,
        "ministry_obligation.created",
        { type: "ministry_obligation", id: o.id, regencyId: input.regencyId },
        created(values),
      );
      return { id: o.id };
    }),
  );
}

const OBLIGATION_FIELDS = ["title", "aspect", "source", "dueDate", "responsiblePositionId"] as const;

export async function updateObligation(actor: Actor, input: UpdateObligationInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.ministryObligation.findUnique({
      where: { id: input.id },
      select: {
        regencyId: true,
        version: true,
        title: true,
        aspect: true,
        source: true,
        dueDate: true,
        responsiblePositionId: true,
      },
    });
    if (!before) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "regency.manage", before.regencyId);
    await assertSameRegency(tx, before.regencyId, "position", input.responsiblePositionId, "responsiblePositionId");
    const data = {
      title: input.title,
      aspect: input.aspect,
      source: input.source,
      dueDate: input.dueDate,
      responsiblePositionId: input.responsiblePositionId,
    };
    await saveVersioned(tx, actor, {
      version: input.version,
      before,
      after: data,
      fields: OBLIGATION_FIELDS,
      write: () =>
        tx.ministryObligation.update({
          where: { id: input.id, version: input.version },
          data: { ...data, version: { increment: 1 } },
        }),
      action: "ministry_obligation.updated",
      entity: { type: "ministry_obligation", id: input.id, regencyId: before.regencyId },
    });
  });
}

export async function updateObligationStatus(
  actor: Actor,
  input: UpdateObligationStatusInput,
): Promise<{ regencyId: string }> {
  return db.$transaction(async (tx) => {
    const before = await tx.ministryObligation.findUnique({
      where: { id: input.obligationId },
      select: { regencyId: true, status: true, evidence: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "regency.manage", before.regencyId);
    const evidence = input.evidence ?? before.evidence;
    await conflictIfStale(() =>
      tx.ministryObligation.update({
        where: { id: input.obligationId, version: input.version },
        data: { status: input.status, evidence, version: { increment: 1 } },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "ministry_obligation.status_changed",
      { type: "ministry_obligation", id: input.obligationId, regencyId: before.regencyId },
      diff(before, { status: input.status, evidence }, ["status", "evidence"]),
    );
    return { regencyId: before.regencyId };
  });
}

export async function createPotential(actor: Actor, input: CreatePotentialInput): Promise<{ id: string }> {
  assertMemberCan(actor, "regency.manage", input.regencyId);
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const values = {
        sector: input.sector,
        title: input.title,
        description: input.description,
        evidence: input.evidence,
        estimatedValue: input.estimatedValue,
      };
      const p = await tx.regionalPotential.create({ data: { regencyId: input.regencyId, ...values } });
      await recordAudit(
        tx,
        actor,
        "regional_potential.created",
        { type: "regional_potential", id: p.id, regencyId: input.regencyId },
        created(values),
      );
      return { id: p.id };
    }),
  );
}

export async function updatePotentialStatus(actor: Actor, input: UpdatePotentialStatusInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.regionalPotential.findUnique({
      where: { id: input.potentialId },
      select: { regencyId: true, status: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "regency.manage", before.regencyId);
    await conflictIfStale(() =>
      tx.regionalPotential.update({
        where: { id: input.potentialId, version: input.version },
        data: { status: input.status, version: { increment: 1 } },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "regional_potential.status_changed",
      { type: "regional_potential", id: input.potentialId, regencyId: before.regencyId },
      diff(before, { status: input.status }, ["status"]),
    );
  });
}

/** Links a potential to a development issue of the same regency (idempotent: a second link is a no-op). */
export async function linkPotentialIssue(actor: Actor, input: { potentialId: string; issueId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const potential = await tx.regionalPotential.findUnique({
      where: { id: input.potentialId },
      select: { regencyId: true },
    });
    if (!potential) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "regency.manage", potential.regencyId);
    await assertSameRegency(tx, potential.regencyId, "issue", input.issueId, "issueId");
    const issue = await tx.issue.findUniqueOrThrow({ where: { id: input.issueId }, select: { number: true } });
    // ON CONFLICT DO NOTHING: of two links at once, the second waits for the first and adds nothing
    const { count } = await tx.regionalPotentialIssue.createMany({
      data: [{ potentialId: input.potentialId, issueId: input.issueId }],
      skipDuplicates: true,
    });
    if (count === 0) return;
    await recordAudit(
      tx,
      actor,
      "regional_potential.issue_linked",
      { type: "regional_potential", id: input.potentialId, regencyId: potential.regencyId },
      { issue: [null, issue.number] },
    );
  });
}
