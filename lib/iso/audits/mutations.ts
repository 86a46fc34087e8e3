import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { created, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { once } from "@/lib/idempotency";
import { proposeIssue } from "@/lib/issues/intake";
import { positionIdsHeldBy } from "@/lib/leadership/holders";
import { insertNonconformity } from "../nonconformities/mutations";
import { recordIsoEvent, refuseLocked } from "../shared";
import type { AddFindingInput, CreateAuditInput } from "./schemas";
import { whereActorMay } from "@/lib/auth/regency-access";
import { conflictIfStale } from "@/lib/versioned";
import { assertSameRegency } from "@/lib/regencies/references";

/** The agencies a user works in today: the agencies of the positions they hold in the regency. */
export async function agencyIdsOf(tx: Tx, userId: string, regencyId: string): Promise<string[]> {
  const positionIds = await positionIdsHeldBy(tx, userId, regencyId);
  if (!positionIds.length) return [];
  const positions = await tx.position.findMany({
    where: { id: { in: positionIds }, agencyId: { not: null } },
    select: { agencyId: true },
  });
  return positions.map((p) => p.agencyId!);
}

/** Gate: an auditor is impartial, so never audits the agency they work in. */
export async function createAudit(actor: Actor, input: CreateAuditInput): Promise<{ id: string }> {
  assertCan(actor, "iso.manage", input.regencyId);
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      await assertSameRegency(
        tx,
        input.regencyId,
        "agency",
        input.auditedAgencyId,
        "auditedAgencyId",
        "iso.errors.agencyRequired",
      );
      await assertSameRegency(
        tx,
        input.regencyId,
        "member",
        input.leadAuditorId,
        "leadAuditorId",
        "iso.errors.auditorRequired",
      );
      if ((await agencyIdsOf(tx, input.leadAuditorId, input.regencyId)).includes(input.auditedAgencyId)) {
        throw new AppError("INVALID", "iso.errors.auditorOwnAgency", {
          leadAuditorId: ["iso.errors.auditorOwnAgency"],
        });
      }
      const { idempotencyKey: _k, ...data } = input;
      const audit = await tx.isoAudit.create({ data: { ...data, createdById: actor.id }, select: { id: true } });
      await recordAudit(
        tx,
        actor,
        "iso_audit.created",
        { type: "iso_audit", id: audit.id, regencyId: input.regencyId },
        created({
          programYear: input.programYear,
          title: input.title,
          auditedAgencyId: input.auditedAgencyId,
          leadAuditorId: input.leadAuditorId,
          startDate: input.startDate,
          endDate: input.endDate,
        }),
      );
      await recordIsoEvent(tx, actor, {
        regencyId: input.regencyId,
        recordType: "audit",
        recordId: audit.id,
        event: "created",
        toStatus: "planned",
      });
      return audit;
    }),
  );
}

async function loadAudit(tx: Tx, actor: Actor, id: string) {
  const audit = await tx.isoAudit.findFirst({ where: { id, ...whereActorMay(actor, "iso.read") } });
  if (!audit) throw new AppError("NOT_FOUND");
  return audit;
}

export async function addFinding(actor: Actor, input: AddFindingInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const audit = await loadAudit(tx, actor, input.auditId);
    assertCan(actor, "iso.manage", audit.regencyId);
    const { idempotencyKey, ...data } = input;
    // a re-sent submit (reload after posting) returns the finding it already added
    return once(tx, idempotencyKey, actor.id, async () => {
      refuseLocked(audit.status === "completed", "iso.errors.auditCompletedLocked");
      const finding = await tx.isoAuditFinding.create({
        data: { ...data, createdById: actor.id },
        select: { id: true },
      });
      await recordAudit(
        tx,
        actor,
        "iso_audit_finding.created",
        { type: "iso_audit", id: audit.id, regencyId: audit.regencyId },
        created({ findingId: finding.id, kind: input.kind, clause: input.clause, statement: input.statement }),
      );
      return finding;
    });
  });
}

/** The audit report is final: no more findings; follow-up continues in the nonconformities. */
export async function completeAudit(actor: Actor, input: { id: string; version: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const audit = await loadAudit(tx, actor, input.id);
    assertCan(actor, "iso.manage", audit.regencyId);
    if (audit.status !== "planned") throw new AppError("INVALID", "iso.errors.auditCompletedLocked");
    await conflictIfStale(() =>
      tx.isoAudit.update({
        where: { id: audit.id, version: input.version },
        data: { status: "completed", version: { increment: 1 } },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "iso_audit.completed",
      { type: "iso_audit", id: audit.id, regencyId: audit.regencyId },
      { status: ["planned", "completed"] },
    );
    await recordIsoEvent(tx, actor, {
      regencyId: audit.regencyId,
      recordType: "audit",
      recordId: audit.id,
      event: "completed",
      fromStatus: "planned",
      toStatus: "completed",
    });
  });
}

/** A finding raises a nonconformity (major/minor NC) or a development issue, with one action. */
export async function raiseFromFinding(
  actor: Actor,
  input: { findingId: string; target: "nonconformity" | "issue" },
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    // the finding's row is locked before its links are read: two clicks at once raise one follow-up,
    // the second waits and then finds the link (alreadyRaised)
    await tx.$executeRaw`SELECT 1 FROM "IsoAuditFinding" WHERE id = ${input.findingId}::uuid FOR UPDATE`;
    const f = await tx.isoAuditFinding.findFirst({
      where: { id: input.findingId, audit: whereActorMay(actor, "iso.read") },
      include: { audit: true },
    });
    if (!f) throw new AppError("NOT_FOUND");
    const { audit } = f;
    assertCan(actor, "iso.manage", audit.regencyId);
    const t = createTranslator(loadMessages("id"));
    const title = t("iso.audit.raisedTitle", { clause: f.clause, audit: audit.title }).slice(0, 200);
    const sourceRef = `audit:${audit.id}:finding:${f.id}`;
    if (input.target === "nonconformity") {
      if (f.kind !== "major_nc" && f.kind !== "minor_nc") throw new AppError("INVALID", "iso.errors.findingNotNc");
      if (f.nonconformityId) throw new AppError("INVALID", "iso.errors.alreadyRaised");
      const nc = await insertNonconformity(tx, actor, {
        regencyId: audit.regencyId,
        title,
        source: "internal_audit",
        sourceRef,
        agencyId: audit.auditedAgencyId,
        description: f.statement,
        requirement: `${f.clause} — ${audit.criteria}`.slice(0, 2000),
        evidence: f.evidence,
        severity: f.kind === "major_nc" ? "major" : "minor",
        correction: "",
      });
      await tx.isoAuditFinding.update({
        where: { id: f.id },
        data: { nonconformityId: nc.id, version: { increment: 1 } },
      });
      return { id: nc.id };
    }
    if (f.issueId) throw new AppError("INVALID", "iso.errors.alreadyRaised");
    const issue = await proposeIssue(tx, actor, {
      regencyId: audit.regencyId,
      title,
      description: f.statement,
      category: "governance",
      source: "iso",
      sourceRef,
    });
    await tx.isoAuditFinding.update({ where: { id: f.id }, data: { issueId: issue.id, version: { increment: 1 } } });
    return { id: issue.id };
  });
}
