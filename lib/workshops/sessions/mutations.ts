import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { created, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { parseZonedDateTime } from "@/lib/publications/time";
import { timeZoneOf } from "@/lib/regencies/zone";
import { appendEvent } from "../events";
import { loadManagedWorkshop } from "../mutations";
import type { AddSessionInput } from "../schemas";
import { sessionStatus } from "./sql";

async function loadManagedSession(tx: Tx, actor: Actor, sessionId: string) {
  const s = await tx.workshopSession.findUnique({ where: { id: sessionId } });
  if (!s) throw new AppError("NOT_FOUND");
  const w = await loadManagedWorkshop(tx, actor, s.workshopId);
  return { s, w };
}

/** Schedules a session (date, start and end time in the regency's zone, venue). */
export async function addSession(actor: Actor, input: AddSessionInput): Promise<{ id: string }> {
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const w = await loadManagedWorkshop(tx, actor, input.workshopId);
      const timeZone = await timeZoneOf(tx, w.regencyId); // the regency's wall clock
      const startsAt = parseZonedDateTime(`${input.date}T${input.startTime}`, timeZone);
      const endsAt = parseZonedDateTime(`${input.date}T${input.endTime}`, timeZone);
      if (!startsAt || !endsAt) throw new AppError("INVALID", undefined, { date: ["common.validation.format"] });
      const data = { startsAt, endsAt, venue: input.venue || w.venue };
      const s = await tx.workshopSession.create({ data: { ...data, workshopId: w.id }, select: { id: true } });
      await recordAudit(
        tx,
        actor,
        "workshop_session.created",
        { type: "workshop_session", id: s.id, regencyId: w.regencyId },
        created({ workshopId: w.id, ...data }),
      );
      return s;
    }),
  );
}

/**
 * Starts a session now: from here on, joining participants are on its daftar hadir. Any other
 * running session of the workshop ends. A session whose end time has passed cannot start.
 */
export async function startSession(actor: Actor, input: { sessionId: string }, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const { s, w } = await loadManagedSession(tx, actor, input.sessionId);
    const status = sessionStatus(s, now);
    if (status === "running") return;
    if (status === "ended") throw new AppError("INVALID", "workshops.errors.sessionEnded");
    if (s.endsAt <= now) throw new AppError("INVALID", "workshops.errors.sessionPast");
    const others = await tx.workshopSession.findMany({
      where: { workshopId: w.id, id: { not: s.id }, startedAt: { not: null }, endedAt: null, endsAt: { gt: now } },
      select: { id: true },
    });
    for (const o of others) {
      await tx.workshopSession.update({ where: { id: o.id }, data: { endedAt: now, version: { increment: 1 } } });
      await recordAudit(
        tx,
        actor,
        "workshop_session.ended",
        { type: "workshop_session", id: o.id, regencyId: w.regencyId },
        { endedAt: [null, now] },
      );
    }
    const { count } = await tx.workshopSession.updateMany({
      where: { id: s.id, startedAt: null },
      data: { startedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT");
    await recordAudit(
      tx,
      actor,
      "workshop_session.started",
      { type: "workshop_session", id: s.id, regencyId: w.regencyId },
      { startedAt: [null, now] },
    );
    await appendEvent(tx, w.id, "session", "all", { sessionId: s.id, running: true });
  });
}

/** Ends a running session now: later joins are not on its daftar hadir. */
export async function endSession(actor: Actor, input: { sessionId: string }, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const { s, w } = await loadManagedSession(tx, actor, input.sessionId);
    if (sessionStatus(s, now) !== "running") return;
    const { count } = await tx.workshopSession.updateMany({
      where: { id: s.id, endedAt: null },
      data: { endedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) return;
    await recordAudit(
      tx,
      actor,
      "workshop_session.ended",
      { type: "workshop_session", id: s.id, regencyId: w.regencyId },
      { endedAt: [null, now] },
    );
    await appendEvent(tx, w.id, "session", "all", { sessionId: s.id, running: false });
  });
}

/** Removes a session scheduled by mistake (never started). */
export async function deleteSession(actor: Actor, input: { sessionId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { s, w } = await loadManagedSession(tx, actor, input.sessionId);
    if (s.startedAt) throw new AppError("INVALID", "workshops.errors.sessionStarted");
    await tx.workshopSession.delete({ where: { id: s.id } });
    await recordAudit(
      tx,
      actor,
      "workshop_session.deleted",
      { type: "workshop_session", id: s.id, regencyId: w.regencyId },
      { startsAt: [s.startsAt, null], endsAt: [s.endsAt, null], venue: [s.venue, null] },
    );
  });
}
