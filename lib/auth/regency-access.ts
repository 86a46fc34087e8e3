import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { assertCan, regencyIdsWith, type Permission } from "./permissions";

/**
 * Row scope: a where fragment on a row's `regencyId` that keeps only the regencies where the
 * actor holds the permission (no restriction for an admin). Every query and every mutation's
 * load goes through it, so a row outside the scope is simply not found.
 */
export function whereActorMay(actor: Actor, permission: Permission): { regencyId?: { in: string[] } } {
  const ids = regencyIdsWith(actor, permission);
  return ids === "all" ? {} : { regencyId: { in: ids } };
}

/**
 * "Outside your regencies it does not exist, inside it you may not": NOT_FOUND when the actor is
 * not a member of the regency (an admin is everywhere), FORBIDDEN when a member's role lacks the
 * permission. For writes whose regency comes from the input or from a row loaded by id.
 */
export function assertMemberCan(actor: Actor, permission: Permission, regencyId: string): void {
  if (!actor.isAdmin && !actor.memberships.some((m) => m.regencyId === regencyId)) throw new AppError("NOT_FOUND");
  assertCan(actor, permission, regencyId);
}
