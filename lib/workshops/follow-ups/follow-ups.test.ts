import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getIssue, listIssues } from "@/lib/issues/queries";
import { issueFilterSchema } from "@/lib/issues/schemas";
import { positionIdsHeldBy } from "@/lib/leadership/holders";
import { liveHub } from "@/lib/live/hub";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { createActivity, createWorkshop, setActivityState } from "../mutations";
import { findWorkshopByCode, joinWorkshop, submitEntry } from "../participant/participant";
import { createWorkshopSchema } from "../schemas";
import { createFollowUpFromEntry, setFollowUpStatus } from "./mutations";
import { syncFollowUpNotifications } from "./notify";
import { issueFollowUps, overdueFollowUps, workshopFollowUps } from "./queries";

// A workshop answer becomes a rencana tindak lanjut on an issue: its owner's holders or the
// coordinator move its status (versioned, audited); past its due date it needs attention and the
// owner's holders and the coordinators are told once.

let facilitator: Actor;
let coordinator: Actor;
let official: Actor;
let humas: Actor;
let malaka: Actor;
let pangandaran: string;
let ownerPositionId: string;

beforeAll(async () => {
  [facilitator, coordinator, official, humas, malaka] = await Promise.all([
    actorFor(DEMO.facilitator),
    actorFor(DEMO.coordinator),
    actorFor(DEMO.official),
    actorFor(DEMO.humas),
    actorFor(DEMO.malakaCoordinator),
  ]);
  pangandaran = await regencyId("pangandaran");
  [ownerPositionId] = await positionIdsHeldBy(db, official.id, pangandaran);
});
afterAll(async () => {
  await liveHub().stop();
});

/** A follow-up made from a fresh workshop answer, owned by the official's position. */
async function followUp(dueDate = "2027-06-30") {
  const w = await createWorkshop(
    facilitator,
    createWorkshopSchema.parse({
      idempotencyKey: crypto.randomUUID(),
      regencyId: pangandaran,
      title: `Lokakarya tindak lanjut ${Date.now()}`,
      startsAt: new Date().toISOString(),
    }),
  );
  const a = await createActivity(facilitator, {
    idempotencyKey: crypto.randomUUID(),
    workshopId: w.id,
    kind: "open_question",
    title: "Hambatan",
    prompt: "",
    options: [],
    scaleMin: 1,
    scaleMax: 5,
    allowChange: false,
    moderated: false,
  });
  await setActivityState(facilitator, { activityId: a.id, state: "open" });
  const p = await joinWorkshop((await findWorkshopByCode(w.code))!, crypto.randomUUID(), null);
  await submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), text: "Data aset belum lengkap." });
  const entry = await db.workshopEntry.findFirstOrThrow({ where: { activityId: a.id } });
  const issue = await db.issue.findFirstOrThrow({
    where: { regencyId: pangandaran, triage: "accepted", stage: { not: "closed" } },
    orderBy: { number: "asc" },
  });
  const f = await createFollowUpFromEntry(facilitator, {
    idempotencyKey: crypto.randomUUID(),
    entryId: entry.id,
    issueId: issue.id,
    text: `Lengkapi data aset ${Date.now()}`,
    ownerPositionId,
    dueDate: new Date(`${dueDate}T00:00:00Z`),
  });
  return { w, issue, id: f.id };
}

const row = (id: string) => db.followUp.findUniqueOrThrow({ where: { id } });

