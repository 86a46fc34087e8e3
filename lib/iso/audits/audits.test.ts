import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { expectRefusal } from "../test-helpers";
import { addFinding, agencyIdsOf, completeAudit, createAudit, raiseFromFinding } from "./mutations";
import { getAudit } from "./queries";

async function setup() {
  const regency = await regencyId("pangandaran");
  const agency = (shortName: string) => db.agency.findFirstOrThrow({ where: { regencyId: regency, shortName } });
  const official = await actorFor(DEMO.official);
  // another test file may appoint pejabat elsewhere: audit an agency where they hold nothing today
  const own = await db.$transaction((tx) => agencyIdsOf(tx, official.id, regency));
  const dinkes = await db.agency.findFirstOrThrow({
    where: { regencyId: regency, id: { notIn: own }, kind: "dinas" },
    orderBy: { name: "asc" },
  });
  return { regency, bappeda: await agency("Bappeda"), dinkes, coordinator: await actorFor(DEMO.coordinator), official };
}

const auditInput = (regencyId: string, auditedAgencyId: string, leadAuditorId: string) => ({
  idempotencyKey: randomUUID(),
  regencyId,
  programYear: 2026,
  title: `Audit internal pelayanan ${Date.now()}`,
  scope: "Proses pelayanan perizinan kesehatan",
  criteria: "SNI ISO 9001:2015 klausul 8; SOP perizinan",
  auditedAgencyId,
  leadAuditorId,
  startDate: new Date("2026-11-02"),
  endDate: new Date("2026-11-04"),
});

describe("internal audits (audit internal)", () => {
  it("gate: an auditor cannot audit their own agency", async () => {
    const { regency, bappeda, coordinator, official } = await setup();
    // pejabat holds Kepala Bappeda
    const text = await expectRefusal(
      createAudit(coordinator, auditInput(regency, bappeda.id, official.id)),
      "INVALID",
      "iso.errors.auditorOwnAgency",
    );
    expect(text).toMatch(/auditor/i);
  });

  it("a finding raises a nonconformity with one action; completed audits take no more findings", async () => {
    const { regency, dinkes, coordinator, official } = await setup();
    const input = auditInput(regency, dinkes.id, official.id);
    const before = await lastAuditSeq();
    const { id } = await createAudit(coordinator, input);
    expect((await auditSince(before)).map((e) => e.action)).toEqual(["iso_audit.created"]);
    expect((await createAudit(coordinator, input)).id).toBe(id);
    const f = await addFinding(official, {
      idempotencyKey: randomUUID(),
      auditId: id,
      kind: "major_nc",
      clause: "8.5.1",
      statement: "Izin praktik diterbitkan tanpa verifikasi STR.",
      evidence: "Sampel 5 berkas",
    });
    const obs = await addFinding(official, {
      idempotencyKey: randomUUID(),
      auditId: id,
      kind: "observation",
      clause: "7.5",
      statement: "Daftar induk dokumen belum diperbarui.",
      evidence: "",
    });
    await expectRefusal(
      raiseFromFinding(coordinator, { findingId: obs.id, target: "nonconformity" }),
      "INVALID",
      "iso.errors.findingNotNc",
    );
    const mark = await lastAuditSeq();
    const nc = await raiseFromFinding(coordinator, { findingId: f.id, target: "nonconformity" });
    expect((await auditSince(mark)).map((e) => e.action)).toEqual(["iso_nonconformity.created"]);
    expect(await db.isoNonconformity.findUniqueOrThrow({ where: { id: nc.id } })).toMatchObject({
      source: "internal_audit",
      severity: "major",
      agencyId: dinkes.id,
    });
    await expectRefusal(
      raiseFromFinding(coordinator, { findingId: f.id, target: "nonconformity" }),
      "INVALID",
      "iso.errors.alreadyRaised",
    );
    const audit = await getAudit(coordinator, id);
    await completeAudit(coordinator, { id, version: audit!.version });
    await expect(completeAudit(coordinator, { id, version: audit!.version })).rejects.toBeTruthy();
    await expectRefusal(
      addFinding(coordinator, {
        idempotencyKey: randomUUID(),
        auditId: id,
        kind: "ofi",
        clause: "10.3",
        statement: "Peluang digitalisasi arsip.",
        evidence: "",
      }),
      "INVALID",
      "iso.errors.auditCompletedLocked",
    );
  });

  it("another regency reads null; humas is forbidden", async () => {
    const { regency, dinkes, coordinator, official } = await setup();
    const { id } = await createAudit(coordinator, auditInput(regency, dinkes.id, official.id));
    const malaka = await actorFor(DEMO.malakaCoordinator);
    expect(await getAudit(malaka, id)).toBeNull();
    await expect(
      addFinding(malaka, {
        idempotencyKey: randomUUID(),
        auditId: id,
        kind: "ofi",
        clause: "10.3",
        statement: "Tidak boleh masuk sama sekali.",
        evidence: "",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createAudit(await actorFor(DEMO.humas), auditInput(regency, dinkes.id, official.id)),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const audit = await getAudit(coordinator, id);
    await expect(completeAudit(coordinator, { id, version: audit!.version + 5 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("three clicks at once on one finding (two tabs, two officials) raise one follow-up of each kind; the others hear it is done", async () => {
    const { regency, dinkes, coordinator, official } = await setup();
    const { id } = await createAudit(coordinator, auditInput(regency, dinkes.id, official.id));
    const f = await addFinding(official, {
      idempotencyKey: randomUUID(),
      auditId: id,
      kind: "minor_nc",
      clause: "7.5.3",
      statement: "Dokumen kedaluwarsa masih dipakai di loket.",
      evidence: "Foto loket",
    });
    for (const target of ["issue", "nonconformity"] as const) {
      const click = () => raiseFromFinding(coordinator, { findingId: f.id, target });
      const results = await Promise.allSettled([click(), click(), click()]);
      const made = results.filter((r) => r.status === "fulfilled");
      expect(made, target).toHaveLength(1);
      for (const r of results.filter((r) => r.status === "rejected"))
        expect(r.reason).toMatchObject({ code: "INVALID", userMessage: "iso.errors.alreadyRaised" });
    }
    const sourceRef = `audit:${id}:finding:${f.id}`;
    expect(await db.issue.count({ where: { sourceRef } })).toBe(1);
    expect(await db.isoNonconformity.count({ where: { sourceRef } })).toBe(1);
  });

  it("a finding re-sent with its key (reload after posting) is recorded once; a new key records another", async () => {
    const { regency, dinkes, coordinator, official } = await setup();
    const { id } = await createAudit(coordinator, auditInput(regency, dinkes.id, official.id));
    const input = {
      idempotencyKey: randomUUID(),
      auditId: id,
      kind: "minor_nc" as const,
      clause: "7.5.3",
      statement: "Daftar induk dokumen belum diperbarui sejak 2024.",
      evidence: "",
    };
    const first = await addFinding(official, input);
    expect(await addFinding(official, input)).toEqual(first);
    expect((await db.isoAuditFinding.findMany({ where: { auditId: id } })).map((f) => f.id)).toEqual([first.id]);
    const second = await addFinding(official, { ...input, idempotencyKey: randomUUID() });
    expect(second.id).not.toBe(first.id);
    expect(await db.isoAuditFinding.count({ where: { auditId: id } })).toBe(2);
  });
});
