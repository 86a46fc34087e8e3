import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireActor } from "@/lib/auth/session";
import { getRegencyBySlug } from "@/lib/regencies/queries";

/** The signed-in actor and the regency of the URL, or 404 when the actor may not read it. */
export const loadRegency = cache(async (slug: string) => {
  const actor = await requireActor();
  const regency = /^[a-z0-9-]{1,80}$/.test(slug) ? await getRegencyBySlug(actor, slug) : null;
  if (!regency) notFound();
  return { actor, regency };
});
