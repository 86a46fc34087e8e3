import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { created, recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";
import { loadManagedWorkshop } from "./mutations";
import { yieldsPotentials } from "./schemas";

/** The register's title for an answer: its first line, first letter capitalised, at most 200 characters. */
export function potentialTitle(answer: string): string {
  const line = answer.trim().split(/\r?\n/)[0].trim().slice(0, 200);
  return line.charAt(0).toLocaleUpperCase("id") + line.slice(1);
}

/**
 * Turns the chosen answers of one activity into entries of the regency's regional-potential
 * register, in one transaction: each a potential of the given sector, status "identified", with
 * the workshop and the answer as its source. An answer becomes one potential only: answers
 * already turned are skipped (their rows are locked first, so two submits cannot both turn one),
 * and a re-sent form (same key) returns the first result. A facilitator may do this
 * (workshops.manage): the entries start at "identified", the lowest rung, and everything after
 * (status, links) stays with the register's managers (regency.manage).
 */
export async function entriesToPotentials(
  actor: Actor,
  input: { idempotencyKey: string; activityId: string; entryIds: string[]; sector: string },
): Promise<{ created: number; skipped: number }> {
  return db.$transaction((tx) =>
    once(tx, input.idempotencyKey, actor.id, async () => {
      const a = await tx.workshopActivity.findUnique({
        where: { id: input.activityId },
        select: { id: true, kind: true, title: true, workshopId: true },
      });
      if (!a?.workshopId) throw new AppError("NOT_FOUND");
      const w = await loadManagedWorkshop(tx, actor, a.workshopId);
      if (!yieldsPotentials(a.kind)) throw new AppError("INVALID", "workshops.errors.notConvertible");
      const ids = [...new Set(input.entryIds)];
      const entries = await tx.$queryRaw<{ id: string; text: string }[]>`
        SELECT id, text FROM "WorkshopEntry"
        WHERE id = ANY(${ids}::uuid[]) AND "activityId" = ${a.id}::uuid AND NOT hidden AND text <> ''
        ORDER BY "createdAt", id FOR UPDATE`;
      if (entries.length !== ids.length) throw new AppError("NOT_FOUND");
      const taken = await tx.regionalPotential.findMany({ where: { entryId: { in: ids } }, select: { entryId: true } });
      const done = new Set(taken.map((p) => p.entryId));
      let count = 0;
      for (const e of entries) {
        if (done.has(e.id)) continue;
        const values = {
          sector: input.sector,
          title: potentialTitle(e.text),
          description: e.text.trim(), // where it was found is the potential's source, shown beside it
          status: "identified" as const,
        };
        const p = await tx.regionalPotential.create({
          data: { ...values, regencyId: w.regencyId, workshopId: w.id, entryId: e.id },
          select: { id: true },
        });
        await recordAudit(
          tx,
          actor,
          "regional_potential.found_in_workshop",
          { type: "regional_potential", id: p.id, regencyId: w.regencyId },
          created({ ...values, workshopId: w.id, entryId: e.id }),
        );
        count++;
      }
      return { created: count, skipped: entries.length - count };
    }),
  );
}
