import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** Issues of the regency with their active key messages (narasi tunggal). */
export async function listNarrative(actor: Actor, regencyId: string) {
  if (!can(actor, "publications.read", regencyId)) return null;
  return db.issue.findMany({
    where: { regencyId, triage: { in: ["pending", "accepted"] } },
    orderBy: { number: "desc" },
    take: 200,
    select: {
      id: true,
      number: true,
      title: true,
      narrativeMessages: {
        where: { retiredAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, text: true, version: true, createdAt: true, approvedBy: { select: { name: true } } },
      },
    },
  });
}
