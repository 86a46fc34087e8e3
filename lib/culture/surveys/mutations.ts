import "server-only";
import { randomInt } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { assertMemberCan, whereActorMay } from "@/lib/auth/regency-access";
import { created, recordAudit } from "@/lib/audit/record";
import { CURRENT_INSTRUMENT_VERSION } from "@/lib/culture/instrument";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { timeZoneOf } from "@/lib/regencies/zone";
import { conflictIfStale, saveVersioned } from "@/lib/versioned";
import type { CloseSurveyInput, CreateSurveyInput, UpdateSurveyDatesInput } from "./schemas";
import { surveyState, windowOf } from "./window";

// The coordinator's side of a culture survey: open one (an agency of the regency or the whole
// regency), move its dates (versioned), close it early. Each audited in its transaction. The
// respondents' side (anonymous) is in ./respond.ts.

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: read aloud and typed on phones

/** A survey code: 8 characters, about 10^12 of them, so a code cannot be guessed. */
export function newSurveyCode(): string {
  return Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

export async function createSurvey(actor: Actor, input: CreateSurveyInput): Promise<{ id: string }> {
  assertMemberCan(actor, "culture.manage", input.regencyId);
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const agencyId = input.agencyId || null;
      if (agencyId) {
        // "this reference belongs to the same regency": another regency's OPD is refused
        const agency = await tx.agency.findFirst({
          where: { id: agencyId, regencyId: input.regencyId },
          select: { id: true },
        });
        if (!agency)
          throw new AppError("INVALID", "culture.surveys.errors.agency", {
            agencyId: ["culture.surveys.errors.agency"],
          });
      }
      const window = windowOf(input.opensOn, input.closesOn, await timeZoneOf(tx, input.regencyId));
      const values = {
        agencyId,
        period: input.period,
        title: input.title,
        instrumentVersion: CURRENT_INSTRUMENT_VERSION,
        ...window,
      };
      const s = await tx.cultureSurvey.create({
        data: { ...values, regencyId: input.regencyId, code: newSurveyCode(), createdById: actor.id },
        select: { id: true, code: true },
      });
      await recordAudit(
        tx,
        actor,
        "culture_survey.created",
        { type: "culture_survey", id: s.id, regencyId: input.regencyId },
        created({ ...values, code: s.code }),
      );
      return { id: s.id };
    }),
  );
}

async function loadManagedSurvey(tx: Tx, actor: Actor, surveyId: string) {
  const s = await tx.cultureSurvey.findFirst({
    where: { id: surveyId, ...whereActorMay(actor, "culture.read") },
    select: { id: true, regencyId: true, version: true, opensAt: true, closesAt: true },
  });
  if (!s) throw new AppError("NOT_FOUND");
  assertMemberCan(actor, "culture.manage", s.regencyId);
  return s;
}

/** New first and last days (the regency's calendar); answers already given stay. */
export async function updateSurveyDates(actor: Actor, input: UpdateSurveyDatesInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await loadManagedSurvey(tx, actor, input.surveyId);
    const after = windowOf(input.opensOn, input.closesOn, await timeZoneOf(tx, before.regencyId));
    await saveVersioned(tx, actor, {
      version: input.version,
      before,
      after,
      fields: ["opensAt", "closesAt"],
      write: () =>
        tx.cultureSurvey.update({
          where: { id: before.id, version: input.version },
          data: { ...after, version: { increment: 1 } },
        }),
      action: "culture_survey.updated",
      entity: { type: "culture_survey", id: before.id, regencyId: before.regencyId },
    });
  });
}

/** Stops taking answers now (an open survey only). */
export async function closeSurvey(actor: Actor, input: CloseSurveyInput, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await loadManagedSurvey(tx, actor, input.surveyId);
    if (surveyState(before, now) !== "open") throw new AppError("INVALID", "culture.surveys.errors.notOpen");
    await conflictIfStale(() =>
      tx.cultureSurvey.update({
        where: { id: before.id, version: input.version },
        data: { closesAt: now, version: { increment: 1 } },
      }),
    );
    await recordAudit(
      tx,
      actor,
      "culture_survey.closed",
      { type: "culture_survey", id: before.id, regencyId: before.regencyId },
      { closesAt: [before.closesAt, now] },
    );
  });
}
