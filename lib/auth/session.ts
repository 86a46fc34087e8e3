import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { requestContext } from "@/lib/request-context";
import type { Actor } from "./actor";
import { auth } from "./auth";
import { oversightMemberships } from "./oversight";
import { liveSession } from "./sessions";
import { ENROL_PATH, mustUseSecondFactor } from "./second-factor-policy";

/**
 * The signed-in user behind this request: a JWT naming a live server-side session, an enabled
 * account, current memberships. `mustEnrol`: an admin or coordinator without a second factor,
 * who may open nothing but the enrolment page. Once per request.
 */
export const getSession = cache(async (): Promise<{ actor: Actor; mustEnrol: boolean } | null> => {
  const session = (await auth()) as { user?: { id?: string }; sv?: number; sid?: string } | null;
  const id = session?.user?.id;
  if (!id || !session?.sid) return null;
  const live = await liveSession(session.sid);
  if (!live || live.userId !== id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      isAdmin: true,
      disabledAt: true,
      sessionVersion: true,
      totpEnabledAt: true,
      oversight: { select: { province: true } },
      memberships: {
        select: { role: true, regency: { select: { id: true, name: true, slug: true, timeZone: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== (session.sv ?? 0)) return null;
  const ctx = await requestContext();
  const actor: Actor = {
    id: user.id,
    name: user.name,
    email: user.email,
    isAdmin: user.isAdmin,
    // a supervisor reads every regency of their scope as "oversight" (lib/auth/oversight.ts)
    memberships: await oversightMemberships(
      user.oversight,
      user.memberships.map((m) => ({
        regencyId: m.regency.id,
        regencyName: m.regency.name,
        regencySlug: m.regency.slug,
        regencyTimeZone: m.regency.timeZone,
        role: m.role,
      })),
    ),
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    sessionId: live.id,
    verifiedAt: live.verifiedAt,
  };
  return { actor, mustEnrol: !user.totpEnabledAt && mustUseSecondFactor(actor) };
});

/** The signed-in, enabled user with current memberships, or null (also while enrolment is owed). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getSession();
  return session && !session.mustEnrol ? session.actor : null;
});

/** For pages: the actor, or a redirect to the login page (or to the owed enrolment). */
export async function requireActor(): Promise<Actor> {
  const session = await getSession();
  if (!session) redirect("/login");
  if (session.mustEnrol) redirect(ENROL_PATH);
  return session.actor;
}
