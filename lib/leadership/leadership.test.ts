import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { holderUserIds } from "./holders";
import { appointHolder, endTerm, setCoordinatorPosition, updateLeaderProfile } from "./mutations";
import { getLeader, getLeadership, getLeadershipHistory } from "./queries";

let coordinator: Actor;
let official: Actor;
let malaka: Actor;
let pangandaranId: string;

async function positionOf(title: string, slug = "pangandaran") {
  return db.position.findFirstOrThrow({ where: { title, regency: { slug } }, select: { id: true, version: true } });
}

beforeAll(async () => {
  [coordinator, official, malaka] = await Promise.all([
    actorFor(DEMO.coordinator),
    actorFor(DEMO.official),
    actorFor(DEMO.malakaCoordinator),
  ]);
  pangandaranId = await regencyId("pangandaran");
});

describe("reading the leadership configuration", () => {
  it("shows a position with no holder as a gap, and nothing to another regency's official", async () => {
    const rows = await getLeadership(coordinator, pangandaranId);
    const dispar = rows!.find((r) => r.title === "Kepala Dinas Pariwisata");
    expect(dispar?.holder).toBeNull();
    expect(rows!.find((r) => r.kind === "bupati")?.holder?.personName).toBeTruthy();
    expect(await getLeadership(malaka, pangandaranId)).toBeNull();
    expect(await getLeadershipHistory(malaka, pangandaranId)).toBeNull();
    const term = await db.positionTerm.findFirstOrThrow({
      where: { position: { regencyId: pangandaranId, kind: "bupati" } },
      select: { id: true },
    });
    expect(await getLeader(malaka, term.id)).toBeNull();
    expect(await getLeader(official, term.id)).not.toBeNull();
  });
});

