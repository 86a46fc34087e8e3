import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import type { Role } from "./permissions";

export const REGENCY_COOKIE = "mekar-regency";

export type ActiveRegency = { id: string; name: string; slug: string; role: Role | null };

/**
 * The regency the actor is working in (the shell's switcher): the remembered one if the actor
 * is a member of it, else their first membership. An admin may pick any regency; with none
 * picked, their first membership, else the first new regency (DOB) by name. Null only for a
 * non-admin without memberships, or when there is no regency at all.
 */
export const getActiveRegency = cache(async (actor: Actor): Promise<ActiveRegency | null> => {
  const wanted = (await cookies()).get(REGENCY_COOKIE)?.value;
  const member =
    actor.memberships.find((m) => m.regencyId === wanted) ?? (actor.isAdmin ? undefined : actor.memberships[0]);
  if (member) return { id: member.regencyId, name: member.regencyName, slug: member.regencySlug, role: member.role };
  if (!actor.isAdmin) return null;
  const uuid = /^[0-9a-f-]{36}$/i.test(wanted ?? "") ? wanted : undefined;
  const regency =
    (uuid && (await db.regency.findUnique({ where: { id: uuid }, select: { id: true, name: true, slug: true } }))) ||
    (actor.memberships[0] && {
      id: actor.memberships[0].regencyId,
      name: actor.memberships[0].regencyName,
      slug: actor.memberships[0].regencySlug,
    }) ||
    (await db.regency.findFirst({
      where: { isDob: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true, slug: true },
    }));
  return regency ? { ...regency, role: null } : null;
});
