import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { assertMemberCan } from "@/lib/auth/regency-access";
import { created, recordAudit } from "@/lib/audit/record";
import { typeNameKey } from "@/lib/culture/instrument";
import { groupProfile } from "@/lib/culture/profiles/queries";
import type { ProposeFromGapInput } from "@/lib/culture/profiles/schemas";
import { cultureSourceRef } from "@/lib/culture/profiles/source-ref";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatNumber } from "@/lib/i18n/format";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { once } from "@/lib/idempotency";
import { insertChangeFromRating } from "./mutations";

// Re-culturing managed in the ISO cycle: a culture gap (lib/culture/profiles) becomes a change
// initiative and a quality objective. The records are written in Indonesian, the regency's working
// language (as ISO raises are).
const tId = () => createTranslator(loadMessages("id"));

/**
 * A gap above the regency's threshold proposes, in one transaction, a PDCA change initiative (phase
 * plan) and a quality objective for the type's score, both carrying the gap as sourceRef. The gap
 * is recomputed here from the answers, never taken from the form. Proposing a gap that already has
 * its initiative returns that one (a double click, two tabs): one gap, one initiative.
 */
export async function proposeChangeFromGap(
  actor: Actor,
  input: ProposeFromGapInput,
): Promise<{ changeId: string; objectiveId: string | null }> {
  assertMemberCan(actor, "culture.manage", input.regencyId);
  assertCan(actor, "iso.manage", input.regencyId);
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      // assertMemberCan above: the actor is a coordinator of this regency (or an admin)
      const regency = await tx.regency.findUnique({
        where: { id: input.regencyId },
        select: { id: true, name: true, kind: true, cultureGapThreshold: true },
      });
      if (!regency) throw new AppError("NOT_FOUND");
      const agency = input.agencyId
        ? await tx.agency.findFirst({ where: { id: input.agencyId, regencyId: regency.id }, select: { name: true } })
        : null;
      if (input.agencyId && !agency) throw new AppError("NOT_FOUND");
      const sourceRef = cultureSourceRef({ ...input, regencyId: regency.id });
      // concurrent proposals of the same gap queue here; the second then finds the first's records
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${sourceRef}))`;
      const existing = await tx.isoChangeInitiative.findFirst({
        where: { regencyId: regency.id, sourceRef },
        select: { id: true },
      });
      if (existing) {
        const objective = await tx.isoObjective.findFirst({
          where: { regencyId: regency.id, sourceRef },
          select: { id: true },
        });
        return { changeId: existing.id, objectiveId: objective?.id ?? null };
      }
      const g = await groupProfile(actor, regency.id, input.agencyId, input.period);
      if (!g.profile) throw new AppError("INVALID", "culture.profiles.errors.hidden");
      const threshold = regency.cultureGapThreshold;
      const gap = g.profile.gap[input.type];
      if (Math.abs(gap) <= threshold)
        throw new AppError("INVALID", "culture.profiles.errors.belowThreshold", undefined, { threshold });
      const t = tId();
      // the whole regency by its full name ("Kabupaten Pangandaran"), as on its letters
      const regencyName = `${t(`regencyKind.${regency.kind}`)} ${regency.name}`;
      const now = g.profile.now[input.type];
      const preferred = g.profile.preferred[input.type];
      const raise = gap > 0;
      // a year's step toward the preferred culture: all the way, or the threshold's worth
      const target = Math.round(now + Math.sign(gap) * Math.min(Math.abs(gap), threshold));
      const dueYear = new Date().getUTCFullYear() + 1;
      const params = {
        type: t(typeNameKey(input.type)).toLowerCase(),
        group: agency?.name ?? regencyName,
        period: input.period,
        now: formatNumber(now, "id", 1),
        preferred: formatNumber(preferred, "id", 1),
        gap: formatNumber(Math.abs(gap), "id", 1),
        threshold,
        from: Math.round(now),
        to: target,
        year: dueYear,
      };
      const title = t(raise ? "culture.profiles.propose.changeRaise" : "culture.profiles.propose.changeLower", params);
      const purpose = t(
        raise ? "culture.profiles.propose.purposeRaise" : "culture.profiles.propose.purposeLower",
        params,
      );
      const change = await insertChangeFromRating(tx, actor, { regencyId: regency.id, title, purpose, sourceRef });
      const objective = {
        regencyId: regency.id,
        title: t(raise ? "culture.profiles.propose.objectiveRaise" : "culture.profiles.propose.objectiveLower", params),
        indicator: t("culture.profiles.propose.indicator", params),
        unit: t("culture.profiles.propose.unit"),
        baseline: now,
        target,
        direction: raise ? ("increase" as const) : ("decrease" as const),
        dueDate: new Date(`${dueYear}-12-31T00:00:00Z`),
        sourceRef,
      };
      const o = await tx.isoObjective.create({ data: { ...objective, createdById: actor.id }, select: { id: true } });
      await recordAudit(
        tx,
        actor,
        "iso_objective.created",
        { type: "iso_objective", id: o.id, regencyId: regency.id },
        created(objective),
      );
      return { changeId: change.id, objectiveId: o.id };
    }),
  );
}
