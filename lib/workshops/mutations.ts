import "server-only";
import { randomInt } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { assertMemberCan } from "@/lib/auth/regency-access";
import { created, diff, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { atZone } from "@/lib/publications/time";
import { timeZoneOf } from "@/lib/regencies/zone";
import { conflictIfStale } from "@/lib/versioned";
import { appendEvent, lockWorkshopEvents } from "./events";
import { activityKind, optionList } from "./kinds";
import { countEntries } from "./kinds/shared";
import { rankingIssueOptions } from "./ranking-issues";
import { tallyResults, type ActivityForResults } from "./results";
import { DEFAULT_SESSION_HOURS } from "./sessions/sql";
import type { CreateActivityInput, CreateWorkshopInput, UpdateWorkshopInput } from "./schemas";

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export function newJoinCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

/** A workshop the actor may run, or NOT_FOUND (outside their regencies) / FORBIDDEN (member, no manage). */
export async function loadManagedWorkshop(tx: Tx, actor: Actor, workshopId: string) {
  const w = await tx.workshop.findUnique({ where: { id: workshopId } });
  if (!w) throw new AppError("NOT_FOUND");
  assertMemberCan(actor, "workshops.manage", w.regencyId);
  return w;
}

async function loadManagedActivity(tx: Tx, actor: Actor, activityId: string) {
  const a = await tx.workshopActivity.findUnique({ where: { id: activityId } });
  if (!a) throw new AppError("NOT_FOUND");
  if (a.workshopId) await loadManagedWorkshop(tx, actor, a.workshopId);
  else assertMemberCan(actor, "workshops.manage", a.regencyId);
  return a;
}

const workshopAudited = ["title", "description", "venue", "startsAt", "askIdentity", "agenda", "materials"] as const;

export async function createWorkshop(actor: Actor, input: CreateWorkshopInput): Promise<{ id: string; code: string }> {
  assertCan(actor, "workshops.manage", input.regencyId);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction((tx) =>
        once(tx, input.idempotencyKey, actor.id, async () => {
          // the form's 09.00 is 09.00 on the regency's clock (WITA in Malaka)
          const startsAt = atZone(input.startsAt, await timeZoneOf(tx, input.regencyId));
          const data = {
            title: input.title,
            description: input.description,
            venue: input.venue,
            startsAt,
            askIdentity: input.askIdentity,
            agenda: input.agenda,
            materials: input.materials,
          };
          const w = await tx.workshop.create({
            data: { ...data, regencyId: input.regencyId, code: newJoinCode(), createdById: actor.id },
            select: { id: true, code: true },
          });
          // the first session: from the workshop's start (more are added on the control page)
          await tx.workshopSession.create({
            data: {
              workshopId: w.id,
              startsAt,
              endsAt: new Date(startsAt.getTime() + DEFAULT_SESSION_HOURS * 3_600_000),
              venue: input.venue,
            },
          });
          await recordAudit(
            tx,
            actor,
            "workshop.created",
            { type: "workshop", id: w.id, regencyId: input.regencyId },
            created({ ...data, code: w.code }),
          );
          return w;
        }),
      );
    } catch (e) {
      if (isUniqueViolation(e) && attempt < 5) continue; // join code taken: draw another
      throw e;
    }
  }
}

