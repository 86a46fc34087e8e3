import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { visibleWorkshops } from "./policy";

/** The workshops' verdicts on an issue (suggested priorities), newest first; null when hidden. */
export async function issueVerdicts(actor: Actor, issue: { id: string; regencyId: string }) {
  if (!can(actor, "issues.read", issue.regencyId)) return null;
  return db.issueWorkshopVerdict.findMany({
    where: { issueId: issue.id, regencyId: issue.regencyId },
    orderBy: [{ appliedAt: "desc" }, { id: "asc" }],
    take: 20,
    select: {
      id: true,
      workshopId: true,
      activityId: true,
      workshopTitle: true,
      heldOn: true,
      rank: true,
      optionCount: true,
      points: true,
      voters: true,
      meanRank: true,
      spread: true,
    },
  });
}
export type IssueVerdict = NonNullable<Awaited<ReturnType<typeof issueVerdicts>>>[number];

/** Open accepted issues of the regency a ranking can put to the vote, newest first. */
export async function listRankableIssues(actor: Actor, regencyId: string) {
  if (!can(actor, "workshops.manage", regencyId) || !can(actor, "issues.read", regencyId)) return [];
  return db.issue.findMany({
    where: { regencyId, triage: "accepted", stage: { not: "closed" } },
    orderBy: [{ priority: "desc" }, { number: "asc" }],
    take: 60,
    select: { id: true, number: true, title: true },
  });
}

/** Whether a ranking's verdict was applied, and whether the actor may apply it. */
export async function rankingVerdictState(
  actor: Actor,
  activity: { id: string; regencyId: string; workshopId: string | null },
) {
  const w = activity.workshopId
    ? await db.workshop.findFirst({
        where: { id: activity.workshopId, ...visibleWorkshops(actor) },
        select: { id: true },
      })
    : null;
  if (!w) return null;
  const applied = await db.issueWorkshopVerdict.findMany({
    where: { activityId: activity.id },
    orderBy: { rank: "asc" },
    select: {
      rank: true,
      optionCount: true,
      appliedAt: true,
      issue: { select: { id: true, number: true, title: true } },
    },
  });
  return { applied, canApply: can(actor, "issues.manage", activity.regencyId) };
}
