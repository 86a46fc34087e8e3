import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { expectRefusal } from "../test-helpers";
import { ISO_INDICATORS } from "./indicators";
import { createAssessment, raiseFromRating, saveRatings, submitAssessment, verifyAssessment } from "./mutations";
import { getChange } from "../changes/queries";
import { compareAssessments, getAssessment, listAssessments } from "./queries";
import type { RatingInput } from "./schemas";

let seq = 2040;
const period = () => `${seq++}`; // the period is unique per regency: each draft takes the next year

function allRated(overrides: Record<string, Partial<RatingInput>> = {}): Record<string, RatingInput> {
  return Object.fromEntries(
    ISO_INDICATORS.map((i) => [
      i.code,
      { rating: i.quadrant === 4 ? "not_measurable" : "green", evidence: "", notes: "", ...overrides[i.code] },
    ]),
  ) as Record<string, RatingInput>;
}

async function draft() {
  const coordinator = await actorFor(DEMO.coordinator);
  const regency = await regencyId("pangandaran");
  const input = { idempotencyKey: randomUUID(), regencyId: regency, period: period() };
  const { id } = await createAssessment(coordinator, input);
  return { coordinator, regency, input, id };
}
const version = async (id: string) => (await db.isoAssessment.findUniqueOrThrow({ where: { id } })).version;

