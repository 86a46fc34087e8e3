import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { sweepWorkshops } from "@/lib/issues/attention-sweep";
import { liveHub } from "@/lib/live/hub";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { createActivity, createWorkshop, setActivityState } from "../mutations";
import { findWorkshopByCode, joinWorkshop, submitEntry, type PublicWorkshop } from "../participant/participant";
import { getLiveView, getWorkshop, listAttendance } from "../queries";
import { createWorkshopSchema } from "../schemas";
import { addSession, deleteSession, endSession, startSession } from "./mutations";

// Attendance belongs to a session: only who joins (or answers) while a session runs is on its
// daftar hadir; a session left running closes itself at its end time.

let facilitator: Actor;
let official: Actor;
let malaka: Actor;
let pangandaran: string;

beforeAll(async () => {
  [facilitator, official, malaka] = await Promise.all([
    actorFor(DEMO.facilitator),
    actorFor(DEMO.official),
    actorFor(DEMO.malakaCoordinator),
  ]);
  pangandaran = await regencyId("pangandaran");
});
afterAll(async () => {
  await liveHub().stop();
});

/** A workshop whose first session began an hour ago (planned until three hours from now). */
async function workshopNow() {
  const w = await createWorkshop(
    facilitator,
    createWorkshopSchema.parse({
      idempotencyKey: crypto.randomUUID(),
      regencyId: pangandaran,
      title: `Lokakarya sesi uji ${Date.now()}`,
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      venue: "Aula Bappeda",
    }),
  );
  const session = await db.workshopSession.findFirstOrThrow({ where: { workshopId: w.id } });
  return { w, session, pw: (await findWorkshopByCode(w.code))! };
}

const join = (pw: PublicWorkshop, name: string, browserId: string = crypto.randomUUID()) =>
  joinWorkshop(pw, browserId, { name, institution: "Bappeda", position: "" });

const names = async (workshopId: string, sessionId?: string) =>
  (await listAttendance(facilitator, workshopId, sessionId))!.participants.map((p) => p.name);

