import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { created, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { once } from "@/lib/idempotency";
import { proposeIssue } from "@/lib/issues/intake";
import { insertChangeFromRating } from "../changes/mutations";
import { insertNonconformity } from "../nonconformities/mutations";
import { recordIsoEvent, refuseLocked } from "../shared";
import { ISO_INDICATORS, ISO_INDICATOR_CODES } from "./indicators";
import type { CreateAssessmentInput, RaiseTarget, SaveRatingsInput, VerifyAssessmentInput } from "./schemas";
import { whereActorMay } from "@/lib/auth/regency-access";
import { conflictIfStale } from "@/lib/versioned";

// Records raised from an indicator are written in the regency's working language.
const tId = () => createTranslator(loadMessages("id"));

async function loadAssessment(tx: Tx, actor: Actor, id: string) {
  const a = await tx.isoAssessment.findFirst({
    where: { id, ...whereActorMay(actor, "iso.read") },
    include: { ratings: true },
  });
  if (!a) throw new AppError("NOT_FOUND");
  return a;
}

export async function createAssessment(actor: Actor, input: CreateAssessmentInput): Promise<{ id: string }> {
  assertCan(actor, "iso.manage", input.regencyId);
  try {
    return await db.$transaction((tx) =>
      once(tx, input.idempotencyKey, actor.id, async () => {
        const a = await tx.isoAssessment.create({
          data: {
            regencyId: input.regencyId,
            period: input.period,
            assessorId: actor.id,
            ratings: { create: ISO_INDICATOR_CODES.map((indicatorCode) => ({ indicatorCode })) },
          },
          select: { id: true },
        });
        await recordAudit(
          tx,
          actor,
          "iso_assessment.created",
          { type: "iso_assessment", id: a.id, regencyId: input.regencyId },
          created({ period: input.period, assessorId: actor.id }),
        );
        await recordIsoEvent(tx, actor, {
          regencyId: input.regencyId,
          recordType: "assessment",
          recordId: a.id,
          event: "created",
          toStatus: "draft",
        });
        return a;
      }),
    );
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("INVALID", "common.errors.invalid", { period: ["iso.errors.periodTaken"] });
    throw e;
  }
}

/** Ratings, evidence and notes: by the assessor, while the assessment is a draft or disputed. */
export async function saveRatings(actor: Actor, input: SaveRatingsInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const a = await loadAssessment(tx, actor, input.id);
    assertCan(actor, "iso.manage", a.regencyId);
    refuseLocked(a.status === "verified", "iso.errors.assessmentVerifiedLocked");
    refuseLocked(a.status === "submitted", "iso.errors.assessmentSubmittedLocked");
    if (a.assessorId !== actor.id) throw new AppError("FORBIDDEN", "iso.errors.onlyAssessor");
    const changes: Record<string, unknown> = {};
    for (const r of a.ratings) {
      const next = input.ratings[r.indicatorCode];
      if (!next) continue;
      if (r.rating === next.rating && r.evidence === next.evidence && r.notes === next.notes) continue;
      changes[r.indicatorCode] = [{ rating: r.rating, evidence: r.evidence, notes: r.notes }, next];
      await tx.isoAssessmentRating.update({
        where: { id: r.id },
        data: { rating: next.rating, evidence: next.evidence, notes: next.notes, version: { increment: 1 } },
      });
    }
    if (!Object.keys(changes).length) return;
    await conflictIfStale(() =>
      tx.isoAssessment.update({ where: { id: a.id, version: input.version }, data: { version: { increment: 1 } } }),
    );
    await recordAudit(
      tx,
      actor,
      "iso_assessment.rated",
      { type: "iso_assessment", id: a.id, regencyId: a.regencyId },
      { ratings: changes },
    );
  });
}

