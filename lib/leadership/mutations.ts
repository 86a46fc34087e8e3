import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertMemberCan } from "@/lib/auth/regency-access";
import { created, diff, recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { conflictIfStale, saveVersioned } from "@/lib/versioned";
import { notify } from "@/lib/notifications/notify";
import { assertSameRegency } from "@/lib/regencies/references";

import { summarizePositionWork } from "./position-work";
import {
  COORDINATOR_KINDS,
  type AppointHolderInput,
  type CreatePositionInput,
  type EndTermInput,
  type UpdateLeaderProfileInput,
} from "./schemas";
import { DAY_MS } from "@/lib/time";

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "…");

type TermSpan = { id: string; personName: string; startDate: Date; endDate: Date | null };

/** Inclusive date ranges; a null end is open. */
function overlaps(a: { startDate: Date; endDate: Date | null }, b: { startDate: Date; endDate: Date | null }): boolean {
  return (a.endDate === null || a.endDate >= b.startDate) && (b.endDate === null || b.endDate >= a.startDate);
}

function overlapError(t: TermSpan, field: string): AppError {
  return new AppError(
    "INVALID",
    "leadership.errors.termOverlap",
    { [field]: ["leadership.errors.termOverlap"] },
    { person: t.personName, start: isoDay(t.startDate), end: isoDay(t.endDate) },
  );
}