describe("follow-ups (rencana tindak lanjut)", () => {
  it("shows on the issue page and in the workshop summary, and only in its regency", async () => {
    const { w, issue, id } = await followUp();
    const onIssue = (await issueFollowUps(official, issue.id))!.find((f) => f.id === id)!;
    expect(onIssue).toMatchObject({ status: "planned", overdue: false, canChange: true, workshop: { id: w.id } });
    expect((await issueFollowUps(humas, issue.id))!.find((f) => f.id === id)!.canChange).toBe(false);
    expect((await issueFollowUps(coordinator, issue.id))!.find((f) => f.id === id)!.canChange).toBe(true);
    expect((await workshopFollowUps(facilitator, w.id))!.map((f) => f.id)).toEqual([id]);
    expect(await issueFollowUps(malaka, issue.id)).toBeNull();
    expect(await workshopFollowUps(malaka, w.id)).toBeNull();
  });

  it("moves through its statuses by the owner's holder or the coordinator, versioned and audited", async () => {
    const { id } = await followUp();
    const seq = await lastAuditSeq();
    await setFollowUpStatus(official, { followUpId: id, status: "in_progress", version: 1 });
    expect(await row(id)).toMatchObject({ status: "in_progress", version: 2 });
    // a form loaded before that change is stale
    await expect(
      setFollowUpStatus(coordinator, { followUpId: id, status: "cancelled", version: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await setFollowUpStatus(coordinator, { followUpId: id, status: "done", version: 2 });
    expect(await row(id)).toMatchObject({ status: "done", version: 3 });
    const audit = await auditSince(seq);
    expect(audit.map((e) => [e.action, e.entityId, e.changes])).toEqual([
      ["follow_up.status_changed", id, { status: ["planned", "in_progress"] }],
      ["follow_up.status_changed", id, { status: ["in_progress", "done"] }],
    ]);
    // not the owner's holder nor the coordinator; another regency
    await expect(setFollowUpStatus(humas, { followUpId: id, status: "planned", version: 3 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      setFollowUpStatus(facilitator, { followUpId: id, status: "planned", version: 3 }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(setFollowUpStatus(malaka, { followUpId: id, status: "planned", version: 3 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await row(id)).toMatchObject({ status: "done", version: 3 });
    expect(await auditSince(seq)).toHaveLength(2);
  });

  it("past its due date it needs attention on the issue and the list, and tells owner and coordinators once", async () => {
    const { issue, id } = await followUp("2026-01-15");
    const now = new Date("2026-01-20T03:00:00Z");
    expect((await issueFollowUps(coordinator, issue.id, now))!.find((f) => f.id === id)!.overdue).toBe(true);
    expect((await getIssue(coordinator, issue.id, now))!.followUpsOverdue).toBeGreaterThanOrEqual(1);
    const list = (await listIssues(coordinator, pangandaran, issueFilterSchema.parse({ q: `#${issue.number}` }), now))!;
    expect(list.rows.find((r) => r.id === issue.id)?.followUpOverdue).toBe(true);
    expect((await overdueFollowUps(coordinator, pangandaran, 200, now)).map((f) => f.id)).toContain(id);
    expect(await overdueFollowUps(malaka, pangandaran, 200, now)).toEqual([]);
    // the due day itself is on time
    expect(
      (await issueFollowUps(coordinator, issue.id, new Date("2026-01-15T16:00:00Z")))!.find((f) => f.id === id)!
        .overdue,
    ).toBe(false);

    await syncFollowUpNotifications(db, now, pangandaran);
    const told = await db.notification.findMany({
      where: { dedupeKey: { startsWith: `workshops.followUpOverdue:${id}:` } },
      select: { userId: true, link: true },
    });
    const coordinators = await db.positionTerm.findMany({
      where: { userId: { not: null }, endDate: null, position: { regencyId: pangandaran, isCoordinator: true } },
      select: { userId: true },
    });
    expect(new Set(told.map((n) => n.userId))).toEqual(new Set([official.id, ...coordinators.map((c) => c.userId!)]));
    expect(told.every((n) => n.link === `/issues/${issue.id}`)).toBe(true);
    // once: a second sweep tells nobody again
    expect(await syncFollowUpNotifications(db, now, pangandaran)).toBe(0);

    // done: no longer overdue
    await setFollowUpStatus(official, { followUpId: id, status: "done", version: 1 });
    expect((await issueFollowUps(coordinator, issue.id, now))!.find((f) => f.id === id)!.overdue).toBe(false);
    expect((await overdueFollowUps(coordinator, pangandaran, 200, now)).map((f) => f.id)).not.toContain(id);
  });
});
