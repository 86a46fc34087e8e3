import "server-only";
import { aspirationFigures } from "@/lib/aspirations/queries";
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
  const [regency, weekly, byIssue, aspirations] = await Promise.all([
    publicAttentionOfRegency(db, regencyId, now),
    weeklyAttention(db, regencyId, now, 12),
    publicAttentionByIssue(db, regencyId, now),
    aspirationFigures(actor, regencyId, now),
  ]);
  const issues = byIssue.map((x) => ({ ...x, aspirations: aspirations?.byIssue.get(x.issueId) ?? null }));
  issues.sort((a, b) => Number(b.flagged) - Number(a.flagged) || b.weeks[0].views - a.weeks[0].views);
  return { regency: { ...regency, aspirations: aspirations?.regency ?? null }, weekly, issues };
}
export type PublicAttention = NonNullable<Awaited<ReturnType<typeof getPublicAttention>>>;

/** An issue's attention from the public, for its page inside Mekar; null when the actor may not read it or it is not public. */
export async function getIssuePublicInterest(actor: Actor, regencyId: string, issueId: string, now = new Date()) {
  if (!can(actor, "issues.read", regencyId)) return null;
  const [row] = await publicAttentionByIssue(db, regencyId, now, issueId);
  return row ?? null;
}
