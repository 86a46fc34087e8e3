import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { REGENCY_COOKIE, REGENCY_REF } from "./regency-cookie";
import type { Role } from "./permissions";

/** `chosen`: picked by the actor (switcher, link), not the default. */
export type ActiveRegency = {
  id: string;
  name: string;
  slug: string;
  /** IANA zone (lib/regencies/time-zone.ts): dates and times of the regency's records are shown in it. */
  timeZone: string;
  role: Role | null;
  chosen: boolean;
};

/**
 * The regency the actor is working in (the shell's switcher, /regencies "work here", or a link's
 * `?regency=`): the remembered one if the actor is a member of it, else their first membership.
 * An admin may pick any regency; with none picked, their first membership, else the first new
 * regency (DOB) by name. Null only for a non-admin without memberships, or with no regency at all.
 */
export const getActiveRegency = cache(async (actor: Actor): Promise<ActiveRegency | null> => {
  const wanted = await wantedRegencyId((await cookies()).get(REGENCY_COOKIE)?.value, actor);
  const member =
    actor.memberships.find((m) => m.regencyId === wanted) ?? (actor.isAdmin ? undefined : actor.memberships[0]);
  if (member)
    return {
      id: member.regencyId,
      name: member.regencyName,
      slug: member.regencySlug,
      timeZone: member.regencyTimeZone,
      role: member.role,
      chosen: member.regencyId === wanted,
    };
  if (!actor.isAdmin) return null;
  const regency =
    (wanted &&
      (await db.regency.findUnique({
        where: { id: wanted },
        select: { id: true, name: true, slug: true, timeZone: true },
      }))) ||
    (actor.memberships[0] && {
      id: actor.memberships[0].regencyId,
      name: actor.memberships[0].regencyName,
      slug: actor.memberships[0].regencySlug,
      timeZone: actor.memberships[0].regencyTimeZone,
    }) ||
    (await db.regency.findFirst({
      where: { isDob: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true, slug: true, timeZone: true },
    }));
  return regency ? { ...regency, role: null, chosen: regency.id === wanted } : null;
});

/**
 * The cookie names a regency by id (the switcher) or, from a link's `?regency=` (proxy.ts), by
 * slug or Kemendagri code ("malaka", "53.21"). A member's own regencies resolve without a query.
 */
async function wantedRegencyId(value: string | undefined, actor: Actor): Promise<string | undefined> {
  if (!value) return undefined;
  if (/^[0-9a-f-]{36}$/i.test(value)) return value;
  const own = actor.memberships.find((m) => m.regencySlug === value);
  if (own) return own.regencyId;
  if (!REGENCY_REF.test(value)) return undefined;
  const found = await db.regency.findFirst({ where: { OR: [{ slug: value }, { code: value }] }, select: { id: true } });
  return found?.id;
}