export async function updateWorkshop(actor: Actor, input: UpdateWorkshopInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await loadManagedWorkshop(tx, actor, input.workshopId);
    const data = {
      title: input.title,
      description: input.description,
      venue: input.venue,
      startsAt: atZone(input.startsAt, await timeZoneOf(tx, before.regencyId)),
      askIdentity: input.askIdentity,
      agenda: input.agenda,
      materials: input.materials,
    };
    await conflictIfStale(() =>
      tx.workshop.update({
        where: { id: before.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "workshop.updated",
      { type: "workshop", id: before.id, regencyId: before.regencyId },
      diff(before as never, data as never, [...workshopAudited] as never),
    );
  });
}

export async function setWorkshopLocked(actor: Actor, input: { workshopId: string; locked: boolean }): Promise<void> {
  await db.$transaction(async (tx) => {
    const w = await loadManagedWorkshop(tx, actor, input.workshopId);
    if (w.locked === input.locked) return;
    await tx.workshop.update({ where: { id: w.id }, data: { locked: input.locked, version: { increment: 1 } } });
    await recordAudit(
      tx,
      actor,
      input.locked ? "workshop.locked" : "workshop.unlocked",
      { type: "workshop", id: w.id, regencyId: w.regencyId },
      { locked: [w.locked, input.locked] },
    );
    await appendEvent(tx, w.id, "session", "all", { locked: input.locked });
  });
}

/** An activity's settings; the quiz's correct options and a ranking's issues may be left out (none). */
type ActivitySettings = Omit<CreateActivityInput, "idempotencyKey" | "workshopId" | "correctOptions" | "issueIds"> & {
  correctOptions?: number[];
  issueIds?: string[];
};

const activityData = (i: ActivitySettings) => ({
  kind: i.kind,
  title: i.title,
  prompt: i.prompt,
  options: i.options,
  scaleMin: i.scaleMin,
  scaleMax: i.scaleMax,
  allowChange: i.allowChange,
  moderated: i.moderated,
  correctOptions: i.kind === "quiz" ? (i.correctOptions ?? []) : [],
  sector: i.sector ?? "",
});

export async function createActivity(
  actor: Actor,
  input: ActivitySettings & { idempotencyKey: string; workshopId: string },
): Promise<{ id: string }> {
  return db.$transaction(async (tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const w = await loadManagedWorkshop(tx, actor, input.workshopId);
      const max = await tx.workshopActivity.aggregate({ where: { workshopId: w.id }, _max: { position: true } });
      const data = {
        ...activityData(input),
        ...(await rankingIssueOptions(tx, w.regencyId, { ...input, issueIds: input.issueIds ?? [] })),
      };
      const a = await tx.workshopActivity.create({
        data: { ...data, regencyId: w.regencyId, workshopId: w.id, position: (max._max.position ?? 0) + 1 },
        select: { id: true },
      });
      await recordAudit(
        tx,
        actor,
        "workshop_activity.created",
        { type: "workshop_activity", id: a.id, regencyId: w.regencyId },
        created({ workshopId: w.id, ...data }),
      );
      return a;
    }),
  );
}

export async function updateActivity(
  actor: Actor,
  input: ActivitySettings & { activityId: string; version: number },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await loadManagedActivity(tx, actor, input.activityId);
    // a ranking of issues edited without its issue list (the same options): its issues stay linked
    const keepIssues =
      !input.issueIds?.length &&
      before.optionIssueIds.length > 0 &&
      input.kind === "ranking" &&
      JSON.stringify(optionList(before.options)) === JSON.stringify(input.options);
    const data = {
      ...activityData(input),
      ...(keepIssues
        ? { options: input.options, optionIssueIds: before.optionIssueIds }
        : await rankingIssueOptions(tx, before.regencyId, { ...input, issueIds: input.issueIds ?? [] })),
    };
    if (before.kind !== data.kind && (await tx.workshopEntry.count({ where: { activityId: before.id } })) > 0)
      throw new AppError("INVALID", "workshops.errors.kindHasEntries");
    await conflictIfStale(() =>
      tx.workshopActivity.update({
        where: { id: before.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "workshop_activity.updated",
      { type: "workshop_activity", id: before.id, regencyId: before.regencyId },
      diff(
        before as never,
        data as never,
        [
          "kind",
          "title",
          "prompt",
          "options",
          "scaleMin",
          "scaleMax",
          "allowChange",
          "moderated",
          "correctOptions",
          "optionIssueIds",
          "sector",
        ] as never,
      ),
    );
    if (before.workshopId && before.state === "open")
      await appendEvent(tx, before.workshopId, "activity", "all", { activityId: before.id });
  });
}

/** Swaps an activity with its neighbour in the workshop's order. */
export async function moveActivity(
  actor: Actor,
  input: { activityId: string; direction: "up" | "down" },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const a = await loadManagedActivity(tx, actor, input.activityId);
    if (!a.workshopId) throw new AppError("INVALID");
    const list = await tx.workshopActivity.findMany({
      where: { workshopId: a.workshopId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true },
    });
    const i = list.findIndex((x) => x.id === a.id);
    const j = input.direction === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= list.length) return;
    [list[i], list[j]] = [list[j], list[i]];
    for (const [pos, x] of list.entries())
      await tx.workshopActivity.update({ where: { id: x.id }, data: { position: pos + 1 } });
    await recordAudit(
      tx,
      actor,
      "workshop_activity.moved",
      { type: "workshop_activity", id: a.id, regencyId: a.regencyId },
      { position: [i + 1, j + 1] },
    );
  });
}

/**
 * Removes an activity added by mistake, or a template. An activity with answers is a record of
 * the session and stays (close it instead); an open one must be closed first.
 */
