import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { publicAttentionByIssue, publicAttentionOfRegency, weeklyAttention } from "./sql";

/**
 * The public's attention on the coordinator's dashboard (whole-regency view: coordinator and
 * oversight), null for anyone else. Counts only: no follower's address is read.
 */
export async function getPublicAttention(actor: Actor, regencyId: string, now = new Date()) {
  if (!can(actor, "dashboard.whole", regencyId)) return null;
  const [regency, weekly, issues] = await Promise.all([
    publicAttentionOfRegency(db, regencyId, now),
    weeklyAttention(db, regencyId, now, 12),
    publicAttentionByIssue(db, regencyId, now),
  ]);
  issues.sort((a, b) => Number(b.flagged) - Number(a.flagged) || b.weeks[0].views - a.weeks[0].views);
  return { regency, weekly, issues };
}
export type PublicAttention = NonNullable<Awaited<ReturnType<typeof getPublicAttention>>>;

/** An issue's attention from the public, for its page inside Mekar; null when the actor may not read it or it is not public. */
export async function getIssuePublicInterest(actor: Actor, regencyId: string, issueId: string, now = new Date()) {
  if (!can(actor, "issues.read", regencyId)) return null;
  const [row] = await publicAttentionByIssue(db, regencyId, now, issueId);
  return row ?? null;
}
