import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import {
  approvePublication,
  createPublication,
  sendBackPublication,
  setApproverPosition,
  submitPublication,
  updatePublication,
  withdrawPublication,
} from "./mutations";
import { addNarrativeMessage, retireNarrativeMessage } from "./narrative";
import { getPublicPiece, listFeedEntries, listPublicPieces } from "./public-queries";
import { getPublication } from "./queries";

let humas: Actor, coordinator: Actor, official: Actor, facilitator: Actor, malaka: Actor, pangandaran: string;

beforeAll(async () => {
  [humas, coordinator, official, facilitator, malaka] = await Promise.all([
    actorFor(DEMO.humas),
    actorFor(DEMO.coordinator),
    actorFor(DEMO.official),
    actorFor(DEMO.facilitator),
    actorFor(DEMO.malakaCoordinator),
  ]);
  pangandaran = await regencyId("pangandaran");
});

const draft = (over: Partial<Parameters<typeof createPublication>[1]> = {}) => ({
  idempotencyKey: randomUUID(),
  regencyId: pangandaran,
  kind: "press_release" as const,
  title: `Siaran uji ${randomUUID().slice(0, 8)}`,
  summary: "Ringkasan publik",
  body: "Isi **publik**.",
  internalNote: "",
  issueIds: [] as string[],
  publishAt: null,
  ...over,
});