/** Serializes changes to one position's terms (two handovers at once cannot both pass the overlap check). */
async function lockPosition(tx: Tx, positionId: string) {
  const rows = await tx.$queryRaw<
    { id: string; regencyId: string; title: string }[]
  >`SELECT id, "regencyId", title FROM "Position" WHERE id = ${positionId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

export async function createPosition(actor: Actor, input: CreatePositionInput): Promise<{ id: string }> {
  assertMemberCan(actor, "leadership.manage", input.regencyId);
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      await assertSameRegency(tx, input.regencyId, "agency", input.agencyId, "agencyId");
      const last = await tx.position.aggregate({ where: { regencyId: input.regencyId }, _max: { sortOrder: true } });
      const values = {
        kind: input.kind,
        title: input.title,
        agencyId: input.agencyId,
        dprdCommission: input.kind === "anggota_dprd" ? input.dprdCommission : null,
      };
      const p = await tx.position.create({
        data: { regencyId: input.regencyId, ...values, sortOrder: (last._max.sortOrder ?? 0) + 10 },
      });
      await recordAudit(
        tx,
        actor,
        "position.created",
        { type: "position", id: p.id, regencyId: input.regencyId },
        created(values),
      );
      return { id: p.id };
    }),
  );
}

/**
 * Appoints a holder to a position. When someone holds it on the start date, this is a
 * handover (serah terima): in one transaction the old term closes the day before, the new one
 * opens, and the handover records what the position owned at that moment (it all follows the
 * position to the new holder). Any other overlapping term is rejected with a clear message.
 */
export async function appointHolder(
  actor: Actor,
  input: AppointHolderInput,
): Promise<{ termId: string; handoverId: string }> {
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const position = await lockPosition(tx, input.positionId);
      if (!position) throw new AppError("NOT_FOUND");
      assertMemberCan(actor, "leadership.manage", position.regencyId);
      await assertSameRegency(tx, position.regencyId, "member", input.userId, "userId");
      const terms = await tx.positionTerm.findMany({
        where: { positionId: position.id },
        orderBy: { startDate: "asc" },
        select: { id: true, personName: true, appointment: true, startDate: true, endDate: true, version: true },
      });
      const span = { startDate: input.startDate, endDate: input.endDate };
      const latest = terms[terms.length - 1];
      let previous: (typeof terms)[number] | null = null;
      for (const t of terms) {
        if (!overlaps(t, span)) continue;
        // the latest term, begun before the new one: it is handed over, not a clash
        if (t === latest && t.startDate < input.startDate && !previous) {
          previous = t;
          continue;
        }
        throw overlapError(t, "startDate");
      }
      const previousEnd = new Date(input.startDate.getTime() - DAY_MS);
      if (previous) {
        await conflictIfStale(() =>
          tx.positionTerm.update({
            where: { id: previous.id, version: previous.version },
            data: { endDate: previousEnd, version: { increment: 1 } },
          }),
        );
      }
      const term = await tx.positionTerm.create({
        data: {
          positionId: position.id,
          personName: input.personName,
          appointment: input.appointment,
          startDate: input.startDate,
          endDate: input.endDate,
          userId: input.userId,
        },
      });
      const moved = await summarizePositionWork(tx, position.id);
      const handover = await tx.positionHandover.create({
        data: {
          regencyId: position.regencyId,
          positionId: position.id,
          fromTermId: previous?.id ?? null,
          toTermId: term.id,
          handedOverOn: input.startDate,
          moved,
          recordedById: actor.id,
        },
      });
      const changes: Record<string, unknown> = {
        holder: [previous?.personName ?? null, input.personName],
        appointment: [previous?.appointment ?? null, input.appointment],
        startDate: [null, isoDay(input.startDate)],
        endDate: [null, input.endDate ? isoDay(input.endDate) : null],
        moved: [null, moved],
      };
      if (previous) changes.previousTermEnd = [previous.endDate ? isoDay(previous.endDate) : null, isoDay(previousEnd)];
      await recordAudit(
        tx,
        actor,
        "position.holder_appointed",
        { type: "position", id: position.id, regencyId: position.regencyId },
        changes,
      );
      if (input.userId) {
        const regency = await tx.regency.findUniqueOrThrow({
          where: { id: position.regencyId },
          select: { slug: true },
        });
        await notify(
          tx,
          [input.userId],
          {
            kind: "leadership.appointed",
            regencyId: position.regencyId,
            link: `/regencies/${regency.slug}/leadership`,
            params: { position: position.title },
          },
          actor.id,
        );
      }
      return { termId: term.id, handoverId: handover.id };
    }),
  );
}

/** Ends a term (the position becomes a gap to fill after that date unless someone follows). */
export async function endTerm(actor: Actor, input: EndTermInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const term = await tx.positionTerm.findUnique({
      where: { id: input.termId },
      select: { id: true, positionId: true, personName: true, startDate: true, endDate: true },
    });
    if (!term) throw new AppError("NOT_FOUND");
    const position = await lockPosition(tx, term.positionId);
    if (!position) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "leadership.manage", position.regencyId);
    if (input.endDate < term.startDate)
      throw new AppError("INVALID", "common.errors.invalid", { endDate: ["leadership.errors.endBeforeStart"] });
    const others = await tx.positionTerm.findMany({
      where: { positionId: term.positionId, id: { not: term.id } },
      select: { id: true, personName: true, startDate: true, endDate: true },
    });
    const clash = others.find((o) => overlaps(o, { startDate: term.startDate, endDate: input.endDate }));
    if (clash) throw overlapError(clash, "endDate");
    await conflictIfStale(() =>
      tx.positionTerm.update({
        where: { id: term.id, version: input.version },
        data: { endDate: input.endDate, version: { increment: 1 } },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "position_term.ended",
      { type: "position_term", id: term.id, regencyId: position.regencyId },
      diff({ endDate: term.endDate }, { endDate: input.endDate }, ["endDate"]),
    );
  });
}

/** Designates the regency's one issue-management coordinator position (Wakil Bupati or Sekda). */
export async function setCoordinatorPosition(actor: Actor, input: { positionId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const position = await tx.position.findUnique({
      where: { id: input.positionId },
      select: { id: true, regencyId: true, kind: true, title: true, isCoordinator: true },
    });
    if (!position) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "leadership.manage", position.regencyId);
    if (!(COORDINATOR_KINDS as readonly string[]).includes(position.kind))
      throw new AppError("INVALID", "leadership.errors.coordinatorKind");
    // one coordinator per regency: serialize designations on the regency row
    await tx.$queryRaw`SELECT id FROM "Regency" WHERE id = ${position.regencyId}::uuid FOR UPDATE`;
    const current = await tx.position.findMany({
      where: { regencyId: position.regencyId, isCoordinator: true },
      select: { id: true, title: true },
    });
    if (current.length === 1 && current[0].id === position.id) return;
    await tx.position.updateMany({
      where: { regencyId: position.regencyId, isCoordinator: true, id: { not: position.id } },
      data: { isCoordinator: false, version: { increment: 1 } },
    });
    await tx.position.update({ where: { id: position.id }, data: { isCoordinator: true, version: { increment: 1 } } });
    await recordAudit(
      tx,
      actor,
      "position.coordinator_designated",
      { type: "position", id: position.id, regencyId: position.regencyId },
      { coordinator: [current.map((c) => c.title).join(", ") || null, position.title] },
    );
  });
}

const PROFILE_FIELDS = ["background", "disciplines", "profileNotes"] as const;

export async function updateLeaderProfile(actor: Actor, input: UpdateLeaderProfileInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const term = await tx.positionTerm.findUnique({
      where: { id: input.termId },
      select: {
        version: true,
        background: true,
        disciplines: true,
        profileNotes: true,
        position: { select: { regencyId: true } },
      },
    });
    if (!term) throw new AppError("NOT_FOUND");
    assertMemberCan(actor, "leadership.manage", term.position.regencyId);
    const data = {
      background: input.background,
      disciplines: input.disciplines,
      profileNotes: input.profileNotes,
    };
    await saveVersioned(tx, actor, {
      version: input.version,
      before: term,
      after: data,
      fields: PROFILE_FIELDS,
      write: () =>
        tx.positionTerm.update({
          where: { id: input.termId, version: input.version },
          data: { ...data, version: { increment: 1 } },
        }),
      action: "position_term.profile_updated",
      entity: { type: "position_term", id: input.termId, regencyId: term.position.regencyId },
    });
  });
}
