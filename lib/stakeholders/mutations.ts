import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertMemberCan } from "@/lib/auth/regency-access";
import { assertCan } from "@/lib/auth/permissions";
import { created, diff, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import type { CreateExpertInput, CreateStakeholderInput, UpdateExpertInput, UpdateStakeholderInput } from "./schemas";
import { assertSameRegency } from "@/lib/regencies/references";
import { conflictIfStale } from "@/lib/versioned";

/** The linked issues, each of the record's regency, without repeats and in a stable order (for the audit diff). */
async function validIssueIds(tx: Tx, regencyId: string, ids: string[]): Promise<string[]> {
  await assertSameRegency(tx, regencyId, "issue", ids, "issueIds", "publications.errors.issueNotFound");
  return [...new Set(ids)].sort();
}

const STAKEHOLDER_FIELDS = [
  "name",
  "organisation",
  "type",
  "power",
  "interest",
  "stance",
  "notes",
  "issueIds",
] as const;

export async function createStakeholder(actor: Actor, input: CreateStakeholderInput): Promise<{ id: string }> {
  assertCan(actor, "media.manage", input.regencyId);
  return db.$transaction(async (tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const issueIds = await validIssueIds(tx, input.regencyId, input.issueIds);
      const data = {
        regencyId: input.regencyId,
        name: input.name,
        organisation: input.organisation,
        type: input.type,
        power: input.power,
        interest: input.interest,
        stance: input.stance,
        notes: input.notes,
      };
      const row = await tx.stakeholder.create({
        data: { ...data, issues: { create: issueIds.map((issueId) => ({ issueId })) } },
      });
      await recordAudit(
        tx,
        actor,
        "stakeholder.created",
        { type: "stakeholder", id: row.id, regencyId: row.regencyId },
        created({
          name: row.name,
          organisation: row.organisation,
          type: row.type,
          power: row.power,
          interest: row.interest,
          stance: row.stance,
          issueIds,
        }),
      );
      return { id: row.id };
    }),
  );
}

export async function updateStakeholder(actor: Actor, input: UpdateStakeholderInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.stakeholder.findUnique({
      where: { id: input.id },
      include: { issues: { select: { issueId: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "media.manage", before.regencyId);
    const issueIds = await validIssueIds(tx, before.regencyId, input.issueIds);
    const { id, version } = input;
    const data = {
      name: input.name,
      organisation: input.organisation,
      type: input.type,
      power: input.power,
      interest: input.interest,
      stance: input.stance,
      notes: input.notes,
    };
    const after = await conflictIfStale(() =>
      tx.stakeholder.update({
        where: { id, version },
        data: {
          ...data,
          version: { increment: 1 },
          issues: { deleteMany: {}, create: issueIds.map((issueId) => ({ issueId })) },
        },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "stakeholder.updated",
      { type: "stakeholder", id, regencyId: before.regencyId },
      diff({ ...before, issueIds: before.issues.map((i) => i.issueId).sort() }, { ...after, issueIds }, [
        ...STAKEHOLDER_FIELDS,
      ]),
    );
  });
}

const EXPERT_FIELDS = ["name", "discipline", "institution", "expertise", "phone", "email", "issueIds"] as const;

export async function createExpert(actor: Actor, input: CreateExpertInput): Promise<{ id: string }> {
  assertCan(actor, "media.manage", input.regencyId);
  return db.$transaction(async (tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const issueIds = await validIssueIds(tx, input.regencyId, input.issueIds);
      const data = {
        regencyId: input.regencyId,
        name: input.name,
        discipline: input.discipline,
        institution: input.institution,
        expertise: input.expertise,
        phone: input.phone,
        email: input.email,
      };
      const row = await tx.expertContact.create({
        data: { ...data, issues: { create: issueIds.map((issueId) => ({ issueId })) } },
      });
      await recordAudit(
        tx,
        actor,
        "expert_contact.created",
        { type: "expert_contact", id: row.id, regencyId: row.regencyId },
        created({
          name: row.name,
          discipline: row.discipline,
          institution: row.institution,
          expertise: row.expertise,
          phone: row.phone,
          email: row.email,
          issueIds,
        }),
      );
      return { id: row.id };
    }),
  );
}

export async function updateExpert(actor: Actor, input: UpdateExpertInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.expertContact.findUnique({
      where: { id: input.id },
      include: { issues: { select: { issueId: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "media.manage", before.regencyId);
    const issueIds = await validIssueIds(tx, before.regencyId, input.issueIds);
    const { id, version } = input;
    const data = {
      name: input.name,
      discipline: input.discipline,
      institution: input.institution,
      expertise: input.expertise,
      phone: input.phone,
      email: input.email,
    };
    const after = await conflictIfStale(() =>
      tx.expertContact.update({
        where: { id, version },
        data: {
          ...data,
          version: { increment: 1 },
          issues: { deleteMany: {}, create: issueIds.map((issueId) => ({ issueId })) },
        },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "expert_contact.updated",
      { type: "expert_contact", id, regencyId: before.regencyId },
      diff({ ...before, issueIds: before.issues.map((i) => i.issueId).sort() }, { ...after, issueIds }, [
        ...EXPERT_FIELDS,
      ]),
    );
  });
}
