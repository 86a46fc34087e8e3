import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { cultureSourceLinks } from "@/lib/culture/profiles/links";

/** Whether the latest measurement reaches the target, given the direction. */
export function targetMet(
  o: { target: number; direction: "increase" | "decrease" },
  value: number | undefined,
): boolean | null {
  if (value === undefined) return null;
  return o.direction === "increase" ? value >= o.target : value <= o.target;
}

/** A regency's objectives with their measurements in period order (a regency keeps a handful: no paging). */
export async function listObjectives(actor: Actor, regencyId: string) {
  if (!can(actor, "iso.read", regencyId)) return null;
  const rows = await db.isoObjective.findMany({
    where: { regencyId },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      id: true,
      title: true,
      indicator: true,
      unit: true,
      baseline: true,
      target: true,
      direction: true,
      dueDate: true,
      sourceRef: true,
      ownerPosition: { select: { title: true } },
      measurements: {
        orderBy: { period: "asc" },
        select: {
          id: true,
          period: true,
          value: true,
          note: true,
          createdAt: true,
          recordedBy: { select: { name: true } },
        },
      },
    },
  });
  const sources = await cultureSourceLinks(rows.map((o) => o.sourceRef));
  return rows.map(({ sourceRef, ...o }) => ({
    ...o,
    met: targetMet(o, o.measurements.at(-1)?.value),
    cultureSource: (sourceRef && sources.get(sourceRef)) || null,
  }));
}
export type ObjectiveRow = NonNullable<Awaited<ReturnType<typeof listObjectives>>>[number];

export async function countObjectivesMet(actor: Actor, regencyId: string) {
  const rows = await listObjectives(actor, regencyId);
  if (!rows) return null;
  return { total: rows.length, met: rows.filter((r) => r.met === true).length };
}