describe("workshop sessions", () => {
  it("a new workshop has one scheduled session from its start; nothing runs until the facilitator starts it", async () => {
    const { w, session } = await workshopNow();
    expect(session.endsAt.getTime() - session.startsAt.getTime()).toBe(4 * 3_600_000);
    const detail = (await getWorkshop(facilitator, w.id))!;
    expect(detail.sessions.map((s) => s.status)).toEqual(["scheduled"]);
    expect(detail.running).toBeNull();
    expect((await getLiveView(facilitator, w.id))!.workshop.running).toBe(false);
  });

  it("puts on a session's daftar hadir only who joins or answers while it runs", async () => {
    const { w, session, pw } = await workshopNow();
    const early = await join(pw, "Datang Sebelum Mulai");
    expect(await names(w.id)).toEqual([]);

    const seq = await lastAuditSeq();
    await startSession(facilitator, { sessionId: session.id });
    expect((await getWorkshop(facilitator, w.id))!.running?.id).toBe(session.id);
    expect((await getLiveView(facilitator, w.id))!.workshop.running).toBe(true);
    await join(pw, "Hadir Saat Sesi");
    // the early one answers during the session: present too
    const a = await createActivity(facilitator, {
      idempotencyKey: crypto.randomUUID(),
      workshopId: w.id,
      kind: "word_cloud",
      title: "Satu kata",
      prompt: "",
      options: [],
      scaleMin: 1,
      scaleMax: 5,
      allowChange: false,
      moderated: false,
    });
    await setActivityState(facilitator, { activityId: a.id, state: "open" });
    await submitEntry(early, { activityId: a.id, clientId: crypto.randomUUID(), text: "sinergi" });
    expect(await names(w.id)).toEqual(["Hadir Saat Sesi", "Datang Sebelum Mulai"]);

    await endSession(facilitator, { sessionId: session.id });
    expect((await getWorkshop(facilitator, w.id))!.running).toBeNull();
    await join(pw, "Datang Sesudah Selesai");
    expect(await names(w.id, session.id)).toEqual(["Hadir Saat Sesi", "Datang Sebelum Mulai"]);
    expect((await auditSince(seq)).map((e) => [e.action, e.entityId])).toEqual([
      ["workshop_session.started", session.id],
      ["workshop_activity.created", a.id],
      ["workshop_activity.opened", a.id],
      ["workshop_session.ended", session.id],
    ]);
    // an ended session does not start again
    await expect(startSession(facilitator, { sessionId: session.id })).rejects.toMatchObject({
      code: "INVALID",
      userMessage: "workshops.errors.sessionEnded",
    });
  });

  it("a second session has its own daftar hadir; a returning browser is the same participant on both", async () => {
    const { w, session, pw } = await workshopNow();
    const browser = crypto.randomUUID();
    await startSession(facilitator, { sessionId: session.id });
    await join(pw, "Peserta Dua Hari", browser);
    await endSession(facilitator, { sessionId: session.id });
    // the next day of the workshop (started early by the facilitator: it runs until its end)
    const second = await addSession(facilitator, {
      idempotencyKey: crypto.randomUUID(),
      workshopId: w.id,
      date: "2030-01-05",
      startTime: "09:00",
      endTime: "12:30",
      venue: "",
    });
    const s2 = await db.workshopSession.findUniqueOrThrow({ where: { id: second.id } });
    expect(s2.venue).toBe("Aula Bappeda"); // the workshop's venue when none is given
    // the regency's wall clock (WIB, UTC+7)
    expect(s2.startsAt.toISOString()).toBe("2030-01-05T02:00:00.000Z");
    expect(s2.endsAt.toISOString()).toBe("2030-01-05T05:30:00.000Z");
    await startSession(facilitator, { sessionId: s2.id });
    await join(pw, "Peserta Hari Kedua");
    await join(pw, "Peserta Dua Hari", browser); // comes back: the same participant, now on day two
    expect(await names(w.id, s2.id)).toEqual(["Peserta Hari Kedua", "Peserta Dua Hari"]);
    expect(await names(w.id, session.id)).toEqual(["Peserta Dua Hari"]);
    expect(await names(w.id)).toEqual(["Peserta Hari Kedua", "Peserta Dua Hari"]); // the running one by default
    expect(await db.workshopParticipant.count({ where: { workshopId: w.id } })).toBe(2);
    // a scheduled session can be removed; a started one cannot
    await expect(deleteSession(facilitator, { sessionId: session.id })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("a session left running closes itself at its end time: on every read, and the sweep writes it", async () => {
    const { w, session, pw } = await workshopNow();
    await startSession(facilitator, { sessionId: session.id });
    await join(pw, "Hadir Tepat Waktu");
    // the planned end passes while nobody presses "Akhiri sesi"
    await db.workshopSession.update({
      where: { id: session.id },
      data: { endsAt: new Date(Date.now() - 60_000) },
    });
    const detail = (await getWorkshop(facilitator, w.id))!;
    expect(detail.running).toBeNull();
    expect(detail.sessions[0]).toMatchObject({ status: "ended" });
    expect((await getLiveView(facilitator, w.id))!.workshop.running).toBe(false);
    await join(pw, "Terlambat Sesudah Jam Selesai");
    expect(await names(w.id, session.id)).toEqual(["Hadir Tepat Waktu"]);

    expect((await db.workshopSession.findUniqueOrThrow({ where: { id: session.id } })).endedAt).toBeNull();
    await sweepWorkshops();
    const closed = await db.workshopSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(closed.endedAt).toEqual(closed.endsAt);
    await expect(startSession(facilitator, { sessionId: session.id })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("starting a session ends the other running one; a session whose end has passed cannot start", async () => {
    const { w, session } = await workshopNow();
    await startSession(facilitator, { sessionId: session.id });
    const other = await db.workshopSession.create({
      data: { workshopId: w.id, startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000) },
    });
    await startSession(facilitator, { sessionId: other.id });
    const detail = (await getWorkshop(facilitator, w.id))!;
    expect(detail.sessions.filter((s) => s.status === "running").map((s) => s.id)).toEqual([other.id]);
    const past = await db.workshopSession.create({
      data: { workshopId: w.id, startsAt: new Date(Date.now() - 7_200_000), endsAt: new Date(Date.now() - 3_600_000) },
    });
    await expect(startSession(facilitator, { sessionId: past.id })).rejects.toMatchObject({
      code: "INVALID",
      userMessage: "workshops.errors.sessionPast",
    });
  });

  it("another regency neither sees nor runs them; a member without workshops.manage may not", async () => {
    const { w, session } = await workshopNow();
    expect(await getWorkshop(malaka, w.id)).toBeNull();
    expect(await listAttendance(malaka, w.id)).toBeNull();
    expect(await listAttendance(malaka, w.id, session.id)).toBeNull();
    const seq = await lastAuditSeq();
    for (const call of [
      () => startSession(malaka, { sessionId: session.id }),
      () => endSession(malaka, { sessionId: session.id }),
      () => deleteSession(malaka, { sessionId: session.id }),
      () =>
        addSession(malaka, {
          idempotencyKey: crypto.randomUUID(),
          workshopId: w.id,
          date: "2027-01-05",
          startTime: "09:00",
          endTime: "12:00",
          venue: "",
        }),
    ])
      await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(startSession(official, { sessionId: session.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await auditSince(seq)).toHaveLength(0);
    expect(await db.workshopSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      startedAt: null,
      endedAt: null,
    });
    // a session of another workshop is not this workshop's daftar hadir
    const other = await workshopNow();
    expect(await listAttendance(facilitator, w.id, other.session.id)).toBeNull();
  });

  it("seeds past and upcoming sessions for Pangandaran and Malaka, and follow-ups with one overdue", async () => {
    const pgd = await db.workshop.findUniqueOrThrow({ where: { code: "ISUPGD" }, select: { id: true } });
    const detail = (await getWorkshop(facilitator, pgd.id))!;
    expect(detail.sessions.map((s) => s.status)).toEqual(["ended", "scheduled"]);
    expect(detail.sessions[0].attendance).toBe(detail._count.participants);
    const mlk = await db.workshop.findUniqueOrThrow({ where: { code: "HMSMLK" }, select: { id: true } });
    const mlkDetail = (await getWorkshop(malaka, mlk.id))!;
    expect(mlkDetail.sessions.map((s) => s.status)).toEqual(["ended", "scheduled", "scheduled"]);
    expect((await listAttendance(malaka, mlk.id))!.participants).toHaveLength(3);
    // the seed's own follow-ups (other test files of this worker may add theirs to the same database)
    const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    const seeded = { createdAt: { lt: new Date(Date.now() - 60 * 60_000) } };
    expect(
      await db.followUp.count({
        where: {
          regencyId: pangandaran,
          status: { in: ["planned", "in_progress"] },
          dueDate: { lt: today },
          ...seeded,
        },
      }),
    ).toBe(1);
    expect(await db.followUp.count({ where: { regencyId: await regencyId("malaka"), ...seeded } })).toBe(1);
  });
});