/** Submit for verification: every indicator rated (red, yellow, green or not measurable). */
export async function submitAssessment(actor: Actor, input: { id: string; version: number }): Promise<void> {
  await db.$transaction(async (tx) => {
    const a = await loadAssessment(tx, actor, input.id);
    assertCan(actor, "iso.manage", a.regencyId);
    if (a.status !== "draft" && a.status !== "disputed") throw new AppError("INVALID", "iso.errors.assessmentNotDraft");
    if (a.assessorId !== actor.id) throw new AppError("FORBIDDEN", "iso.errors.onlyAssessor");
    const unrated = a.ratings.filter((r) => !r.rating).length;
    if (unrated) throw new AppError("INVALID", "iso.errors.unrated", undefined, { count: unrated });
    const now = new Date();
    await conflictIfStale(() =>
      tx.isoAssessment.update({
        where: { id: a.id, version: input.version },
        data: { status: "submitted", submittedAt: now, version: { increment: 1 } },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "iso_assessment.submitted",
      { type: "iso_assessment", id: a.id, regencyId: a.regencyId },
      { status: [a.status, "submitted"] },
    );
    await recordIsoEvent(tx, actor, {
      regencyId: a.regencyId,
      recordType: "assessment",
      recordId: a.id,
      event: "submitted",
      fromStatus: a.status,
      toStatus: "submitted",
    });
  });
}

/** Gate: the verifier is never the assessor. A dispute sends it back with the reason recorded. */
export async function verifyAssessment(actor: Actor, input: VerifyAssessmentInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const a = await loadAssessment(tx, actor, input.id);
    assertCan(actor, "iso.verify", a.regencyId);
    if (a.status !== "submitted") throw new AppError("INVALID", "iso.errors.assessmentNotSubmitted");
    if (a.assessorId === actor.id) throw new AppError("FORBIDDEN", "iso.errors.verifierIsAssessor");
    if (input.decision === "disputed" && input.note.trim().length < 10)
      throw new AppError("INVALID", "iso.errors.disputeNoteRequired", { note: ["iso.errors.disputeNoteRequired"] });
    const now = new Date();
    const verified = input.decision === "verified";
    await conflictIfStale(() =>
      tx.isoAssessment.update({
        where: { id: a.id, version: input.version },
        data: verified
          ? { status: "verified", verifierId: actor.id, verifiedAt: now, disputeNote: null, version: { increment: 1 } }
          : { status: "disputed", verifierId: actor.id, disputeNote: input.note, version: { increment: 1 } },
      }),
    );
    await recordAudit(
      tx,
      actor,
      verified ? "iso_assessment.verified" : "iso_assessment.disputed",
      { type: "iso_assessment", id: a.id, regencyId: a.regencyId },
      {
        status: ["submitted", input.decision],
        verifierId: [a.verifierId, actor.id],
        ...(verified ? {} : { disputeNote: [a.disputeNote, input.note] }),
      },
    );
    await recordIsoEvent(tx, actor, {
      regencyId: a.regencyId,
      recordType: "assessment",
      recordId: a.id,
      event: input.decision,
      fromStatus: "submitted",
      toStatus: input.decision,
      note: input.note || null,
    });
  });
}

/** A red indicator raises a nonconformity, a development issue or an improvement initiative (PDCA), in one action and one transaction. */
export async function raiseFromRating(
  actor: Actor,
  input: { ratingId: string; target: RaiseTarget },
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    // the rating's row is locked before its links are read: two clicks at once raise one follow-up,
    // the second waits and then finds the link (alreadyRaised)
    await tx.$executeRaw`SELECT 1 FROM "IsoAssessmentRating" WHERE id = ${input.ratingId}::uuid FOR UPDATE`;
    const r = await tx.isoAssessmentRating.findFirst({
      where: { id: input.ratingId, assessment: whereActorMay(actor, "iso.read") },
      include: { assessment: { select: { id: true, regencyId: true, period: true, status: true } } },
    });
    if (!r) throw new AppError("NOT_FOUND");
    const { regencyId, period } = r.assessment;
    assertCan(actor, "iso.manage", regencyId);
    if (r.rating !== "red") throw new AppError("INVALID", "iso.errors.onlyRedRaises");
    if (r.assessment.status === "draft") throw new AppError("INVALID", "iso.errors.raiseAfterSubmit");
    const indicator = ISO_INDICATORS.find((i) => i.code === r.indicatorCode)!;
    const t = tId();
    const title = t("iso.assessment.raisedTitle", { code: indicator.code, name: indicator.id, period });
    const description = [
      t("iso.assessment.raisedBody", { code: indicator.code, name: indicator.id, period }),
      r.evidence && `${t("iso.assessment.evidence")}: ${r.evidence}`,
      r.notes && `${t("iso.assessment.notes")}: ${r.notes}`,
    ]
      .filter(Boolean)
      .join("\n\n");
    const sourceRef = `assessment:${r.assessment.id}:${r.indicatorCode}`;
    if (input.target === "nonconformity") {
      if (r.nonconformityId) throw new AppError("INVALID", "iso.errors.alreadyRaised");
      const nc = await insertNonconformity(tx, actor, {
        regencyId,
        title,
        source: "iso18091_assessment",
        sourceRef,
        agencyId: null,
        description,
        requirement: `ISO 18091:2019 — ${indicator.code} ${indicator.id}`,
        evidence: r.evidence,
        severity: "major",
        correction: "",
      });
      await tx.isoAssessmentRating.update({ where: { id: r.id }, data: { nonconformityId: nc.id } });
      return { id: nc.id };
    }
    if (input.target === "change") {
      if (r.changeId) throw new AppError("INVALID", "iso.errors.alreadyRaised");
      const change = await insertChangeFromRating(tx, actor, { regencyId, title, purpose: description, sourceRef });
      await tx.isoAssessmentRating.update({ where: { id: r.id }, data: { changeId: change.id } });
      return { id: change.id };
    }
    if (r.issueId) throw new AppError("INVALID", "iso.errors.alreadyRaised");
    const issue = await proposeIssue(tx, actor, {
      regencyId,
      title,
      description,
      category: "governance",
      source: "iso",
      sourceRef,
    });
    await tx.isoAssessmentRating.update({ where: { id: r.id }, data: { issueId: issue.id } });
    return { id: issue.id };
  });
}
