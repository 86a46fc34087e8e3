import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { expectRefusal } from "../test-helpers";
import {
  addCorrectiveAction,
  completeCorrectiveAction,
  createNonconformity,
  reopenNonconformity,
  requestVerification,
  startNonconformity,
  updateNonconformity,
  verifyNonconformity,
} from "./mutations";
import { getNonconformity, listNonconformities } from "./queries";

async function newNc(email: string = DEMO.coordinator, key = randomUUID()) {
  const actor = await actorFor(email);
  const regency = await regencyId("pangandaran");
  const input = {
    idempotencyKey: key,
    regencyId: regency,
    title: `Pelayanan KTP melewati SOP ${Date.now()}`,
    source: "public_complaint" as const,
    agencyId: null,
    description: "Pengaduan masyarakat: penerbitan KTP-el memakan waktu 21 hari, SOP menetapkan 14 hari.",
    requirement: "SOP Adminduk No. 3/2025 butir 4.2",
    evidence: "Rekap pengaduan LAPOR! Oktober",
    severity: "minor" as const,
    correction: "Antrean dipercepat dengan loket tambahan.",
  };
  const nc = await createNonconformity(actor, input);
  return { actor, regency, input, ...nc };
}

const current = (id: string) => db.isoNonconformity.findUniqueOrThrow({ where: { id }, include: { actions: true } });

async function planAndStart(id: string, ownerEmail: string = DEMO.coordinator) {
  const coordinator = await actorFor(DEMO.coordinator);
  const owner = await actorFor(ownerEmail);
  let nc = await current(id);
  await updateNonconformity(coordinator, {
    id,
    version: nc.version,
    title: nc.title,
    agencyId: null,
    description: nc.description,
    requirement: nc.requirement,
    evidence: nc.evidence,
    severity: nc.severity,
    correction: nc.correction,
    rootCause: "Mengapa lambat? Blangko habis. Mengapa? Pengadaan tidak direncanakan.",
    similarChecked: "Dicek di Kecamatan Parigi: tidak ada.",
  });
  await addCorrectiveAction(coordinator, {
    idempotencyKey: randomUUID(),
    nonconformityId: id,
    description: "Rencana kebutuhan blangko triwulanan",
    owner: `user:${owner.id}`,
    dueDate: new Date("2026-12-31"),
  });
  nc = await current(id);
  await startNonconformity(coordinator, { id, version: nc.version });
}

