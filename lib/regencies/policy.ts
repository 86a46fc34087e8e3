import type { Actor } from "@/lib/auth/actor";
import { regencyIdsWith, type Permission } from "@/lib/auth/permissions";

/** A where fragment on Regency.id for the regencies the actor may see under a permission. */
export function visibleRegencies(actor: Actor, permission: Permission = "regency.read"): { id?: { in: string[] } } {
  const ids = regencyIdsWith(actor, permission);
  return ids === "all" ? {} : { id: { in: ids } };
}