describe("ISO 18091 self-assessment (penilaian mandiri)", () => {
  it("creates a draft with all 39 indicators, one audit row; the same key creates one", async () => {
    const before = await lastAuditSeq();
    const { coordinator, input, id } = await draft();
    expect((await auditSince(before)).map((e) => e.action)).toEqual(["iso_assessment.created"]);
    expect(await db.isoAssessmentRating.count({ where: { assessmentId: id } })).toBe(39);
    expect((await createAssessment(coordinator, input)).id).toBe(id);
    await expect(createAssessment(coordinator, { ...input, idempotencyKey: randomUUID() })).rejects.toMatchObject({
      fieldErrors: { period: ["iso.errors.periodTaken"] },
    });
  });

  it("another regency reads null and cannot act; a humas officer is forbidden", async () => {
    const { id, regency, input } = await draft();
    const malaka = await actorFor(DEMO.malakaCoordinator);
    expect(await getAssessment(malaka, id)).toBeNull();
    expect(await listAssessments(malaka, regency)).toBeNull();
    await expect(submitAssessment(malaka, { id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createAssessment(await actorFor(DEMO.humas), { ...input, idempotencyKey: randomUUID(), period: period() }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses to submit with unrated indicators, then goes draft → submitted → verified by someone else", async () => {
    const { coordinator, id } = await draft();
    await expectRefusal(submitAssessment(coordinator, { id, version: 1 }), "INVALID", "iso.errors.unrated");
    const before = await lastAuditSeq();
    await saveRatings(coordinator, {
      id,
      version: 1,
      ratings: allRated({ "1.1": { rating: "red", evidence: "Belum ada SMM", notes: "" } }),
    });
    const events = await auditSince(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "iso_assessment.rated" });
    expect((events[0].changes as { ratings: Record<string, unknown> }).ratings["1.1"]).toEqual([
      { rating: null, evidence: "", notes: "" },
      { rating: "red", evidence: "Belum ada SMM", notes: "" },
    ]);
    await expect(saveRatings(coordinator, { id, version: 1, ratings: allRated() })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await submitAssessment(coordinator, { id, version: await version(id) });
    // verifier ≠ assessor
    const text = await expectRefusal(
      verifyAssessment(coordinator, { id, version: await version(id), decision: "verified", note: "" }),
      "FORBIDDEN",
      "iso.errors.verifierIsAssessor",
    );
    expect(text).toMatch(/penilai/i);
    const official = await actorFor(DEMO.official);
    await verifyAssessment(official, { id, version: await version(id), decision: "verified", note: "" });
    const a = await getAssessment(coordinator, id);
    expect(a).toMatchObject({ status: "verified", counts: { red: 1, green: 29, not_measurable: 9, unrated: 0 } });
    expect(a!.history.map((h) => h.event)).toEqual(["created", "submitted", "verified"]);
    // a verified assessment is never edited in place
    await expectRefusal(
      saveRatings(coordinator, { id, version: await version(id), ratings: allRated() }),
      "INVALID",
      "iso.errors.assessmentVerifiedLocked",
    );
  });

  it("a dispute is recorded with its reason and sends the assessment back to the assessor", async () => {
    const { coordinator, id } = await draft();
    await saveRatings(coordinator, { id, version: 1, ratings: allRated() });
    await submitAssessment(coordinator, { id, version: await version(id) });
    const official = await actorFor(DEMO.official);
    await expectRefusal(
      verifyAssessment(official, { id, version: await version(id), decision: "disputed", note: "" }),
      "INVALID",
      "iso.errors.disputeNoteRequired",
    );
    await verifyAssessment(official, {
      id,
      version: await version(id),
      decision: "disputed",
      note: "Indikator 3.6 tidak didukung data Dinkes.",
    });
    const a = await getAssessment(coordinator, id);
    expect(a).toMatchObject({ status: "disputed", disputeNote: "Indikator 3.6 tidak didukung data Dinkes." });
    await saveRatings(coordinator, {
      id,
      version: a!.version,
      ratings: allRated({ "3.6": { rating: "yellow", evidence: "Profil kesehatan 2025", notes: "" } }),
    });
    await submitAssessment(coordinator, { id, version: await version(id) });
    expect((await db.isoAssessment.findUniqueOrThrow({ where: { id } })).status).toBe("submitted");
  });

  it("a red indicator raises a nonconformity and a development issue in one action each; periods compare", async () => {
    const { coordinator, regency, id } = await draft();
    await saveRatings(coordinator, {
      id,
      version: 1,
      ratings: allRated({ "1.5": { rating: "red", evidence: "Belum ada satu data", notes: "" } }),
    });
    const red = await db.isoAssessmentRating.findFirstOrThrow({ where: { assessmentId: id, indicatorCode: "1.5" } });
    const green = await db.isoAssessmentRating.findFirstOrThrow({ where: { assessmentId: id, indicatorCode: "1.1" } });
    await expectRefusal(
      raiseFromRating(coordinator, { ratingId: red.id, target: "nonconformity" }),
      "INVALID",
      "iso.errors.raiseAfterSubmit",
    );
    await submitAssessment(coordinator, { id, version: await version(id) });
    await expectRefusal(
      raiseFromRating(coordinator, { ratingId: green.id, target: "issue" }),
      "INVALID",
      "iso.errors.onlyRedRaises",
    );
    const before = await lastAuditSeq();
    const nc = await raiseFromRating(coordinator, { ratingId: red.id, target: "nonconformity" });
    const issue = await raiseFromRating(coordinator, { ratingId: red.id, target: "issue" });
    expect((await auditSince(before)).map((e) => e.action)).toEqual(["iso_nonconformity.created", "issue.proposed"]);
    expect(await db.isoNonconformity.findUniqueOrThrow({ where: { id: nc.id } })).toMatchObject({
      source: "iso18091_assessment",
      regencyId: regency,
    });
    expect(await db.issue.findUniqueOrThrow({ where: { id: issue.id } })).toMatchObject({
      source: "iso",
      triage: "pending",
      regencyId: regency,
    });
    await expectRefusal(
      raiseFromRating(coordinator, { ratingId: red.id, target: "issue" }),
      "INVALID",
      "iso.errors.alreadyRaised",
    );

    expect(await db.isoAssessmentRating.findUniqueOrThrow({ where: { id: red.id } })).toMatchObject({
      nonconformityId: nc.id,
      issueId: issue.id,
      changeId: null,
    });

    const other = await draft();
    await saveRatings(coordinator, { id: other.id, version: 1, ratings: allRated() });
    const cmp = await compareAssessments(coordinator, regency, other.id, id);
    expect(cmp!.rows.find((r) => r.code === "1.5")).toMatchObject({ a: "green", b: "red" });
    expect(await compareAssessments(await actorFor(DEMO.malakaCoordinator), regency, other.id, id)).toBeNull();
  });

  it("three clicks at once on one red indicator (two tabs, two officials) raise one nonconformity; the others hear it is done", async () => {
    const { coordinator, id } = await draft();
    await saveRatings(coordinator, {
      id,
      version: 1,
      ratings: allRated({ "1.3": { rating: "red", evidence: "Belum ada", notes: "" } }),
    });
    await submitAssessment(coordinator, { id, version: await version(id) });
    const red = await db.isoAssessmentRating.findFirstOrThrow({ where: { assessmentId: id, indicatorCode: "1.3" } });
    for (const target of ["nonconformity", "issue", "change"] as const) {
      const click = () => raiseFromRating(coordinator, { ratingId: red.id, target });
      const results = await Promise.allSettled([click(), click(), click()]);
      const made = results.filter((r) => r.status === "fulfilled");
      expect(made, target).toHaveLength(1);
      for (const r of results.filter((r) => r.status === "rejected"))
        expect(r.reason).toMatchObject({ code: "INVALID", userMessage: "iso.errors.alreadyRaised" });
    }
    const sourceRef = `assessment:${id}:1.3`;
    expect(await db.isoNonconformity.count({ where: { sourceRef } })).toBe(1);
    expect(await db.issue.count({ where: { sourceRef } })).toBe(1);
    expect(await db.isoChangeInitiative.count({ where: { sourceRef } })).toBe(1);
  });

  it("a red indicator starts one improvement initiative (PDCA) that links back, audited; not twice, not from another regency", async () => {
    const { coordinator, regency, id } = await draft();
    await saveRatings(coordinator, {
      id,
      version: 1,
      ratings: allRated({ "2.4": { rating: "red", evidence: "Layanan perizinan > 30 hari", notes: "" } }),
    });
    const red = await db.isoAssessmentRating.findFirstOrThrow({ where: { assessmentId: id, indicatorCode: "2.4" } });
    await expectRefusal(
      raiseFromRating(coordinator, { ratingId: red.id, target: "change" }),
      "INVALID",
      "iso.errors.raiseAfterSubmit",
    );
    await submitAssessment(coordinator, { id, version: await version(id) });
    const malaka = await actorFor(DEMO.malakaCoordinator);
    await expect(raiseFromRating(malaka, { ratingId: red.id, target: "change" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const before = await lastAuditSeq();
    const change = await raiseFromRating(coordinator, { ratingId: red.id, target: "change" });
    const events = await auditSince(before);
    expect(events.map((e) => e.action)).toEqual(["iso_change.created"]);
    expect(events[0]).toMatchObject({ entityId: change.id });
    expect((events[0].changes as Record<string, unknown>).sourceRef).toEqual([null, `assessment:${id}:2.4`]);
    expect(await db.isoChangeInitiative.findUniqueOrThrow({ where: { id: change.id } })).toMatchObject({
      regencyId: regency,
      phase: "plan",
      sourceRef: `assessment:${id}:2.4`,
    });
    expect((await db.isoAssessmentRating.findUniqueOrThrow({ where: { id: red.id } })).changeId).toBe(change.id);
    expect((await getChange(coordinator, change.id))!.source).toEqual({ assessmentId: id, indicatorCode: "2.4" });
    expect(await getChange(malaka, change.id)).toBeNull();

    await expectRefusal(
      raiseFromRating(coordinator, { ratingId: red.id, target: "change" }),
      "INVALID",
      "iso.errors.alreadyRaised",
    );
    expect(await db.isoChangeInitiative.count({ where: { sourceRef: `assessment:${id}:2.4` } })).toBe(1);
  });
});
