import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** The register, highest level first (a regency keeps tens of entries: capped, no paging). */
export async function listRisks(actor: Actor, regencyId: string) {
  if (!can(actor, "iso.read", regencyId)) return null;
  return db.isoRisk.findMany({
    where: { regencyId },
    orderBy: [{ level: "desc" }, { reviewDate: "asc" }],
    take: 300,
    select: {
      id: true,
      kind: true,
      title: true,
      context: true,
      likelihood: true,
      impact: true,
      level: true,
      treatment: true,
      action: true,
      reviewDate: true,
      version: true,
      ownerPositionId: true,
      ownerPosition: { select: { title: true } },
    },
  });
}
export type RiskRow = NonNullable<Awaited<ReturnType<typeof listRisks>>>[number];

export async function listPositionOptions(actor: Actor, regencyId: string) {
  if (!can(actor, "iso.read", regencyId)) return null;
  return db.position.findMany({
    where: { regencyId },
    select: { id: true, title: true },
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
  });
}
