import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { liveHub } from "@/lib/live/hub";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { workshopStream } from "./events";
import {
  createActivity,
  createWorkshop,
  deleteActivity,
  moderateEntry,
  removeParticipantEntries,
  saveActivityAsTemplate,
  setActivityState,
  setResultsVisible,
  setWorkshopLocked,
  updateWorkshop,
} from "./mutations";
import {
  findWorkshopByCode,
  joinWorkshop,
  participantState,
  submitEntry,
  upvoteEntry,
  type PublicWorkshop,
} from "./participant/participant";
import { getWorkshop } from "./queries";
import { tallyResultsNow } from "./results";
import { createWorkshopSchema } from "./schemas";
import { entryToIssue } from "./to-issue";
import { createFollowUpFromEntry } from "./follow-ups/mutations";

let facilitator: Actor;
let coordinator: Actor;
let official: Actor;
let malaka: Actor;
let pangandaran: string;

beforeAll(async () => {
  [facilitator, coordinator, official, malaka] = await Promise.all([
    actorFor(DEMO.facilitator),
    actorFor(DEMO.coordinator),
    actorFor(DEMO.official),
    actorFor(DEMO.malakaCoordinator),
  ]);
  pangandaran = await regencyId("pangandaran");
});
afterAll(async () => {
  await liveHub().stop();
});

const base = () =>
  createWorkshopSchema.parse({
    idempotencyKey: crypto.randomUUID(),
    regencyId: pangandaran,
    title: `Lokakarya uji ${Date.now()}`,
    startsAt: "2026-12-01T09:00",
    venue: "Aula Bappeda",
    agenda: "09:00 Pembukaan\n09.30 Sesi 1",
    materials: "Modul | https://contoh.go.id/modul.pdf",
    askIdentity: "on",
  });

async function newSession(activity: Partial<Parameters<typeof createActivity>[1]> = {}) {
  const w = await createWorkshop(facilitator, base());
  const a = await createActivity(facilitator, {
    idempotencyKey: crypto.randomUUID(),
    workshopId: w.id,
    kind: "poll_single",
    title: "Prioritas utama",
    prompt: "",
    options: ["Aset P3D", "Batas wilayah", "ASN"],
    scaleMin: 1,
    scaleMax: 5,
    allowChange: false,
    moderated: false,
    ...activity,
  });
  await setActivityState(facilitator, { activityId: a.id, state: "open" });
  const pw = (await findWorkshopByCode(w.code))!;
  return { w, a, pw };
}
const join = (pw: PublicWorkshop, name = "Peserta") =>
  joinWorkshop(pw, crypto.randomUUID(), { name, institution: "Bappeda", position: "" });

/** Reads SSE frames from a stream Response until `until` says stop. */
async function readEvents(res: Response, until: (evs: { id?: string; event?: string; data: unknown }[]) => boolean) {
  const reader = res.body!.getReader();
  const dec = new TextDecoder();
  let buf = "";
  const evs: { id?: string; event?: string; data: unknown }[] = [];
  while (!until(evs)) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += dec.decode(value, { stream: true });
    let i;
    while ((i = buf.indexOf("\n\n")) >= 0) {
      const frame = buf.slice(0, i);
      buf = buf.slice(i + 2);
      const ev: { id?: string; event?: string; data: unknown } = { data: null };
      let has = false;
      for (const line of frame.split("\n")) {
        if (line.startsWith("id: ")) ev.id = line.slice(4);
        else if (line.startsWith("event: ")) ev.event = line.slice(7);
        else if (line.startsWith("data: ")) {
          ev.data = JSON.parse(line.slice(6));
          has = true;
        }
      }
      if (has) evs.push(ev);
    }
  }
  await reader.cancel();
  return evs;
}