async function version(id: string) {
  return (await db.publication.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

async function submitted(by: Actor = humas, over: Partial<Parameters<typeof createPublication>[1]> = {}) {
  const { id, slug } = await createPublication(by, draft(over));
  await submitPublication(by, { id, version: await version(id) });
  return { id, slug };
}

describe("writing a piece", () => {
  it("humas creates a draft with one audit row; the same idempotency key creates one record", async () => {
    const input = draft({ title: "Rapat koordinasi serah terima aset" });
    const seq = await lastAuditSeq();
    const a = await createPublication(humas, input);
    const b = await createPublication(humas, input);
    expect(b.id).toBe(a.id);
    expect(await db.publication.count({ where: { title: input.title } })).toBe(1);
    const events = await auditSince(seq);
    expect(events.map((e) => e.action)).toEqual(["publication.created"]);
    expect(events[0].changes).toMatchObject({ title: [null, input.title], kind: [null, "press_release"] });
  });

  it("a role without publications.write is FORBIDDEN; another regency's actor gets null / NOT_FOUND", async () => {
    await expect(createPublication(official, draft())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createPublication(malaka, draft())).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id } = await createPublication(humas, draft());
    expect(await getPublication(malaka, id)).toBeNull();
    expect(await getPublication(facilitator, id)).toBeNull();
    expect(await getPublication(official, id)).not.toBeNull();
    await expect(submitPublication(malaka, { id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updatePublication(malaka, { id, version: 1, ...draft(), correctionNote: null })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
  });

  it("an issue of another regency cannot be linked", async () => {
    const malakaIssue = await db.issue.findFirstOrThrow({
      where: { regency: { slug: "malaka" } },
      select: { id: true },
    });
    await expect(createPublication(humas, draft({ issueIds: [malakaIssue.id] }))).rejects.toMatchObject({
      code: "INVALID",
    });
  });

  it("a stale version is rejected with CONFLICT", async () => {
    const { id } = await createPublication(humas, draft());
    await updatePublication(humas, { id, version: 1, ...draft({ title: "Judul baru pertama" }), correctionNote: null });
    await expect(
      updatePublication(humas, { id, version: 1, ...draft({ title: "Judul baru kedua" }), correctionNote: null }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(submitPublication(humas, { id, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("the edit writes one audit row with old → new values", async () => {
    const { id } = await createPublication(humas, draft({ title: "Judul sebelum diubah" }));
    const seq = await lastAuditSeq();
    await updatePublication(humas, {
      id,
      version: 1,
      ...draft({ title: "Judul sesudah diubah" }),
      correctionNote: null,
    });
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "publication.updated", entityId: id });
    expect(events[0].changes).toMatchObject({ title: ["Judul sebelum diubah", "Judul sesudah diubah"] });
  });
});

describe("approval", () => {
  it("submitting notifies the approver (the coordinator) and writes one audit row", async () => {
    const { id } = await createPublication(humas, draft());
    const seq = await lastAuditSeq();
    await submitPublication(humas, { id, version: 1 });
    expect((await auditSince(seq)).map((e) => e.action)).toEqual(["publication.submitted"]);
    const n = await db.notification.findMany({
      where: { kind: "publications.awaiting_approval", link: `/publications/${id}` },
      select: { userId: true },
    });
    expect(n.map((x) => x.userId)).toEqual([coordinator.id]);
  });

  it("a writer cannot approve their own piece, and humas cannot approve at all", async () => {
    const own = await submitted(coordinator);
    await expect(
      approvePublication(coordinator, { id: own.id, version: await version(own.id), publishAt: null }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const fromHumas = await submitted(humas);
    await expect(
      approvePublication(humas, { id: fromHumas.id, version: await version(fromHumas.id), publishAt: null }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      approvePublication(official, { id: fromHumas.id, version: await version(fromHumas.id), publishAt: null }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      approvePublication(malaka, { id: fromHumas.id, version: await version(fromHumas.id), publishAt: null }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const detail = await getPublication(coordinator, own.id);
    expect(detail?.permissions).toMatchObject({ approve: false, approverButWriter: true });
  });

  it("the coordinator approves: version 1 on the record with approver and time, one audit row, the writer notified", async () => {
    const { id, slug } = await submitted();
    const seq = await lastAuditSeq();
    const res = await approvePublication(coordinator, { id, version: await version(id), publishAt: null });
    expect(res.versionNumber).toBe(1);
    const events = await auditSince(seq);
    expect(events.map((e) => e.action)).toEqual(["publication.approved"]);
    expect(events[0].changes).toMatchObject({ status: ["submitted", "approved"], versionNumber: [0, 1] });
    const v = await db.publicationVersion.findFirstOrThrow({ where: { publicationId: id } });
    expect(v).toMatchObject({
      number: 1,
      approvedById: coordinator.id,
      approverName: coordinator.name,
      approverTitle: "Wakil Bupati",
    });
    expect(
      await db.notification.count({
        where: { userId: humas.id, kind: "publications.approved", link: `/publications/${id}` },
      }),
    ).toBe(1);
    const pub = await getPublicPiece("pangandaran", slug);
    expect(pub?.current).toMatchObject({ number: 1, approverName: coordinator.name });
  });

  it("sending back returns the piece to draft with the comment and notifies the writer", async () => {
    const { id } = await submitted();
    await expect(
      sendBackPublication(coordinator, { id, version: await version(id), comment: "Tambahkan kutipan Bupati." }),
    ).resolves.toBeUndefined();
    const row = await db.publication.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "draft", reviewComment: "Tambahkan kutipan Bupati." });
    expect(
      await db.notification.count({
        where: { userId: humas.id, kind: "publications.sent_back", link: `/publications/${id}` },
      }),
    ).toBe(1);
    await expect(approvePublication(coordinator, { id, version: row.version, publishAt: null })).rejects.toMatchObject({
      code: "INVALID",
    });
  });

  it("the position the regency names approves instead; its holder is notified", async () => {
    const bappeda = await db.position.findFirstOrThrow({ where: { regencyId: pangandaran, kind: "kepala_bappeda" } });
    await expect(setApproverPosition(humas, { regencyId: pangandaran, positionId: bappeda.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await setApproverPosition(coordinator, { regencyId: pangandaran, positionId: bappeda.id });
    try {
      const { id } = await submitted();
      const n = await db.notification.findMany({
        where: { kind: "publications.awaiting_approval", link: `/publications/${id}` },
        select: { userId: true },
      });
      expect(n.map((x) => x.userId)).toEqual([official.id]);
      // publishing needs two factors, also for an official named approver
      await expect(
        approvePublication(official, { id, version: await version(id), publishAt: null }),
      ).rejects.toMatchObject({ code: "FORBIDDEN", message: "publications.errors.approverNeedsSecondFactor" });
      await db.user.update({ where: { id: official.id }, data: { totpEnabledAt: new Date() } });
      await approvePublication(official, { id, version: await version(id), publishAt: null });
      expect(
        await db.publicationVersion.findFirst({ where: { publicationId: id }, select: { approverTitle: true } }),
      ).toEqual({ approverTitle: "Kepala Bappeda" });
    } finally {
      await db.user.update({ where: { id: official.id }, data: { totpEnabledAt: null } });
      await setApproverPosition(coordinator, { regencyId: pangandaran, positionId: null });
    }
  });
});

describe("scheduled publication (embargo)", () => {
  it("a scheduled piece is public from publishAt to the minute, on the page, in the list and in the feed", async () => {
    const now = new Date();
    const at = new Date(Math.ceil((now.getTime() + 3_600_000) / 60_000) * 60_000);
    const { id, slug } = await submitted();
    const res = await approvePublication(coordinator, { id, version: await version(id), publishAt: at });
    expect(res.publishAt.toISOString()).toBe(at.toISOString());
    const before = new Date(at.getTime() - 1);
    expect(await getPublicPiece("pangandaran", slug, before)).toBeNull();
    expect((await listPublicPieces(pangandaran, 1, before)).items.map((p) => p.slug)).not.toContain(slug);
    expect((await listFeedEntries(pangandaran, before)).map((p) => p.slug)).not.toContain(slug);
    expect(await getPublicPiece("pangandaran", slug, at)).not.toBeNull();
    expect((await listPublicPieces(pangandaran, 1, at)).items[0].slug).toBe(slug);
    expect((await listFeedEntries(pangandaran, at)).map((p) => p.slug)).toContain(slug);
  });

  it("a schedule in the past publishes at approval time", async () => {
    const { id, slug } = await submitted(humas, { publishAt: new Date(Date.now() - 86_400_000) });
    const now = new Date();
    const res = await approvePublication(coordinator, { id, version: await version(id), publishAt: null }, now);
    expect(res.publishAt.getTime()).toBe(now.getTime());
    expect(await getPublicPiece("pangandaran", slug, new Date(now.getTime() + 1))).not.toBeNull();
  });
});

describe("published means on the record", () => {
  it("a correction needs a note, stays off the public page until approved, then shows as version 2 with its note", async () => {
    const { id, slug } = await submitted(humas, { title: "Jumlah aset yang diserahkan" });
    await approvePublication(coordinator, { id, version: await version(id), publishAt: null });
    const base = draft({ title: "Jumlah aset yang diserahkan", body: "Angka yang benar: 37 bangunan." });
    await expect(
      updatePublication(humas, { id, version: await version(id), ...base, correctionNote: null }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await updatePublication(humas, {
      id,
      version: await version(id),
      ...base,
      correctionNote: "Semula tertulis 73 bangunan.",
    });
    const later = () => new Date(Date.now() + 1000);
    expect((await getPublicPiece("pangandaran", slug, later()))?.current.body).toBe("Isi **publik**.");
    await submitPublication(humas, { id, version: await version(id) });
    await approvePublication(coordinator, { id, version: await version(id), publishAt: null });
    const pub = await getPublicPiece("pangandaran", slug, later());
    expect(pub?.current).toMatchObject({
      number: 2,
      body: "Angka yang benar: 37 bangunan.",
      correctionNote: "Semula tertulis 73 bangunan.",
    });
    expect(pub?.earlier.map((v) => v.number)).toEqual([1]);
    expect(await db.publicationVersion.count({ where: { publicationId: id } })).toBe(2);
  });

  it("withdrawal keeps a public notice with the reason and drops the piece from the feed", async () => {
    const { id, slug } = await submitted();
    await approvePublication(coordinator, { id, version: await version(id), publishAt: null });
    await expect(
      withdrawPublication(humas, { id, version: await version(id), reason: "Data belum final." }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const seq = await lastAuditSeq();
    await withdrawPublication(coordinator, { id, version: await version(id), reason: "Data belum final." });
    expect((await auditSince(seq)).map((e) => e.action)).toEqual(["publication.withdrawn"]);
    const later = new Date(Date.now() + 1000);
    const pub = await getPublicPiece("pangandaran", slug, later);
    expect(pub).toMatchObject({ withdrawalReason: "Data belum final." });
    expect(pub?.withdrawnAt).toBeInstanceOf(Date);
    expect((await listFeedEntries(pangandaran, later)).map((p) => p.slug)).not.toContain(slug);
    await expect(
      updatePublication(humas, { id, version: await version(id), ...draft(), correctionNote: "x" }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("nothing private reaches the public reads", () => {
  it("drafts, internal notes, review comments and emails never appear in public data", async () => {
    const marker = `RAHASIA-${randomUUID()}`;
    const secretDraft = await createPublication(humas, draft({ title: `Draf ${marker}`, internalNote: marker }));
    const { id, slug } = await submitted(humas, { internalNote: `catatan ${marker}` });
    await sendBackPublication(coordinator, { id, version: await version(id), comment: `komentar ${marker}` });
    await submitPublication(humas, { id, version: await version(id) });
    await approvePublication(coordinator, { id, version: await version(id), publishAt: null });
    const later = new Date(Date.now() + 1000);
    const dump = JSON.stringify([
      await getPublicPiece("pangandaran", slug, later),
      await listPublicPieces(pangandaran, 1, later),
      await listFeedEntries(pangandaran, later),
    ]);
    expect(dump).toContain(slug);
    expect(dump).not.toContain(marker);
    expect(dump).not.toContain("@mekar.test");
    expect(
      await getPublicPiece(
        "pangandaran",
        (await db.publication.findUniqueOrThrow({ where: { id: secretDraft.id } })).slug,
        later,
      ),
    ).toBeNull();
    // a piece of Pangandaran is not reachable under another regency's slug
    expect(await getPublicPiece("malaka", slug, later)).toBeNull();
  });
});

describe("narasi tunggal", () => {
  it("the coordinator adds and retires key messages; humas cannot; they show beside the draft", async () => {
    const issue = await db.issue.findFirstOrThrow({ where: { regencyId: pangandaran }, select: { id: true } });
    await expect(
      addNarrativeMessage(humas, { idempotencyKey: randomUUID(), issueId: issue.id, text: "Pesan kunci uji" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      addNarrativeMessage(malaka, { idempotencyKey: randomUUID(), issueId: issue.id, text: "Pesan kunci uji" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const seq = await lastAuditSeq();
    const key = randomUUID();
    const text = `Pesan kunci ${randomUUID().slice(0, 6)}`;
    const a = await addNarrativeMessage(coordinator, { idempotencyKey: key, issueId: issue.id, text });
    const b = await addNarrativeMessage(coordinator, { idempotencyKey: key, issueId: issue.id, text });
    expect(b.id).toBe(a.id);
    expect((await auditSince(seq)).map((e) => e.action)).toEqual(["narrative_message.created"]);
    const { id } = await createPublication(humas, draft({ issueIds: [issue.id] }));
    expect((await getPublication(humas, id))?.narrative.map((m) => m.text)).toContain(text);
    await expect(retireNarrativeMessage(coordinator, { id: a.id, version: 2 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await retireNarrativeMessage(coordinator, { id: a.id, version: 1 });
    expect((await getPublication(humas, id))?.narrative.map((m) => m.text)).not.toContain(text);
  });
});

describe("an issue's communication context", () => {
  it("shows the humas records of the issue to those who read publications, to nobody else", async () => {
    const { getIssueCommunication } = await import("./queries");
    const linked = await db.mediaCoverageIssue.findFirstOrThrow({
      where: { coverage: { regencyId: pangandaran, sentiment: "negatif" } },
      select: { issueId: true },
    });
    const issue = { id: linked.issueId, regencyId: pangandaran };
    const c = (await getIssueCommunication(official, issue))!;
    const negatives = await db.mediaCoverage.count({
      where: { sentiment: "negatif", issues: { some: { issueId: issue.id } } },
    });
    expect(c.bySentiment.negatif).toBe(negatives);
    expect(c.coverage.length).toBeGreaterThan(0);
    expect(c.empty).toBe(false);
    expect(await getIssueCommunication(humas, issue)).not.toBeNull();
    expect(await getIssueCommunication(facilitator, issue)).toBeNull(); // no publications.read
    expect(await getIssueCommunication(malaka, issue)).toBeNull(); // another regency
  });
});
