import "server-only";
import { cache } from "react";
import { requireActor } from "@/lib/auth/session";
import { getIssue } from "@/lib/issues/queries";

/** The actor and the issue of the URL (null when hidden); cached so the title and the page share one read. */
export const loadIssue = cache(async (id: string) => {
  const actor = await requireActor();
  return { actor, issue: await getIssue(actor, id) };
});
