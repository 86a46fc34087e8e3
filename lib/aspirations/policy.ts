import type { Actor } from "@/lib/auth/actor";
import { regencyIdsWith } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { openTermWhere } from "@/lib/leadership/holders";

/** Agencies where the actor holds a position today (an official's "own" agencies). */
export const agenciesHeldBy = (actor: Actor): Prisma.AgencyWhereInput => ({
  positions: { some: { terms: { some: { userId: actor.id, ...openTermWhere() } } } },
});

/**
 * Which aspirations an actor sees: every one of the regencies where they may see all (coordinator,
 * humas), and in the others where they may read, those forwarded to an agency where they hold a
 * position. Every query and mutation of the domain loads through it.
 */
export function visibleAspirations(actor: Actor): Prisma.AspirationWhereInput {
  const all = regencyIdsWith(actor, "aspirations.all");
  if (all === "all") return {};
  const some = (regencyIdsWith(actor, "aspirations.read") as string[]).filter((id) => !all.includes(id));
  return {
    OR: [
      { regencyId: { in: all } },
      { regencyId: { in: some }, forwardedAgency: agenciesHeldBy(actor), status: { not: "received" } },
    ],
  };
}
