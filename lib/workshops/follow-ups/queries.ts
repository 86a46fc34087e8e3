import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { whereActorMay } from "@/lib/auth/regency-access";
import { db } from "@/lib/db";
import { positionIdsHeldBy } from "@/lib/leadership/holders";
import { regencyToday } from "@/lib/regencies/zone";
import { OPEN_FOLLOW_UP } from "./schemas";
import { isFollowUpOverdue } from "./sql";

const followUpRow = {
  id: true,
  text: true,
  dueDate: true,
  status: true,
  version: true,
  createdAt: true,
  ownerPositionId: true,
  ownerPosition: { select: { title: true } },
  issue: { select: { id: true, number: true, title: true } },
  workshop: { select: { id: true, title: true } },
  entry: { select: { activity: { select: { title: true } } } },
  regency: { select: { timeZone: true } },
} as const;

type Row = {
  id: string;
  text: string;
  dueDate: Date;
  status: string;
  version: number;
  createdAt: Date;
  ownerPositionId: string;
  ownerPosition: { title: string };
  issue: { id: string; number: number; title: string };
  workshop: { id: string; title: string } | null;
  entry: { activity: { title: string } } | null;
  regency: { timeZone: string };
};

function view(f: Row, now: Date, canChange: boolean) {
  return {
    id: f.id,
    text: f.text,
    dueDate: f.dueDate,
    status: f.status,
    version: f.version,
    ownerTitle: f.ownerPosition.title,
    issue: f.issue,
    workshop: f.workshop,
    activityTitle: f.entry?.activity.title ?? null,
    overdue: isFollowUpOverdue(f, now, f.regency.timeZone),
    canChange,
  };
}
export type FollowUpView = ReturnType<typeof view>;

/** The "Rencana tindak lanjut" of an issue, by due date; null when the actor may not read the issue. */
export async function issueFollowUps(actor: Actor, issueId: string, now = new Date()) {
  const issue = await db.issue.findFirst({
    where: { id: issueId, ...whereActorMay(actor, "issues.read") },
    select: { regencyId: true },
  });
  if (!issue) return null;
  const rows = await db.followUp.findMany({
    where: { issueId },
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
    take: 200,
    select: followUpRow,
  });
  const manager = can(actor, "issues.manage", issue.regencyId);
  const held =
    !manager && can(actor, "issues.update", issue.regencyId)
      ? await positionIdsHeldBy(db, actor.id, issue.regencyId)
      : [];
  return rows.map((f) => view(f, now, manager || held.includes(f.ownerPositionId)));
}

/** Follow-ups that came out of a workshop (its session summary); null when the workshop is hidden. */
export async function workshopFollowUps(actor: Actor, workshopId: string, now = new Date()) {
  const w = await db.workshop.findFirst({
    where: { id: workshopId, ...whereActorMay(actor, "workshops.read") },
    select: { regencyId: true },
  });
  if (!w) return null;
  if (!can(actor, "issues.read", w.regencyId)) return [];
  const rows = await db.followUp.findMany({
    where: { workshopId },
    orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }],
    take: 500,
    select: followUpRow,
  });
  return rows.map((f) => view(f, now, false));
}

/**
 * Overdue follow-ups of a regency (due date passed, still planned or in progress), most overdue
 * first: for dashboards. An empty list when the actor may not read the regency's issues.
 */
const overdueWhere = async (regencyId: string, now: Date) => ({
  regencyId,
  status: { in: OPEN_FOLLOW_UP },
  dueDate: { lt: await regencyToday(regencyId, now) },
});

/** How many follow-ups of the regency are past their due date (0 for whom may not read its issues). */
export async function countOverdueFollowUps(actor: Actor, regencyId: string, now = new Date()) {
  return can(actor, "issues.read", regencyId) ? db.followUp.count({ where: await overdueWhere(regencyId, now) }) : 0;
}

export async function overdueFollowUps(actor: Actor, regencyId: string, limit = 10, now = new Date()) {
  if (!can(actor, "issues.read", regencyId)) return [];
  const rows = await db.followUp.findMany({
    where: await overdueWhere(regencyId, now),
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take: Math.max(1, Math.min(limit, 200)),
    select: followUpRow,
  });
  return rows.map((f) => view(f, now, false));
}