export async function deleteActivity(
  actor: Actor,
  input: { activityId: string; version: number },
): Promise<{ workshopId: string | null }> {
  return db.$transaction(async (tx) => {
    const a = await loadManagedActivity(tx, actor, input.activityId);
    if (a.state === "open") throw new AppError("INVALID", "workshops.errors.deleteOpen");
    if ((await tx.workshopEntry.count({ where: { activityId: a.id } })) > 0)
      throw new AppError("INVALID", "workshops.errors.deleteHasEntries");
    const { count } = await tx.workshopActivity.deleteMany({ where: { id: a.id, version: input.version } });
    if (count === 0) throw new AppError("CONFLICT");
    if (a.workshopId)
      await tx.workshop.updateMany({
        where: { id: a.workshopId, currentActivityId: a.id },
        data: { currentActivityId: null },
      });
    await recordAudit(
      tx,
      actor,
      a.isTemplate ? "workshop_template.deleted" : "workshop_activity.deleted",
      { type: "workshop_activity", id: a.id, regencyId: a.regencyId },
      { kind: [a.kind, null], title: [a.title, null], prompt: [a.prompt, null], options: [a.options as never, null] },
    );
    return { workshopId: a.workshopId };
  });
}

/** Copies an activity into the regency's templates. */
export async function saveActivityAsTemplate(actor: Actor, input: { activityId: string }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const a = await loadManagedActivity(tx, actor, input.activityId);
    const data = {
      kind: a.kind,
      title: a.title,
      prompt: a.prompt,
      options: a.options as object,
      scaleMin: a.scaleMin,
      scaleMax: a.scaleMax,
      allowChange: a.allowChange,
      moderated: a.moderated,
      correctOptions: a.correctOptions,
      sector: a.sector,
    };
    const t = await tx.workshopActivity.create({
      data: { ...data, regencyId: a.regencyId, isTemplate: true },
      select: { id: true },
    });
    await recordAudit(
      tx,
      actor,
      "workshop_activity.template_saved",
      { type: "workshop_activity", id: t.id, regencyId: a.regencyId },
      created({ fromActivityId: a.id, ...data }),
    );
    return t;
  });
}

/** Adds a copy of a template to a workshop, at the end. */
export async function useActivityTemplate(
  actor: Actor,
  input: { idempotencyKey: string; workshopId: string; templateId: string },
): Promise<{ id: string }> {
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const w = await loadManagedWorkshop(tx, actor, input.workshopId);
      const t = await tx.workshopActivity.findFirst({
        where: { id: input.templateId, isTemplate: true, regencyId: w.regencyId },
      });
      if (!t) throw new AppError("NOT_FOUND");
      const max = await tx.workshopActivity.aggregate({ where: { workshopId: w.id }, _max: { position: true } });
      const data = {
        kind: t.kind,
        title: t.title,
        prompt: t.prompt,
        options: t.options as object,
        scaleMin: t.scaleMin,
        scaleMax: t.scaleMax,
        allowChange: t.allowChange,
        moderated: t.moderated,
        correctOptions: t.correctOptions,
        sector: t.sector,
      };
      const a = await tx.workshopActivity.create({
        data: { ...data, regencyId: w.regencyId, workshopId: w.id, position: (max._max.position ?? 0) + 1 },
        select: { id: true },
      });
      await recordAudit(
        tx,
        actor,
        "workshop_activity.created",
        { type: "workshop_activity", id: a.id, regencyId: w.regencyId },
        created({ workshopId: w.id, templateId: t.id, ...data }),
      );
      return a;
    }),
  );
}

/** Opens (and makes current), closes or resets an activity. Opening one closes the others. */
export async function setActivityState(
  actor: Actor,
  input: { activityId: string; state: "draft" | "open" | "closed" },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const a = await loadManagedActivity(tx, actor, input.activityId);
    if (!a.workshopId) throw new AppError("INVALID");
    if (a.state === input.state) return;
    if (input.state === "open") {
      await tx.workshopActivity.updateMany({
        where: { workshopId: a.workshopId, state: "open", id: { not: a.id } },
        data: { state: "closed" },
      });
      await tx.workshop.update({ where: { id: a.workshopId }, data: { currentActivityId: a.id } });
    }
    // opening or resetting starts without a countdown; closing keeps it (the quiz's speed points read it)
    const timer = input.state === "closed" ? {} : { timerStartedAt: null, timerEndsAt: null };
    await tx.workshopActivity.update({
      where: { id: a.id },
      data: { state: input.state, ...timer, version: { increment: 1 } },
    });
    await recordAudit(
      tx,
      actor,
      `workshop_activity.${input.state === "open" ? "opened" : input.state === "closed" ? "closed" : "reset"}`,
      { type: "workshop_activity", id: a.id, regencyId: a.regencyId },
      { state: [a.state, input.state] },
    );
    await appendEvent(tx, a.workshopId, "activity", "all", { activityId: a.id, state: input.state });
  });
}

