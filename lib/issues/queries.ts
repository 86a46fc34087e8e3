import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { openTermWhere, positionIdsHeldBy } from "@/lib/leadership/holders";
import { localDay } from "@/lib/regencies/time-zone";
import { attentionOf, isOverdue } from "./attention";
import { queryIssueList } from "./list-sql";
import { allowedStages, canWorkOn } from "./policy";
import type { IssueFilter } from "./schemas";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One page of the regency's register (or triage queue); null when the actor may not read it. */
export async function listIssues(actor: Actor, regencyId: string, filter: IssueFilter, now = new Date()) {
  if (!can(actor, "issues.read", regencyId)) return null;
  const positionIds = filter.mine ? await positionIdsHeldBy(db, actor.id, regencyId) : undefined;
  return queryIssueList(db, regencyId, { ...filter, positionIds }, now);
}

/** The filtered list for CSV export (up to 10,000 rows, same rules as the page). */
export async function exportIssues(actor: Actor, regencyId: string, filter: IssueFilter, now = new Date()) {
  if (!can(actor, "issues.read", regencyId)) return null;
  const positionIds = filter.mine ? await positionIdsHeldBy(db, actor.id, regencyId) : undefined;
  return (await queryIssueList(db, regencyId, { ...filter, after: undefined, positionIds }, now, 10_000)).rows;
}

export async function getIssue(actor: Actor, id: string, now = new Date()) {
  if (!UUID.test(id)) return null;
  const issue = await db.issue.findUnique({
    where: { id },
    select: {
      id: true,
      regencyId: true,
      number: true,
      title: true,
      description: true,
      category: true,
      stage: true,
      lifecycle: true,
      triage: true,
      impact: true,
      urgency: true,
      priority: true,
      percentDone: true,
      dueDate: true,
      reviewCadenceDays: true,
      lastOwnerUpdateAt: true,
      acceptedAt: true,
      closedAt: true,
      evaluationNote: true,
      triageReason: true,
      isPublic: true,
      source: true,
      sourceRef: true,
      programs: true,
      tags: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      agencyId: true,
      ownerPositionId: true,
      regency: { select: { slug: true, name: true, timeZone: true } },
      agency: { select: { id: true, name: true, shortName: true } },
      ownerPosition: { select: { id: true, title: true } },
      mergedInto: { select: { id: true, number: true, title: true } },
      createdBy: { select: { name: true } },
      supporters: { select: { position: { select: { id: true, title: true } } } },
      updates: {
        orderBy: { createdAt: "desc" },
        take: 200,
        select: {
          id: true,
          kind: true,
          body: true,
          percentDone: true,
          fromStage: true,
          toStage: true,
          byOwner: true,
          isPublic: true,
          authorName: true,
          createdAt: true,
        },
      },
    },
  });
  if (!issue || !can(actor, "issues.read", issue.regencyId)) return null;
  const [held, followUpsOverdue] = await Promise.all([
    positionIdsHeldBy(db, actor.id, issue.regencyId),
    // rencana tindak lanjut past their due date, still planned or in progress: attention too
    db.followUp.count({
      where: {
        issueId: issue.id,
        status: { in: ["planned", "in_progress"] },
        dueDate: { lt: new Date(`${localDay(now, issue.regency.timeZone)}T00:00:00Z`) }, // the regency's today
      },
    }),
  ]);
  const supporterIds = issue.supporters.map((s) => s.position.id);
  return {
    ...issue,
    attention: attentionOf(issue, now, issue.regency.timeZone),
    overdue: isOverdue(issue, now, issue.regency.timeZone),
    followUpsOverdue,
    permissions: {
      edit: can(actor, "issues.manage", issue.regencyId),
      triage: can(actor, "issues.triage", issue.regencyId) && issue.triage === "pending",
      addUpdate:
        can(actor, "issues.update", issue.regencyId) &&
        canWorkOn(actor, { ...issue, supporterIds }, held) &&
        issue.triage === "accepted" &&
        issue.stage !== "closed",
      stages: allowedStages(actor, issue, held),
      isOwner: issue.ownerPositionId !== null && held.includes(issue.ownerPositionId),
    },
  };
}

/** Agencies and positions of the regency, for the issue forms and filters. */
export async function issueFormOptions(actor: Actor, regencyId: string) {
  if (!can(actor, "issues.read", regencyId)) return null;
  const [agencies, positions] = await Promise.all([
    db.agency.findMany({
      where: { regencyId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, shortName: true },
    }),
    db.position.findMany({
      where: { regencyId },
      orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
      select: {
        id: true,
        title: true,
        agencyId: true,
        // who holds it today (an acting Plt./Pj. counts): none is a vacant owner, which the form flags
        terms: { where: openTermWhere(), orderBy: { startDate: "desc" }, take: 1, select: { appointment: true } },
      },
    }),
  ]);
  return {
    agencies,
    positions: positions.map(({ terms, ...p }) => ({ ...p, holder: terms[0]?.appointment ?? null })),
  };
}

export type IssueFormOptions = NonNullable<Awaited<ReturnType<typeof issueFormOptions>>>;

/** The printable monthly report for the Bupati: what came in, what closed, what slipped. */
export async function monthlyReport(actor: Actor, regencyId: string, month: string, now = new Date()) {
  if (!can(actor, "dashboard.read", regencyId)) return null;
  const from = new Date(`${month}-01T00:00:00Z`);
  const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
  const asOf = to < now ? to : now;
  const select = {
    id: true,
    number: true,
    title: true,
    category: true,
    stage: true,
    priority: true,
    dueDate: true,
    closedAt: true,
    evaluationNote: true,
    percentDone: true,
    agency: { select: { shortName: true } },
    ownerPosition: { select: { title: true } },
  } as const;
  const [opened, closed, updates] = await Promise.all([
    db.issue.findMany({
      where: { regencyId, triage: { in: ["accepted", "pending"] }, createdAt: { gte: from, lt: to } },
      orderBy: { number: "asc" },
      take: 500,
      select,
    }),
    db.issue.findMany({
      where: { regencyId, stage: "closed", closedAt: { gte: from, lt: to } },
      orderBy: { closedAt: "asc" },
      take: 500,
      select,
    }),
    db.issueUpdate.count({
      where: { issue: { regencyId }, createdAt: { gte: from, lt: to }, kind: { in: ["note", "stage"] } },
    }),
  ]);
  return { from, to, asOf, opened, closed, updates };
}