describe("workshops: scope, permissions, audit", () => {
  it("creates a workshop once per idempotency key, with one audit row and a join code", async () => {
    const input = base();
    const seq = await lastAuditSeq();
    const a = await createWorkshop(facilitator, input);
    const b = await createWorkshop(facilitator, input);
    expect(b.id).toBe(a.id);
    expect(a.code).toMatch(/^[A-Z0-9]{6}$/);
    const audit = await auditSince(seq);
    expect(audit.map((e) => e.action)).toEqual(["workshop.created"]);
    expect((audit[0].changes as Record<string, unknown>).title).toEqual([null, input.title]);
    const w = await getWorkshop(coordinator, a.id);
    expect(w?.agenda).toEqual([
      { time: "09:00", title: "Pembukaan" },
      { time: "09:30", title: "Sesi 1" },
    ]);
  });

  it("hides another regency's workshop and refuses a role without workshops.manage", async () => {
    const { w } = await newSession();
    expect(await getWorkshop(malaka, w.id)).toBeNull();
    await expect(createWorkshop(official, base())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setWorkshopLocked(malaka, { workshopId: w.id, locked: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(setWorkshopLocked(official, { workshopId: w.id, locked: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("rejects a stale version and audits the diff of an update", async () => {
    const { w } = await newSession();
    const detail = (await getWorkshop(facilitator, w.id))!;
    const seq = await lastAuditSeq();
    const input = {
      workshopId: w.id,
      version: detail.version,
      title: "Judul baru",
      description: "",
      venue: "Pendopo",
      startsAt: detail.startsAt,
      askIdentity: true,
      agenda: detail.agenda,
      materials: detail.materials,
    };
    await updateWorkshop(facilitator, input);
    const audit = await auditSince(seq);
    expect(audit).toHaveLength(1);
    expect(audit[0].changes).toEqual({ title: [detail.title, "Judul baru"], venue: ["Aula Bappeda", "Pendopo"] });
    await expect(updateWorkshop(facilitator, input)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("deleting activities and templates", () => {
  it("deletes a mistaken activity or a template, audited; never one with answers, an open one, a stale form or another regency's", async () => {
    const { w, a, pw } = await newSession();
    const p = await join(pw);
    await submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), choices: [0] });
    await setActivityState(facilitator, { activityId: a.id, state: "closed" });
    const v = async (id: string) => (await db.workshopActivity.findUniqueOrThrow({ where: { id } })).version;
    await expect(deleteActivity(facilitator, { activityId: a.id, version: await v(a.id) })).rejects.toMatchObject({
      code: "INVALID",
      userMessage: "workshops.errors.deleteHasEntries",
    });

    const extra = await createActivity(facilitator, {
      idempotencyKey: crypto.randomUUID(),
      workshopId: w.id,
      kind: "word_cloud",
      title: "Salah ketik",
      prompt: "",
      options: [],
      scaleMin: 1,
      scaleMax: 5,
      allowChange: true,
      moderated: false,
    });
    await setActivityState(facilitator, { activityId: extra.id, state: "open" });
    await expect(
      deleteActivity(facilitator, { activityId: extra.id, version: await v(extra.id) }),
    ).rejects.toMatchObject({ userMessage: "workshops.errors.deleteOpen" });
    await setActivityState(facilitator, { activityId: extra.id, state: "closed" });
    await expect(deleteActivity(malaka, { activityId: extra.id, version: await v(extra.id) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deleteActivity(facilitator, { activityId: extra.id, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const before = await lastAuditSeq();
    await deleteActivity(facilitator, { activityId: extra.id, version: await v(extra.id) });
    expect(await db.workshopActivity.findUnique({ where: { id: extra.id } })).toBeNull();
    expect((await db.workshop.findUniqueOrThrow({ where: { id: w.id } })).currentActivityId).not.toBe(extra.id);

    const tpl = await saveActivityAsTemplate(facilitator, { activityId: a.id });
    await deleteActivity(facilitator, { activityId: tpl.id, version: await v(tpl.id) });
    const audit = await auditSince(before);
    expect(audit.map((e) => e.action)).toEqual([
      "workshop_activity.deleted",
      "workshop_activity.template_saved",
      "workshop_template.deleted",
    ]);
    expect(audit[0].changes).toMatchObject({ title: ["Salah ketik", null], kind: ["word_cloud", null] });
  });
});

describe("participants and votes", () => {
  it("one browser is one participant: joining again returns the same one", async () => {
    const { pw } = await newSession();
    const browser = crypto.randomUUID();
    const p1 = await joinWorkshop(pw, browser, { name: "Siti", institution: "Dinas PU", position: "" });
    const p2 = await joinWorkshop(pw, browser, null);
    expect(p2.id).toBe(p1.id);
    await expect(joinWorkshop(pw, crypto.randomUUID(), null)).rejects.toMatchObject({ code: "INVALID" });
  });

  it("a vote is idempotent: a resend counts once, a second vote is refused unless changes are allowed", async () => {
    const { a, pw } = await newSession();
    const p = await join(pw);
    const clientId = crypto.randomUUID();
    expect(await submitEntry(p, { activityId: a.id, clientId, choices: [1] })).toEqual({ status: "saved" });
    expect(await submitEntry(p, { activityId: a.id, clientId, choices: [1] })).toEqual({ status: "duplicate" });
    await expect(
      submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), choices: [2] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.workshopEntry.count({ where: { activityId: a.id } })).toBe(1);
    const act = await db.workshopActivity.findUniqueOrThrow({ where: { id: a.id } });
    expect((await tallyResultsNow(act)).counts).toEqual([0, 1, 0]);
    await expect(
      submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), choices: [0, 1] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("ten different votes sent at once without changes allowed: the first stands and every other is refused", async () => {
    const { a, pw } = await newSession();
    const p = await join(pw);
    const sent = Array.from({ length: 10 }, (_, i) => ({
      activityId: a.id,
      clientId: crypto.randomUUID(),
      choices: [i % 3],
    }));
    const outcomes = await Promise.allSettled(sent.map((input) => submitEntry(p, input)));
    const saved = outcomes.flatMap((o, i) => (o.status === "fulfilled" && o.value.status === "saved" ? [sent[i]] : []));
    expect(saved).toHaveLength(1);
    for (const o of outcomes)
      if (o.status === "rejected")
        expect(o.reason).toMatchObject({ code: "CONFLICT", userMessage: "workshops.join.alreadyVoted" });
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(9);
    const stored = await db.workshopEntry.findMany({
      where: { activityId: a.id },
      select: { choices: true, text: true, updatedAt: true, createdAt: true },
    });
    expect(stored).toEqual([expect.objectContaining({ choices: saved[0].choices, text: saved[0].clientId })]);
    expect(stored[0].updatedAt).toEqual(stored[0].createdAt); // never changed after the first insert
  });

  it("a ranking: each phone ranks every option once; the aggregate is the Borda count, shown live once the facilitator shows it", async () => {
    const { a, pw } = await newSession({
      kind: "ranking",
      options: ["Aset P3D", "Batas wilayah", "ASN"],
      allowChange: true,
    });
    const [p, q, r] = [await join(pw), await join(pw), await join(pw)];
    await expect(
      submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), ranks: [1, 1, 2] }),
    ).rejects.toMatchObject({ code: "INVALID", userMessage: "workshops.join.rankDuplicate" });
    await expect(
      submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), ranks: [1, 2] }),
    ).rejects.toMatchObject({ code: "INVALID", userMessage: "workshops.join.rankIncomplete" });
    await submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), ranks: [1, 2, 3] }); // Aset, Batas, ASN
    await submitEntry(q, { activityId: a.id, clientId: crypto.randomUUID(), ranks: [2, 3, 1] }); // ASN, Aset, Batas
    await submitEntry(r, { activityId: a.id, clientId: crypto.randomUUID(), ranks: [3, 2, 1] }); // ASN, Batas, Aset
    await submitEntry(r, { activityId: a.id, clientId: crypto.randomUUID(), ranks: [1, 3, 2] }); // changed: Aset, ASN, Batas
    const act = await db.workshopActivity.findUniqueOrThrow({ where: { id: a.id } });
    // Aset 2+1+2 = 5, ASN 0+2+1 = 3, Batas 1+0+0 = 1
    expect(await tallyResultsNow(act)).toEqual({
      total: 3,
      ranking: [
        { option: 0, points: 5, meanRank: 1.33, spread: 0.47 },
        { option: 2, points: 3, meanRank: 2, spread: 0.82 },
        { option: 1, points: 1, meanRank: 2.67, spread: 0.47 },
      ],
    });
    expect((await participantState(pw.id, p.id)).results).toBeNull();
    await setResultsVisible(facilitator, { activityId: a.id, visible: true });
    const s = await participantState(pw.id, p.id);
    expect(s.results?.ranking?.map((x) => x.option)).toEqual([0, 2, 1]);
    expect(s.mine).toEqual({ vote: { choices: [0, 1, 2], scale: null }, texts: [] });
  });

  it("with changes allowed, a new vote replaces the old one", async () => {
    const { a, pw } = await newSession({ kind: "poll_multiple", allowChange: true });
    const [p, q] = [await join(pw), await join(pw)];
    await submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), choices: [0, 2] });
    await submitEntry(q, { activityId: a.id, clientId: crypto.randomUUID(), choices: [2] });
    await submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), choices: [1] });
    const act = await db.workshopActivity.findUniqueOrThrow({ where: { id: a.id } });
    expect(await tallyResultsNow(act)).toEqual({ total: 2, counts: [0, 1, 1] });
    await expect(
      submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), choices: [5] }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });

  it("refuses submissions when the activity is closed or the session locked, and past the rate limit", async () => {
    const { w, a, pw } = await newSession({ kind: "word_cloud", options: [] });
    const p = await join(pw);
    await setWorkshopLocked(facilitator, { workshopId: w.id, locked: true });
    await expect(
      submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), text: "sinergi" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      joinWorkshop((await findWorkshopByCode(w.code))!, crypto.randomUUID(), {
        name: "Baru",
        institution: "X",
        position: "",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setWorkshopLocked(facilitator, { workshopId: w.id, locked: false });
    for (let i = 0; i < 5; i++)
      await submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), text: `kata${i}` });
    await expect(
      submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), text: "lagi" }),
    ).rejects.toMatchObject({ code: "INVALID" });
    const { a: b, pw: pw2 } = await newSession({ kind: "qna", options: [] });
    const r = await join(pw2);
    for (let i = 0; i < 20; i++)
      await submitEntry(r, { activityId: b.id, clientId: crypto.randomUUID(), text: `Pertanyaan ${i}` });
    await expect(
      submitEntry(r, { activityId: b.id, clientId: crypto.randomUUID(), text: "satu lagi" }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await setActivityState(facilitator, { activityId: b.id, state: "closed" });
    await expect(
      submitEntry(await join(pw2), { activityId: b.id, clientId: crypto.randomUUID(), text: "tutup" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("moderation", () => {
  it("questions wait for approval; approve, hide, answered and upvotes are audited or counted once", async () => {
    const { w, a, pw } = await newSession({ kind: "qna", options: [], moderated: true });
    const [p, q] = [await join(pw, "Andi"), await join(pw, "Budi")];
    await submitEntry(p, {
      activityId: a.id,
      clientId: crypto.randomUUID(),
      text: "<script>alert(1)</script> Kapan aset P3D diserahkan?",
    });
    await submitEntry(q, { activityId: a.id, clientId: crypto.randomUUID(), text: "Bagaimana batas desa?" });
    const act = await db.workshopActivity.findUniqueOrThrow({ where: { id: a.id } });
    expect((await tallyResultsNow(act)).questions).toEqual([]);
    const entries = await db.workshopEntry.findMany({ where: { activityId: a.id }, orderBy: { createdAt: "asc" } });
    const seq = await lastAuditSeq();
    await moderateEntry(facilitator, { entryId: entries[0].id, op: "approve" });
    await moderateEntry(facilitator, { entryId: entries[1].id, op: "approve" });
    expect(await upvoteEntry(q, entries[0].id)).toEqual({ status: "saved" });
    expect(await upvoteEntry(q, entries[0].id)).toEqual({ status: "duplicate" });
    let res = await tallyResultsNow(act);
    expect(res.questions?.map((x) => [x.text.slice(0, 8), x.upvotes])).toEqual([
      ["<script>", 1],
      ["Bagaiman", 0],
    ]);
    await moderateEntry(facilitator, { entryId: entries[1].id, op: "hide" });
    await moderateEntry(facilitator, { entryId: entries[0].id, op: "answered" });
    res = await tallyResultsNow(act);
    expect(res.questions).toHaveLength(1);
    expect(res.questions?.[0].answered).toBe(true);
    const audit = await auditSince(seq);
    expect(audit.map((e) => e.action)).toEqual([
      "workshop_entry.approved",
      "workshop_entry.approved",
      "workshop_entry.hidden",
      "workshop_entry.marked_answered",
    ]);
    expect(audit[2].changes).toEqual({ hidden: [false, true] });
    await expect(moderateEntry(malaka, { entryId: entries[0].id, op: "hide" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // the participant's own page sees only approved, visible questions
    const state = await participantState(w.id, p.id);
    expect(state.results?.questions).toHaveLength(1);
  });

  it("removing a participant's entries hides them from every result, in one audited action", async () => {
    const { a, pw } = await newSession();
    const [p, q] = [await join(pw), await join(pw)];
    await submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), choices: [0] });
    await submitEntry(q, { activityId: a.id, clientId: crypto.randomUUID(), choices: [2] });
    const seq = await lastAuditSeq();
    expect(await removeParticipantEntries(facilitator, { participantId: p.id })).toEqual({ count: 1 });
    const audit = await auditSince(seq);
    expect(audit.map((e) => [e.action, e.entityId])).toEqual([["workshop_participant.entries_removed", p.id]]);
    const act = await db.workshopActivity.findUniqueOrThrow({ where: { id: a.id } });
    expect(await tallyResultsNow(act)).toEqual({ total: 1, counts: [0, 0, 1] });
  });

  it("turns an open answer into a development issue once, linked back to the workshop", async () => {
    const { w, a, pw } = await newSession({ kind: "open_question", options: [] });
    const p = await join(pw);
    await submitEntry(p, {
      activityId: a.id,
      clientId: crypto.randomUUID(),
      text: "Jalan poros Parigi–Cijulang rusak berat.",
    });
    const entry = await db.workshopEntry.findFirstOrThrow({ where: { activityId: a.id } });
    const key = crypto.randomUUID();
    const seq = await lastAuditSeq();
    const issue = await entryToIssue(facilitator, {
      idempotencyKey: key,
      entryId: entry.id,
      title: "Perbaikan jalan poros Parigi–Cijulang",
      category: "infrastructure",
    });
    expect(
      (
        await entryToIssue(facilitator, {
          idempotencyKey: key,
          entryId: entry.id,
          title: "x",
          category: "infrastructure",
        })
      ).id,
    ).toBe(issue.id);
    const saved = await db.issue.findUniqueOrThrow({ where: { id: issue.id } });
    expect(saved).toMatchObject({
      source: "workshop",
      sourceRef: `workshop:${w.id}:entry:${entry.id}`,
      regencyId: pangandaran,
    });
    expect((await db.workshopEntry.findUniqueOrThrow({ where: { id: entry.id } })).issueId).toBe(issue.id);
    expect((await auditSince(seq)).map((e) => e.action)).toEqual(["issue.proposed", "workshop_entry.issue_created"]);
    await expect(
      entryToIssue(facilitator, {
        idempotencyKey: crypto.randomUUID(),
        entryId: entry.id,
        title: "Lagi",
        category: "infrastructure",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      entryToIssue(official, {
        idempotencyKey: crypto.randomUUID(),
        entryId: entry.id,
        title: "Lagi",
        category: "infrastructure",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("three clicks at once on one Q&A entry (two tabs, two facilitators) make one issue; the others hear it is done", async () => {
    const { a, pw } = await newSession({ kind: "qna", options: [], moderated: false });
    const p = await join(pw);
    await submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), text: "Kapan pasar desa dibangun?" });
    const entry = await db.workshopEntry.findFirstOrThrow({ where: { activityId: a.id } });
    const click = () =>
      entryToIssue(facilitator, {
        idempotencyKey: crypto.randomUUID(),
        entryId: entry.id,
        title: "Pembangunan pasar desa",
        category: "economy_potential",
      });
    const results = await Promise.allSettled([click(), click(), click()]);
    const made = results.filter((r) => r.status === "fulfilled");
    expect(made).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect(r.reason).toMatchObject({ code: "CONFLICT", userMessage: "workshops.errors.alreadyIssue" });
    expect(await db.issue.count({ where: { sourceRef: { endsWith: `:entry:${entry.id}` } } })).toBe(1);
    expect((await db.workshopEntry.findUniqueOrThrow({ where: { id: entry.id } })).issueId).toBe(made[0].value.id);
  });

  it("turns an entry into a follow-up (rencana tindak lanjut) on an existing open issue of the regency, once", async () => {
    const { w, a, pw } = await newSession({ kind: "qna", options: [], moderated: false });
    const p = await join(pw);
    await submitEntry(p, {
      activityId: a.id,
      clientId: crypto.randomUUID(),
      text: "Bagaimana jadwal pengukuran batas desa?",
    });
    const entry = await db.workshopEntry.findFirstOrThrow({ where: { activityId: a.id } });
    const target = await db.issue.findFirstOrThrow({
      where: { regencyId: pangandaran, triage: "accepted", stage: { not: "closed" }, ownerPositionId: { not: null } },
      orderBy: { createdAt: "desc" },
    });
    const other = await db.issue.findFirstOrThrow({
      where: { regencyId: { not: pangandaran }, triage: "accepted", stage: { not: "closed" } },
    });
    const foreignPosition = await db.position.findFirstOrThrow({ where: { regencyId: { not: pangandaran } } });
    const before = { lastOwnerUpdateAt: target.lastOwnerUpdateAt, version: target.version };
    const input = (over: object = {}) => ({
      idempotencyKey: crypto.randomUUID(),
      entryId: entry.id,
      issueId: target.id,
      text: "Jadwalkan pengukuran batas desa bersama BPN",
      ownerPositionId: target.ownerPositionId!,
      dueDate: new Date("2027-01-31T00:00:00Z"),
      ...over,
    });

    await expect(createFollowUpFromEntry(facilitator, input({ issueId: other.id }))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { issueId: ["common.validation.choice"] },
    });
    await expect(
      createFollowUpFromEntry(facilitator, input({ ownerPositionId: foreignPosition.id })),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { ownerPositionId: ["common.validation.choice"] } });
    await expect(createFollowUpFromEntry(official, input())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createFollowUpFromEntry(malaka, input())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.workshopEntry.findUniqueOrThrow({ where: { id: entry.id } })).issueId).toBeNull();

    const seq = await lastAuditSeq();
    const made = await createFollowUpFromEntry(facilitator, input());
    expect(made).toMatchObject({ issueId: target.id, number: target.number });
    expect((await db.workshopEntry.findUniqueOrThrow({ where: { id: entry.id } })).issueId).toBe(target.id);
    expect(await db.followUp.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
      regencyId: pangandaran,
      issueId: target.id,
      workshopId: w.id,
      entryId: entry.id,
      text: "Jadwalkan pengukuran batas desa bersama BPN",
      ownerPositionId: target.ownerPositionId,
      status: "planned",
    });
    expect((await auditSince(seq)).map((e) => [e.action, e.entityId])).toEqual([
      ["follow_up.created", made.id],
      ["workshop_entry.linked_to_issue", entry.id],
    ]);
    // work for the owner, not a note: the timeline and the attention clock are untouched
    expect(
      await db.issueUpdate.count({
        where: { issueId: target.id, body: { contains: "Bagaimana jadwal pengukuran batas desa?" } },
      }),
    ).toBe(0);
    expect(
      await db.issue.findUniqueOrThrow({
        where: { id: target.id },
        select: { lastOwnerUpdateAt: true, version: true },
      }),
    ).toEqual(before);

    await expect(createFollowUpFromEntry(facilitator, input())).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: "workshops.errors.alreadyLinked",
    });
    await expect(
      entryToIssue(facilitator, {
        idempotencyKey: crypto.randomUUID(),
        entryId: entry.id,
        title: "Batas desa",
        category: "infrastructure",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.followUp.count({ where: { entryId: entry.id } })).toBe(1);
  });
});

describe("live stream: catch-up after reconnect", () => {
  it("sends every event after Last-Event-ID from the database, then live ones, with no gap and no duplicate", async () => {
    const { w, a, pw } = await newSession({ kind: "poll_single", allowChange: true });
    await setResultsVisible(facilitator, { activityId: a.id, visible: true });
    const voters = await Promise.all([1, 2, 3, 4].map(() => join(pw)));
    // a participant page that was connected saw events up to `seen`, then dropped off
    const first = await db.workshopEvent.findMany({ where: { workshopId: w.id }, orderBy: { id: "asc" } });
    const seen = first[first.length - 1].id;
    for (const v of voters.slice(0, 3))
      await submitEntry(v, { activityId: a.id, clientId: crypto.randomUUID(), choices: [0] });
    const missed = await db.workshopEvent.findMany({
      where: { workshopId: w.id, id: { gt: seen } },
      orderBy: { id: "asc" },
    });
    expect(missed).toHaveLength(3);

    const ctl = new AbortController();
    const req = new Request("http://x/stream", { headers: { "Last-Event-ID": String(seen) }, signal: ctl.signal });
    const res = workshopStream(req, w.id, "all", async () => ({}));
    const reading = readEvents(res, (evs) => evs.length >= 5);
    // while connected, two more arrive live (one through a second vote of the same participant)
    await new Promise((r) => setTimeout(r, 200));
    await submitEntry(voters[3], { activityId: a.id, clientId: crypto.randomUUID(), choices: [1] });
    await submitEntry(voters[0], { activityId: a.id, clientId: crypto.randomUUID(), choices: [2] });
    const evs = await reading;
    ctl.abort();
    const ids = evs.map((e) => BigInt(e.id!));
    expect(ids.slice(0, 3)).toEqual(missed.map((m) => m.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((x, y) => (x < y ? -1 : 1))).toEqual(ids);
    const all = await db.workshopEvent.findMany({
      where: { workshopId: w.id, id: { gt: seen } },
      orderBy: { id: "asc" },
    });
    expect(ids).toEqual(all.map((e) => e.id));
    expect((evs[4].data as { results: { counts: number[] } }).results.counts).toEqual([2, 1, 1]);
  });

  it("a participant stream never receives results the facilitator has not shown; a staff stream does", async () => {
    const { w, a, pw } = await newSession();
    const p = await join(pw);
    const mk = (audience: "all" | "staff") => {
      const ctl = new AbortController();
      return {
        ctl,
        res: workshopStream(new Request("http://x/s", { signal: ctl.signal }), w.id, audience, async () => ({
          hello: audience,
        })),
      };
    };
    const part = mk("all");
    const staff = mk("staff");
    const partRead = readEvents(part.res, (evs) => evs.length >= 2);
    const staffRead = readEvents(staff.res, (evs) => evs.length >= 3);
    await new Promise((r) => setTimeout(r, 200));
    await submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), choices: [0] });
    await setResultsVisible(facilitator, { activityId: a.id, visible: true });
    await submitEntry(await join(pw), { activityId: a.id, clientId: crypto.randomUUID(), choices: [1] });
    const [pe, se] = await Promise.all([partRead, staffRead]);
    part.ctl.abort();
    staff.ctl.abort();
    expect(pe.map((e) => e.event)).toEqual(["state", "activity"]);
    expect(se.map((e) => e.event)).toEqual(["state", "results", "activity"]);
  });

  it("forty streams of one workshop share one subscription and each gets every event once, in order", async () => {
    const { w, a, pw } = await newSession({ kind: "poll_single", allowChange: true });
    await setResultsVisible(facilitator, { activityId: a.id, visible: true });
    const voters = await Promise.all([1, 2, 3].map(() => join(pw)));
    const streams = Array.from({ length: 40 }, () => {
      const ctl = new AbortController();
      const res = workshopStream(new Request("http://x/s", { signal: ctl.signal }), w.id, "all", async () => ({}));
      return { ctl, reading: readEvents(res, (evs) => evs.length >= 4) }; // the state, then three results
    });
    await expect.poll(() => liveHub().subscriberCount(w.id)).toBe(1);
    await new Promise((r) => setTimeout(r, 200)); // every stream has sent its state
    for (const v of voters) await submitEntry(v, { activityId: a.id, clientId: crypto.randomUUID(), choices: [0] });
    const results = await db.workshopEvent.findMany({
      where: { workshopId: w.id, type: "results" },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    for (const s of streams) {
      const evs = await s.reading;
      s.ctl.abort();
      expect(evs.slice(1).map((e) => BigInt(e.id!))).toEqual(results.slice(-3).map((r) => r.id));
    }
    await expect.poll(() => liveHub().subscriberCount(w.id)).toBe(0);
  });
});

describe("a staff stream and its session", () => {
  it("ends when the viewer's session ends (logout), instead of streaming on", async () => {
    const { w } = await newSession();
    const { createSession, endSession, liveSession } = await import("@/lib/auth/sessions");
    const sessionId = await createSession(facilitator.id, "127.0.0.1", "vitest");
    const ctl = new AbortController();
    const res = workshopStream(new Request("http://x/s", { signal: ctl.signal }), w.id, "staff", async () => ({}), {
      allowed: async () => !!(await liveSession(sessionId)),
      everyMs: 100,
    });
    const reader = res.body!.getReader();
    await reader.read(); // retry: and the state snapshot arrive while the session stands
    await endSession(sessionId);
    const ended = (async () => {
      for (;;) if ((await reader.read()).done) return true;
    })();
    const timeout = new Promise<false>((r) => setTimeout(() => r(false), 20_000));
    const closed = await Promise.race([ended, timeout]);
    ctl.abort();
    expect(closed).toBe(true);
  });
});

describe("participant page safety and the demo data", () => {
  it("signs the browser cookie: a tampered or foreign value is not a participant", async () => {
    const { newBrowserCookie, verifyBrowserCookie } = await import("./participant/cookie");
    const c = newBrowserCookie();
    expect(verifyBrowserCookie(c.value)).toBe(c.browserId);
    expect(verifyBrowserCookie(`${crypto.randomUUID()}.${c.value.split(".")[1]}`)).toBeNull();
    expect(verifyBrowserCookie(c.value.slice(0, -2) + "xx")).toBeNull();
    expect(verifyBrowserCookie("garbage")).toBeNull();
  });

  it("renders what participants typed as text, never as markup", async () => {
    const { renderActivity } = await import("./participant/pages");
    const { translatorFor } = await import("@/lib/i18n/server");
    const evil = `"><script>alert(1)</script><img src=x onerror=alert(2)>`;
    const html = renderActivity(
      translatorFor("id"),
      {
        title: "x",
        locked: false,
        timeZone: "Asia/Jakarta",
        leaderboard: null,
        activity: {
          id: crypto.randomUUID(),
          kind: "qna",
          title: evil,
          prompt: evil,
          options: [evil],
          scaleMin: 1,
          scaleMax: 5,
          allowChange: true,
          open: true,
          resultsVisible: true,
          correct: null,
          multipleAnswers: false,
          timerEndsAt: null,
        },
        mine: { vote: null, texts: [evil] },
        results: { total: 1, questions: [{ id: crypto.randomUUID(), text: evil, upvotes: 0, answered: false }] },
        upvoted: [],
      },
      "ABCDEF",
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("seeds the Pangandaran workshop with results and a leadership self-assessment template", async () => {
    const w = await db.workshop.findUniqueOrThrow({
      where: { code: "ISUPGD" },
      include: { activities: true, _count: { select: { participants: true } } },
    });
    expect(w.title).toBe("Lokakarya Koordinasi Pengelolaan Isu Strategis");
    expect(w.regencyId).toBe(pangandaran);
    expect(w._count.participants).toBeGreaterThanOrEqual(10);
    const poll = w.activities.find((a) => a.title === "Isu strategis paling mendesak")!;
    expect((await tallyResultsNow(poll)).total).toBe(w._count.participants);
    expect(
      await db.workshopActivity.count({
        where: { regencyId: pangandaran, isTemplate: true, title: "Penilaian diri gaya kepemimpinan" },
      }),
    ).toBe(1);
    const ranking = w.activities.find((a) => a.kind === "ranking")!;
    const ranked = await tallyResultsNow(ranking);
    expect(ranked.total).toBe(w._count.participants);
    expect(ranked.ranking?.map((r) => (ranking.options as string[])[r.option])[0]).toBe(
      "Penyerahan aset P3D dari Kabupaten Ciamis",
    );
  });
});

describe("the start time as typed", () => {
  it("is the regency's wall clock (WIB), not the server's zone: the edit form shows what was typed", async () => {
    // "2026-12-01T09:00" in the form is 09:00 WIB = 02:00 UTC (issue 13: a save moved it 7 hours)
    expect(base().startsAt).toEqual({ wall: "2026-12-01T09:00" });
    const { id } = await createWorkshop(facilitator, base());
    expect((await db.workshop.findUniqueOrThrow({ where: { id } })).startsAt.toISOString()).toBe(
      "2026-12-01T02:00:00.000Z",
    );
  });

  it("a Malaka facilitator's 09.00 is 09.00 WITA (01.00 UTC), first session included (issue 14)", async () => {
    const malakaFacilitator = await actorFor("fasilitator.malaka@mekar.test");
    const { id } = await createWorkshop(malakaFacilitator, { ...base(), regencyId: await regencyId("malaka") });
    expect((await db.workshop.findUniqueOrThrow({ where: { id } })).startsAt.toISOString()).toBe(
      "2026-12-01T01:00:00.000Z",
    );
    const session = await db.workshopSession.findFirstOrThrow({ where: { workshopId: id } });
    expect(session.startsAt.toISOString()).toBe("2026-12-01T01:00:00.000Z");
  });
});
