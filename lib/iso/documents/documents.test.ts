import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { expectRefusal } from "../test-helpers";
import { createDocument, editDraft, makeEffective, reviewVersion, startNewVersion, submitForReview } from "./mutations";
import { getDocument } from "./queries";

const v = (documentId: string, versionNo: number) =>
  db.isoDocumentVersion.findFirstOrThrow({ where: { documentId, versionNo } });

async function newDoc(email: string = DEMO.official) {
  const author = await actorFor(email);
  const input = {
    idempotencyKey: randomUUID(),
    regencyId: await regencyId("pangandaran"),
    number: `SOP-BAPPEDA-${Date.now()}`,
    title: "SOP penyusunan Renja perangkat daerah",
    type: "procedure" as const,
    ownerAgencyId: null,
    content: "## Tujuan\nMenjamin Renja disusun tepat waktu.",
  };
  const { id } = await createDocument(author, input);
  return { author, input, id };
}

describe("documented information (informasi terdokumentasi)", () => {
  it("creates a document with a draft version 1, one audit row; a repeated key and a taken number create nothing", async () => {
    const before = await lastAuditSeq();
    const { author, input, id } = await newDoc();
    expect((await auditSince(before)).map((e) => e.action)).toEqual(["iso_document.created"]);
    expect((await createDocument(author, input)).id).toBe(id);
    await expect(createDocument(author, { ...input, idempotencyKey: randomUUID() })).rejects.toMatchObject({
      fieldErrors: { number: ["iso.errors.docNumberTaken"] },
    });
    expect((await v(id, 1)).status).toBe("draft");
  });

  it("approval is by someone other than the author, and only by a role that may approve", async () => {
    const { author, id } = await newDoc(DEMO.coordinator);
    let v1 = await v(id, 1);
    await submitForReview(author, { versionId: v1.id, version: v1.version });
    v1 = await v(id, 1);
    await expectRefusal(
      reviewVersion(author, { versionId: v1.id, version: v1.version, decision: "approve", note: "" }),
      "FORBIDDEN",
      "iso.errors.approverIsAuthor",
    );
    await expect(
      reviewVersion(await actorFor(DEMO.official), {
        versionId: v1.id,
        version: v1.version,
        decision: "approve",
        note: "",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an approved version is never edited; a new version supersedes the old one, which stays readable", async () => {
    const { author, id } = await newDoc();
    const coordinator = await actorFor(DEMO.coordinator);
    let v1 = await v(id, 1);
    await submitForReview(author, { versionId: v1.id, version: v1.version });
    v1 = await v(id, 1);
    await expectRefusal(
      reviewVersion(coordinator, { versionId: v1.id, version: v1.version, decision: "return", note: "" }),
      "INVALID",
      "iso.errors.returnNoteRequired",
    );
    const before = await lastAuditSeq();
    await reviewVersion(coordinator, { versionId: v1.id, version: v1.version, decision: "approve", note: "" });
    const events = await auditSince(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "iso_document.approved",
      changes: { status: ["in_review", "approved"], approverId: [null, coordinator.id] },
    });
    v1 = await v(id, 1);
    await expectRefusal(
      editDraft(author, { versionId: v1.id, version: v1.version, changeSummary: "", content: "diubah diam-diam" }),
      "INVALID",
      "iso.errors.docVersionLocked",
    );
    await makeEffective(coordinator, { versionId: v1.id, version: v1.version, reviewDueDate: new Date("2027-11-01") });
    await expect(
      makeEffective(coordinator, { versionId: v1.id, version: v1.version, reviewDueDate: null }),
    ).rejects.toMatchObject({ code: "INVALID" });

    await startNewVersion(author, { documentId: id, changeSummary: "Menyesuaikan Permendagri 86/2017" });
    await expectRefusal(
      startNewVersion(author, { documentId: id, changeSummary: "Satu lagi" }),
      "INVALID",
      "iso.errors.docOpenVersion",
    );
    let v2 = await v(id, 2);
    await expect(
      editDraft(author, { versionId: v2.id, version: v2.version + 1, changeSummary: "x", content: "y" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await editDraft(author, {
      versionId: v2.id,
      version: v2.version,
      changeSummary: "Menyesuaikan Permendagri 86/2017",
      content: "## Tujuan\nRenja disusun paling lambat Juli.",
    });
    v2 = await v(id, 2);
    await submitForReview(author, { versionId: v2.id, version: v2.version });
    v2 = await v(id, 2);
    await reviewVersion(coordinator, { versionId: v2.id, version: v2.version, decision: "approve", note: "" });
    v2 = await v(id, 2);
    await makeEffective(coordinator, { versionId: v2.id, version: v2.version, reviewDueDate: null });
    const doc = await getDocument(coordinator, id);
    expect(doc!.versions.map((x) => [x.versionNo, x.status])).toEqual([
      [2, "effective"],
      [1, "superseded"],
    ]);
    expect(doc!.versions[1].content).toBe("## Tujuan\nMenjamin Renja disusun tepat waktu.");
  });

  it("another regency reads null and cannot act; humas may not create", async () => {
    const { id, input } = await newDoc();
    const malaka = await actorFor(DEMO.malakaCoordinator);
    expect(await getDocument(malaka, id)).toBeNull();
    const v1 = await v(id, 1);
    await expect(submitForReview(malaka, { versionId: v1.id, version: v1.version })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(startNewVersion(malaka, { documentId: id, changeSummary: "Tidak boleh" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      createDocument(await actorFor(DEMO.humas), { ...input, idempotencyKey: randomUUID(), number: `X-${Date.now()}` }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("three clicks at once on «new version» start one version; the others hear a version is open, never a database error", async () => {
    const { author, id } = await newDoc();
    const coordinator = await actorFor(DEMO.coordinator);
    let v1 = await v(id, 1);
    await submitForReview(author, { versionId: v1.id, version: v1.version });
    v1 = await v(id, 1);
    await reviewVersion(coordinator, { versionId: v1.id, version: v1.version, decision: "approve", note: "" });
    v1 = await v(id, 1);
    await makeEffective(coordinator, { versionId: v1.id, version: v1.version, reviewDueDate: null });
    const click = () => startNewVersion(author, { documentId: id, changeSummary: "Revisi bersamaan" });
    const results = await Promise.allSettled([click(), click(), click()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect(r.reason).toMatchObject({ code: "INVALID", userMessage: "iso.errors.docOpenVersion" });
    expect(await db.isoDocumentVersion.count({ where: { documentId: id } })).toBe(2);
  });
});