describe("appointing a holder", () => {
  it("refuses another regency's coordinator (NOT_FOUND) and an official (FORBIDDEN), writing nothing", async () => {
    const pos = await positionOf("Kepala Dinas Pariwisata");
    const seq = await lastAuditSeq();
    const input = {
      idempotencyKey: randomUUID(),
      positionId: pos.id,
      personName: "Penyusup",
      appointment: "plt" as const,
      startDate: new Date("2026-09-01"),
      endDate: null,
      userId: null,
    };
    await expect(appointHolder(malaka, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(appointHolder(official, { ...input, idempotencyKey: randomUUID() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.positionTerm.count({ where: { positionId: pos.id } })).toBe(0);
    expect(await auditSince(seq)).toHaveLength(0);
  });

  it("fills a gap with a Plt., records the handover and exactly one audit row; a repeated submit creates one term", async () => {
    const pos = await positionOf("Kepala Dinas Pariwisata");
    const seq = await lastAuditSeq();
    const input = {
      idempotencyKey: randomUUID(),
      positionId: pos.id,
      personName: "Asep Kurnia, S.Par.",
      appointment: "plt" as const,
      startDate: new Date("2026-10-01"),
      endDate: null,
      userId: null,
    };
    const first = await appointHolder(coordinator, input);
    const again = await appointHolder(coordinator, input);
    expect(again.termId).toBe(first.termId);
    expect(await db.positionTerm.count({ where: { positionId: pos.id } })).toBe(1);
    const handover = await db.positionHandover.findUniqueOrThrow({ where: { id: first.handoverId } });
    expect(handover.fromTermId).toBeNull();
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "position.holder_appointed",
      entityId: pos.id,
      regencyId: pangandaranId,
    });
    expect(events[0].changes).toMatchObject({
      holder: [null, "Asep Kurnia, S.Par."],
      appointment: [null, "plt"],
      startDate: [null, "2026-10-01"],
    });
    const rows = await getLeadership(coordinator, pangandaranId, new Date("2026-10-02"));
    expect(rows!.find((r) => r.id === pos.id)?.holder?.personName).toBe("Asep Kurnia, S.Par.");
  });

  it("hands over a held position: closes the old term the day before, opens the new one, and the position's work follows", async () => {
    const pos = await positionOf("Kepala Dinas Kesehatan");
    const last = await db.issue.aggregate({ where: { regencyId: pangandaranId }, _max: { number: true } });
    const issue = await db.issue.create({
      data: {
        regencyId: pangandaranId,
        number: (last._max.number ?? 0) + 1000,
        title: `Puskesmas Parigi kekurangan dokter ${Date.now()}`,
        category: "basic_services",
        triage: "accepted",
        stage: "action",
        ownerPositionId: pos.id,
      },
    });
    const old = await db.positionTerm.findFirstOrThrow({
      where: { positionId: pos.id, endDate: null },
      select: { id: true, personName: true },
    });
    const pejabat = await db.user.findUniqueOrThrow({ where: { email: DEMO.official }, select: { id: true } });
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.parse(today) - 86_400_000).toISOString().slice(0, 10);
    expect(await holderUserIds(db, [pos.id])).toEqual([]); // the Plt. has no account yet
    const seq = await lastAuditSeq();
    const res = await appointHolder(coordinator, {
      idempotencyKey: randomUUID(),
      positionId: pos.id,
      personName: "dr. Hendra Gunawan, M.K.M.",
      appointment: "definitif",
      startDate: new Date(today),
      endDate: null,
      userId: pejabat.id,
    });
    const closed = await db.positionTerm.findUniqueOrThrow({ where: { id: old.id } });
    expect(closed.endDate?.toISOString().slice(0, 10)).toBe(yesterday);
    const handover = await db.positionHandover.findUniqueOrThrow({ where: { id: res.handoverId } });
    expect(handover.fromTermId).toBe(old.id);
    expect((handover.moved as Record<string, number>).openIssues).toBeGreaterThanOrEqual(1);
    // the issue still belongs to the position, and the position's holder is now the new person
    expect((await db.issue.findUniqueOrThrow({ where: { id: issue.id } })).ownerPositionId).toBe(pos.id);
    expect(await holderUserIds(db, [pos.id])).toEqual([pejabat.id]);
    const events = await auditSince(seq);
    expect(events.filter((e) => e.action.startsWith("position"))).toHaveLength(1);
    expect(events[0].changes).toMatchObject({
      holder: [old.personName, "dr. Hendra Gunawan, M.K.M."],
      previousTermEnd: [null, yesterday],
    });
    expect((events[0].changes as { moved: [null, { openIssues: number }] }).moved[1].openIssues).toBeGreaterThanOrEqual(
      1,
    );
  });

  it("rejects a term that overlaps another term of the position, with a clear message naming the holder", async () => {
    const pos = await positionOf("Kepala Dinas Pendidikan dan Kebudayaan");
    const seq = await lastAuditSeq();
    const err = await appointHolder(coordinator, {
      idempotencyKey: randomUUID(),
      positionId: pos.id,
      personName: "Drs. Tumpang Tindih",
      appointment: "pj",
      startDate: new Date("2020-01-01"),
      endDate: new Date("2023-01-01"),
      userId: null,
    }).catch((e) => e);
    expect(err).toMatchObject({ code: "INVALID", userMessage: "leadership.errors.termOverlap" });
    expect(err.values).toMatchObject({ person: "Dr. Agus Salim, M.Pd.", start: "2022-07-01" });
    expect(await db.positionTerm.count({ where: { personName: "Drs. Tumpang Tindih" } })).toBe(0);
    expect(await auditSince(seq)).toHaveLength(0);
  });
});

describe("ending a term and the leader's profile", () => {
  it("rejects a stale version (CONFLICT) and audits the end date", async () => {
    const term = await db.positionTerm.findFirstOrThrow({
      where: { position: { regencyId: pangandaranId, title: "Kepala BKPSDM" }, endDate: null },
    });
    await expect(
      endTerm(coordinator, { termId: term.id, version: term.version + 5, endDate: new Date("2026-12-31") }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      endTerm(malaka, { termId: term.id, version: term.version, endDate: new Date("2026-12-31") }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const seq = await lastAuditSeq();
    await endTerm(coordinator, { termId: term.id, version: term.version, endDate: new Date("2026-12-31") });
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "position_term.ended",
      changes: { endDate: [null, "2026-12-31T00:00:00.000Z"] },
    });
  });

  it("updates a leader's profile with one audit row holding the diff", async () => {
    const term = await db.positionTerm.findFirstOrThrow({
      where: { position: { regencyId: pangandaranId, kind: "ketua_dprd" }, endDate: null },
    });
    const seq = await lastAuditSeq();
    await updateLeaderProfile(coordinator, {
      termId: term.id,
      version: term.version,
      background: "Pengusaha perikanan",
      disciplines: "Ekonomi",
      profileNotes: "Musyawarah mufakat sebelum keputusan besar.",
    });
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0].changes).toMatchObject({
      profileNotes: [term.profileNotes ?? null, "Musyawarah mufakat sebelum keputusan besar."],
    });
    await expect(
      updateLeaderProfile(official, {
        termId: term.id,
        version: term.version + 1,
        background: null,
        disciplines: null,
        profileNotes: null,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("writes no audit row and keeps the version when a profile save changes nothing", async () => {
    const term = await db.positionTerm.findFirstOrThrow({
      where: { position: { regencyId: pangandaranId, kind: "bupati" }, endDate: null },
    });
    const profile = {
      background: "Birokrat karier",
      disciplines: "Administrasi publik",
      profileNotes: null,
    };
    await updateLeaderProfile(coordinator, { termId: term.id, version: term.version, ...profile });
    const saved = await db.positionTerm.findUniqueOrThrow({ where: { id: term.id }, select: { version: true } });
    const seq = await lastAuditSeq();
    await updateLeaderProfile(coordinator, { termId: term.id, version: saved.version, ...profile });
    expect(await auditSince(seq)).toHaveLength(0);
    expect(await db.positionTerm.findUniqueOrThrow({ where: { id: term.id }, select: { version: true } })).toEqual(
      saved,
    );
  });
});

describe("the issue-management coordinator", () => {
  it("is only a Wakil Bupati or Sekda position, and stays exactly one per regency", async () => {
    const bupati = await db.position.findFirstOrThrow({ where: { regencyId: pangandaranId, kind: "bupati" } });
    await expect(setCoordinatorPosition(coordinator, { positionId: bupati.id })).rejects.toMatchObject({
      code: "INVALID",
      userMessage: "leadership.errors.coordinatorKind",
    });
    const sekda = await db.position.findFirstOrThrow({ where: { regencyId: pangandaranId, kind: "sekda" } });
    await expect(setCoordinatorPosition(malaka, { positionId: sekda.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const seq = await lastAuditSeq();
    await setCoordinatorPosition(coordinator, { positionId: sekda.id });
    expect(
      await db.position.findMany({ where: { regencyId: pangandaranId, isCoordinator: true }, select: { id: true } }),
    ).toEqual([{ id: sekda.id }]);
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0].changes).toMatchObject({ coordinator: ["Wakil Bupati", "Sekretaris Daerah"] });
    // back to the Wakil Bupati as seeded
    const wabup = await db.position.findFirstOrThrow({ where: { regencyId: pangandaranId, kind: "wakil_bupati" } });
    await setCoordinatorPosition(coordinator, { positionId: wabup.id });
    expect(await db.position.count({ where: { regencyId: pangandaranId, isCoordinator: true } })).toBe(1);
  });
});