export async function setResultsVisible(actor: Actor, input: { activityId: string; visible: boolean }): Promise<void> {
  await db.$transaction(async (tx) => {
    const a = await loadManagedActivity(tx, actor, input.activityId);
    if (!a.workshopId) throw new AppError("INVALID");
    if (a.resultsVisible === input.visible) return;
    await tx.workshopActivity.update({
      where: { id: a.id },
      data: { resultsVisible: input.visible, version: { increment: 1 } },
    });
    await recordAudit(
      tx,
      actor,
      input.visible ? "workshop_activity.results_shown" : "workshop_activity.results_hidden",
      { type: "workshop_activity", id: a.id, regencyId: a.regencyId },
      { resultsVisible: [a.resultsVisible, input.visible] },
    );
    await appendEvent(tx, a.workshopId, "activity", "all", { activityId: a.id, resultsVisible: input.visible });
  });
}

/** Emits the new results of an activity (inside the writer's transaction, under the event lock). */
export async function emitResults(
  tx: Tx,
  activity: ActivityForResults & { workshopId: string | null; resultsVisible: boolean },
): Promise<void> {
  if (!activity.workshopId) return;
  await lockWorkshopEvents(tx, activity.workshopId);
  const kind = activityKind(activity.kind);
  const results = await tallyResults(tx, activity);
  // the Q&A list is public (approved questions); other results only once the facilitator shows them
  const audience = kind.alwaysPublic || activity.resultsVisible ? "all" : "staff";
  await appendEvent(tx, activity.workshopId, kind.event, audience, {
    activityId: activity.id,
    results: kind.participantResults?.(results) ?? results,
  });
}

/** An entry nobody else may see yet (a question waiting for approval): only the new count, to staff. */
export async function emitPendingCount(tx: Tx, activity: { id: string; workshopId: string | null }): Promise<void> {
  if (!activity.workshopId) return;
  await lockWorkshopEvents(tx, activity.workshopId);
  await appendEvent(tx, activity.workshopId, "results", "staff", {
    activityId: activity.id,
    results: { total: await countEntries(tx, activity.id) },
  });
}

/** Q&A and answer moderation: approve, hide/unhide, mark answered. Audited. */
export async function moderateEntry(
  actor: Actor,
  input: { entryId: string; op: "approve" | "hide" | "unhide" | "answered" },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const e = await tx.workshopEntry.findUnique({ where: { id: input.entryId }, include: { activity: true } });
    if (!e) throw new AppError("NOT_FOUND");
    const w = await loadManagedWorkshop(tx, actor, e.workshopId);
    const data =
      input.op === "approve"
        ? { approved: true, hidden: false }
        : input.op === "hide"
          ? { hidden: true }
          : input.op === "unhide"
            ? { hidden: false }
            : { answeredAt: e.answeredAt ?? new Date() };
    await tx.workshopEntry.update({ where: { id: e.id }, data });
    const before = { approved: e.approved, hidden: e.hidden, answered: !!e.answeredAt };
    const after = {
      ...before,
      ...("approved" in data ? { approved: data.approved } : {}),
      ...("hidden" in data ? { hidden: data.hidden } : {}),
      ...("answeredAt" in data ? { answered: true } : {}),
    };
    await recordAudit(
      tx,
      actor,
      `workshop_entry.${input.op === "answered" ? "marked_answered" : input.op === "approve" ? "approved" : input.op === "hide" ? "hidden" : "unhidden"}`,
      { type: "workshop_entry", id: e.id, regencyId: w.regencyId },
      diff(before, after, ["approved", "hidden", "answered"]),
    );
    await emitResults(tx, e.activity);
  });
}

/** Hides everything a participant submitted in the workshop (spam, abuse). Audited. */
export async function removeParticipantEntries(
  actor: Actor,
  input: { participantId: string },
): Promise<{ count: number }> {
  return db.$transaction(async (tx) => {
    const p = await tx.workshopParticipant.findUnique({ where: { id: input.participantId } });
    if (!p) throw new AppError("NOT_FOUND");
    const w = await loadManagedWorkshop(tx, actor, p.workshopId);
    const touched = await tx.workshopEntry.findMany({
      where: { participantId: p.id, hidden: false },
      select: { activityId: true },
    });
    const { count } = await tx.workshopEntry.updateMany({
      where: { participantId: p.id, hidden: false },
      data: { hidden: true },
    });
    await recordAudit(
      tx,
      actor,
      "workshop_participant.entries_removed",
      { type: "workshop_participant", id: p.id, regencyId: w.regencyId },
      { hiddenEntries: [0, count] },
    );
    for (const activityId of new Set(touched.map((t) => t.activityId))) {
      const a = await tx.workshopActivity.findUniqueOrThrow({ where: { id: activityId } });
      await emitResults(tx, a);
    }
    return { count };
  });
}
