import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { createNonconformity } from "../nonconformities/mutations";
import { expectRefusal } from "../test-helpers";
import type { ReviewInputs } from "./inputs";
import { addReviewAction, approveReview, createReview, updateReview } from "./mutations";
import { getReview } from "./queries";

const version = async (id: string) => (await db.isoManagementReview.findUniqueOrThrow({ where: { id } })).version;

describe("management reviews (tinjauan manajemen)", () => {
  it("shows live 9.3.2 inputs while a draft, freezes them at approval, and is never edited after", async () => {
    const official = await actorFor(DEMO.official);
    const coordinator = await actorFor(DEMO.coordinator);
    const regency = await regencyId("pangandaran");
    const input = {
      idempotencyKey: randomUUID(),
      regencyId: regency,
      title: `Tinjauan manajemen semester II ${Date.now()}`,
      meetingDate: new Date("2026-12-10"),
      chairPositionId: null,
      attendees: "Bupati, Wakil Bupati, Sekda",
    };
    const before = await lastAuditSeq();
    const { id } = await createReview(official, input);
    expect((await auditSince(before)).map((e) => e.action)).toEqual(["iso_management_review.created"]);
    expect((await createReview(official, input)).id).toBe(id);

    const draft = await getReview(official, id);
    expect(draft!.live).toBe(true);
    const openBefore = draft!.inputs.nonconformities.open;
    await createNonconformity(official, {
      idempotencyKey: randomUUID(),
      regencyId: regency,
      title: "Notulen rapat OPD tidak diarsipkan",
      source: "management_review",
      agencyId: null,
      description: "Notulen rapat koordinasi triwulan III tidak ditemukan.",
      requirement: "SOP kearsipan",
      evidence: "",
      severity: "minor",
      correction: "",
    });
    expect((await getReview(official, id))!.inputs.nonconformities.open).toBe(openBefore + 1); // live

    await expectRefusal(
      approveReview(coordinator, { id, version: await version(id) }),
      "INVALID",
      "iso.errors.reviewNeedsDecisions",
    );
    await updateReview(official, {
      id,
      version: await version(id),
      attendees: input.attendees,
      decisions: "Tambah dua petugas MPP; revisi SOP kearsipan.",
    });
    await addReviewAction(official, {
      idempotencyKey: randomUUID(),
      reviewId: id,
      description: "Usulan formasi petugas MPP",
      ownerPositionId: null,
      dueDate: new Date("2027-02-28"),
    });
    await expect(approveReview(official, { id, version: await version(id) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    }); // iso.approve: coordinator
    const mark = await lastAuditSeq();
    await approveReview(coordinator, { id, version: await version(id) });
    const events = await auditSince(mark);
    expect(events.map((e) => e.action)).toEqual(["iso_management_review.approved"]);
    const approved = await getReview(official, id);
    expect(approved!.live).toBe(false);
    const frozen = approved!.inputs as ReviewInputs;
    await createNonconformity(official, {
      idempotencyKey: randomUUID(),
      regencyId: regency,
      title: "Satu lagi setelah tinjauan",
      source: "process_monitoring",
      agencyId: null,
      description: "Dicatat setelah tinjauan disetujui.",
      requirement: "SOP",
      evidence: "",
      severity: "minor",
      correction: "",
    });
    expect((await getReview(official, id))!.inputs.nonconformities.open).toBe(frozen.nonconformities.open); // frozen
    await expectRefusal(
      updateReview(official, { id, version: await version(id), attendees: "", decisions: "diubah" }),
      "INVALID",
      "iso.errors.reviewApprovedLocked",
    );
    await expectRefusal(
      addReviewAction(official, {
        idempotencyKey: randomUUID(),
        reviewId: id,
        description: "Tambahan",
        ownerPositionId: null,
        dueDate: new Date("2027-03-01"),
      }),
      "INVALID",
      "iso.errors.reviewApprovedLocked",
    );
  });

  it("another regency reads null and cannot act", async () => {
    const official = await actorFor(DEMO.official);
    const { id } = await createReview(official, {
      idempotencyKey: randomUUID(),
      regencyId: await regencyId("pangandaran"),
      title: `Tinjauan khusus ${Date.now()}`,
      meetingDate: new Date("2026-12-20"),
      chairPositionId: null,
      attendees: "",
    });
    const malaka = await actorFor(DEMO.malakaCoordinator);
    expect(await getReview(malaka, id)).toBeNull();
    await expect(approveReview(malaka, { id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateReview(official, { id, version: 99, attendees: "", decisions: "x" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("a review action re-sent with its key (reload after posting) is added once; a new key adds another", async () => {
    const official = await actorFor(DEMO.official);
    const { id } = await createReview(official, {
      idempotencyKey: randomUUID(),
      regencyId: await regencyId("pangandaran"),
      title: `Tinjauan manajemen kilat ${Date.now()}`,
      meetingDate: new Date("2026-12-11"),
      chairPositionId: null,
      attendees: "Sekda",
    });
    const input = {
      idempotencyKey: randomUUID(),
      reviewId: id,
      description: "Usulan formasi petugas MPP",
      ownerPositionId: null,
      dueDate: new Date("2027-02-28"),
    };
    const first = await addReviewAction(official, input);
    const after = await version(id);
    expect(await addReviewAction(official, input)).toEqual(first);
    expect((await db.isoReviewAction.findMany({ where: { reviewId: id } })).map((a) => a.id)).toEqual([first.id]);
    expect(await version(id)).toBe(after);
    const second = await addReviewAction(official, { ...input, idempotencyKey: randomUUID() });
    expect(second.id).not.toBe(first.id);
    expect(await db.isoReviewAction.count({ where: { reviewId: id } })).toBe(2);
  });
});
