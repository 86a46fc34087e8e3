import type { Actor } from "./actor";
import { roleCan } from "./permissions";

/**
 * Who must have a second factor before anything else: admins and whoever may approve for a
 * regency (the coordinators; publications.approve is theirs alone in the permission table).
 */
export function mustUseSecondFactor(actor: Pick<Actor, "isAdmin" | "memberships">): boolean {
  return actor.isAdmin || actor.memberships.some((m) => roleCan(m.role, "publications.approve"));
}

/** Where an admin or coordinator without a second factor is sent (outside the portal shell). */
export const ENROL_PATH = "/second-factor";
