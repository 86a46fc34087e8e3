import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { requestContext } from "@/lib/request-context";
import type { Actor } from "./actor";
import { auth } from "./auth";

/** The signed-in, enabled user with current memberships, or null. Once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { user?: { id?: string }; sv?: number } | null;
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true, name: true, email: true, isAdmin: true, disabledAt: true, sessionVersion: true,
      memberships: { select: { role: true, regency: { select: { id: true, name: true, slug: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== (session?.sv ?? 0)) return null;
  const ctx = await requestContext();
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    isAdmin: user.isAdmin,
    memberships: user.memberships.map((m) => ({ regencyId: m.regency.id, regencyName: m.regency.name, regencySlug: m.regency.slug, role: m.role })),
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  };
});

/** For pages: the actor, or a redirect to the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}