describe("nonconformities (ketidaksesuaian)", () => {
  it("creates one record with one audit row; a repeated key creates nothing more", async () => {
    const before = await lastAuditSeq();
    const key = randomUUID();
    const first = await newNc(DEMO.coordinator, key);
    const events = await auditSince(before);
    expect(events.map((e) => e.action)).toEqual(["iso_nonconformity.created"]);
    expect(events[0]).toMatchObject({
      entityId: first.id,
      regencyId: first.regency,
      changes: { title: [null, first.input.title], severity: [null, "minor"] },
    });
    const again = await createNonconformity(first.actor, first.input);
    expect(again.id).toBe(first.id);
    expect(await db.isoNonconformity.count({ where: { title: first.input.title } })).toBe(1);
  });

  it("another regency's coordinator sees null and gets NOT_FOUND; roles without iso get FORBIDDEN", async () => {
    const { id, regency, input } = await newNc();
    const malaka = await actorFor(DEMO.malakaCoordinator);
    expect(await getNonconformity(malaka, id)).toBeNull();
    expect(await listNonconformities(malaka, regency, {})).toBeNull();
    await expect(startNonconformity(malaka, { id, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      verifyNonconformity(malaka, { id, version: 1, effective: true, note: "dicek lapangan" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const humas = await actorFor(DEMO.humas);
    expect(await getNonconformity(humas, id)).toBeNull();
    await expect(createNonconformity(humas, { ...input, idempotencyKey: randomUUID() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("gate: no 'in progress' without a corrective-action plan", async () => {
    const { id, actor } = await newNc();
    const text = await expectRefusal(
      startNonconformity(actor, { id, version: 1 }),
      "INVALID",
      "iso.errors.planRequired",
    );
    expect(text).toMatch(/tindakan korektif/i);
    expect((await current(id)).status).toBe("open");
  });

  it("an update writes one audit row with the diff; a stale version is a CONFLICT", async () => {
    const { id, actor } = await newNc();
    const nc = await current(id);
    const before = await lastAuditSeq();
    const edit = {
      id,
      version: nc.version,
      title: nc.title,
      agencyId: null,
      description: nc.description,
      requirement: nc.requirement,
      evidence: nc.evidence,
      severity: "major" as const,
      correction: nc.correction,
      rootCause: "Blangko habis",
      similarChecked: "",
    };
    await updateNonconformity(actor, edit);
    const events = await auditSince(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "iso_nonconformity.updated",
      changes: { severity: ["minor", "major"], rootCause: ["", "Blangko habis"] },
    });
    await expect(updateNonconformity(actor, { ...edit, severity: "minor" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("gate: the owner of an action cannot verify; someone else verifies and closes; a closed record is never edited, only reopened with a reason", async () => {
    const { id } = await newNc();
    await planAndStart(id, DEMO.official); // the action belongs to pejabat
    const coordinator = await actorFor(DEMO.coordinator);
    const official = await actorFor(DEMO.official);
    let nc = await current(id);
    await expectRefusal(
      requestVerification(coordinator, { id, version: nc.version }),
      "INVALID",
      "iso.errors.actionsNotDone",
    );
    await completeCorrectiveAction(official, {
      actionId: nc.actions[0].id,
      version: nc.actions[0].version,
      doneNote: "Rencana kebutuhan disahkan Sekda",
    });
    nc = await current(id);
    await requestVerification(coordinator, { id, version: nc.version });
    nc = await current(id);
    await expectRefusal(
      verifyNonconformity(official, { id, version: nc.version, effective: true, note: "Saya sendiri pemiliknya" }),
      "FORBIDDEN",
      "iso.errors.verifierIsOwner",
    );
    const before = await lastAuditSeq();
    await verifyNonconformity(coordinator, {
      id,
      version: nc.version,
      effective: true,
      note: "Sampel 20 KTP Nopember: rata-rata 9 hari.",
    });
    const events = await auditSince(before);
    expect(events.map((e) => e.action)).toEqual(["iso_nonconformity.closed"]);
    expect(events[0].changes).toMatchObject({
      status: ["awaiting_verification", "closed"],
      verifiedById: [null, coordinator.id],
    });
    nc = await current(id);
    expect(nc).toMatchObject({ status: "closed", verifiedById: coordinator.id });
    // no edit in place
    await expectRefusal(
      updateNonconformity(coordinator, {
        id,
        version: nc.version,
        title: "Judul baru untuk catatan tertutup",
        agencyId: null,
        description: nc.description,
        requirement: nc.requirement,
        evidence: nc.evidence,
        severity: nc.severity,
        correction: nc.correction,
        rootCause: nc.rootCause,
        similarChecked: nc.similarChecked,
      }),
      "INVALID",
      "iso.errors.ncClosedLocked",
    );
    await expectRefusal(
      addCorrectiveAction(coordinator, {
        idempotencyKey: randomUUID(),
        nonconformityId: id,
        description: "Tambahan",
        owner: `user:${coordinator.id}`,
        dueDate: new Date("2027-01-31"),
      }),
      "INVALID",
      "iso.errors.ncClosedLocked",
    );
    // reopening keeps the history of every state
    await reopenNonconformity(coordinator, {
      id,
      version: nc.version,
      reason: "Pengaduan baru pada Desember: 18 hari.",
    });
    const detail = await getNonconformity(coordinator, id);
    expect(detail!.status).toBe("in_progress");
    expect(detail!.history.map((h) => h.event)).toEqual([
      "created",
      "started",
      "verification_requested",
      "verified_closed",
      "reopened",
    ]);
    expect(detail!.history.at(-1)!.note).toMatch(/Pengaduan baru/);
  });

  it("a position owns an action: its holder may not verify it", async () => {
    const { id } = await newNc();
    const coordinator = await actorFor(DEMO.coordinator);
    const regency = await regencyId("pangandaran");
    const wabup = await db.position.findFirstOrThrow({ where: { regencyId: regency, kind: "wakil_bupati" } }); // held by the coordinator
    let nc = await current(id);
    await updateNonconformity(coordinator, {
      id,
      version: nc.version,
      title: nc.title,
      agencyId: null,
      description: nc.description,
      requirement: nc.requirement,
      evidence: nc.evidence,
      severity: nc.severity,
      correction: nc.correction,
      rootCause: "Koordinasi lintas OPD lemah",
      similarChecked: "",
    });
    await addCorrectiveAction(coordinator, {
      idempotencyKey: randomUUID(),
      nonconformityId: id,
      description: "Rakor mingguan",
      owner: `position:${wabup.id}`,
      dueDate: new Date("2026-12-15"),
    });
    nc = await current(id);
    await startNonconformity(coordinator, { id, version: nc.version });
    await completeCorrectiveAction(coordinator, {
      actionId: nc.actions[0].id,
      version: nc.actions[0].version,
      doneNote: "Rakor berjalan sejak November",
    });
    nc = await current(id);
    await requestVerification(coordinator, { id, version: nc.version });
    nc = await current(id);
    await expectRefusal(
      verifyNonconformity(coordinator, { id, version: nc.version, effective: true, note: "Efektif" }),
      "FORBIDDEN",
      "iso.errors.verifierIsOwner",
    );
    // not effective sends the work back
    await verifyNonconformity(await actorFor(DEMO.official), {
      id,
      version: nc.version,
      effective: false,
      note: "Notulen rakor belum ada",
    });
    expect((await current(id)).status).toBe("in_progress");
  });

  it("a corrective action re-sent with its key (reload after posting) is added once; a new key adds another", async () => {
    const { id, actor } = await newNc();
    const input = {
      idempotencyKey: randomUUID(),
      nonconformityId: id,
      description: "Rencana kebutuhan blangko triwulanan",
      owner: `user:${actor.id}`,
      dueDate: new Date("2026-12-31"),
    };
    const first = await addCorrectiveAction(actor, input);
    const version = (await current(id)).version;
    expect(await addCorrectiveAction(actor, input)).toEqual(first);
    expect((await current(id)).actions.map((a) => a.id)).toEqual([first.id]);
    expect((await current(id)).version).toBe(version);
    const second = await addCorrectiveAction(actor, { ...input, idempotencyKey: randomUUID() });
    expect(second.id).not.toBe(first.id);
    expect((await current(id)).actions).toHaveLength(2);
  });
});
