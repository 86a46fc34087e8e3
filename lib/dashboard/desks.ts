import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { whereActorMay } from "@/lib/auth/regency-access";
import { db } from "@/lib/db";
import { countOverdueFollowUps, overdueFollowUps } from "@/lib/workshops/follow-ups/queries";
import { lateAction as lateActionOn } from "@/lib/iso/nonconformities/queries";
import { openTermWhere } from "@/lib/leadership/holders";
import { DEPLOYMENT_ZONE } from "@/lib/i18n/format";
import { parseZonedDateTime, toZonedInput } from "@/lib/publications/time";
import { regencyTimeZone, regencyToday } from "@/lib/regencies/zone";

// The desks of the landing page (/dashboard): what waits for each role, besides the issue
// dashboard. Each card is a count and a short list, both computed by the database (count +
// LIMIT), scoped to the regencies where the actor holds the permission.

/** How many items a card lists; its "see all" link leads to the filtered list. */
export const DESK_LIMIT = 6;

/** Midnight of the regency's calendar day (in its zone) as an instant. */
export function startOfLocalDay(now: Date, timeZone: string = DEPLOYMENT_ZONE): Date {
  return parseZonedDateTime(`${toZonedInput(now, timeZone).slice(0, 10)}T00:00`, timeZone) ?? now;
}

const pieceSelect = {
  id: true,
  title: true,
  kind: true,
  updatedAt: true,
  submittedAt: true,
  publishAt: true,
  firstPublishAt: true,
  reviewComment: true,
  author: { select: { name: true } },
} as const;

/**
 * The humas desk (desk.publications): my drafts, pieces sent back with the reviewer's comment,
 * pieces waiting for approval, scheduled (embargoed) and recently published pieces, and
 * negative coverage linked to an issue. Null without the desk in this regency.
 */
export async function getPublicationsDesk(actor: Actor, regencyId: string, now = new Date()) {
  if (!can(actor, "desk.publications", regencyId)) return null;
  const scope = { AND: [{ regencyId }, whereActorMay(actor, "publications.write")] };
  const mine = { OR: [{ authorId: actor.id }, { submittedById: actor.id }] };
  const drafts = { ...scope, ...mine, status: "draft" as const, reviewComment: null };
  const sentBack = { ...scope, ...mine, status: "draft" as const, reviewComment: { not: null } };
  const waiting = { ...scope, status: "submitted" as const };
  const scheduled = { ...scope, status: "approved" as const, versions: { some: { publishAt: { gt: now } } } };
  const published = {
    ...scope,
    status: "approved" as const,
    versions: { some: { publishAt: { lte: now } }, none: { publishAt: { gt: now } } },
  };
  const flagged = {
    AND: [{ regencyId }, whereActorMay(actor, "media.manage")],
    sentiment: "negatif" as const,
    issues: { some: {} },
  };
  const [counts, lists] = await Promise.all([
    Promise.all([
      db.publication.count({ where: drafts }),
      db.publication.count({ where: sentBack }),
      db.publication.count({ where: waiting }),
      db.publication.count({ where: scheduled }),
      db.publication.count({ where: published }),
      db.mediaCoverage.count({ where: flagged }),
    ]),
    Promise.all([
      db.publication.findMany({ where: drafts, orderBy: { updatedAt: "desc" }, take: DESK_LIMIT, select: pieceSelect }),
      db.publication.findMany({
        where: sentBack,
        orderBy: { updatedAt: "desc" },
        take: DESK_LIMIT,
        select: {
          ...pieceSelect,
          reviews: {
            where: { action: "sent_back" },
            orderBy: { createdAt: "desc" },
            take: 1,
            select: { actorName: true, createdAt: true },
          },
        },
      }),
      db.publication.findMany({
        where: waiting,
        orderBy: { submittedAt: "asc" },
        take: DESK_LIMIT,
        select: pieceSelect,
      }),
      db.publication.findMany({
        where: scheduled,
        orderBy: { publishAt: "asc" },
        take: DESK_LIMIT,
        select: pieceSelect,
      }),
      db.publication.findMany({
        where: published,
        orderBy: { firstPublishAt: "desc" },
        take: DESK_LIMIT,
        select: pieceSelect,
      }),
      db.mediaCoverage.findMany({
        where: flagged,
        orderBy: [{ publishedOn: "desc" }, { createdAt: "desc" }],
        take: DESK_LIMIT,
        select: {
          id: true,
          outlet: true,
          headline: true,
          publishedOn: true,
          url: true,
          issues: {
            take: 3,
            select: { issue: { select: { id: true, number: true, title: true } } },
          },
        },
      }),
    ]),
  ]);
  const [nDrafts, nSentBack, nWaiting, nScheduled, nPublished, nFlagged] = counts;
  const [drafted, sent, waitingList, scheduledList, publishedList, flaggedList] = lists;
  return {
    drafts: { count: nDrafts, items: drafted },
    sentBack: {
      count: nSentBack,
      items: sent.map(({ reviews, ...p }) => ({ ...p, reviewer: reviews[0]?.actorName ?? null })),
    },
    waiting: { count: nWaiting, items: waitingList },
    scheduled: { count: nScheduled, items: scheduledList },
    published: { count: nPublished, items: publishedList },
    flaggedMedia: {
      count: nFlagged,
      items: flaggedList.map(({ issues, ...c }) => ({ ...c, issues: issues.map((i) => i.issue) })),
    },
  };
}
export type PublicationsDesk = NonNullable<Awaited<ReturnType<typeof getPublicationsDesk>>>;
export type DeskPiece = PublicationsDesk["drafts"]["items"][number];

const workshopSelect = {
  id: true,
  title: true,
  venue: true,
  startsAt: true,
  code: true,
  locked: true,
  _count: { select: { participants: true, activities: true } },
} as const;

/**
 * The facilitator's desk (desk.workshops): today's and upcoming sessions with their join codes,
 * soonest first, and the recent past ones (their summary). Null without the desk.
 */
export async function getWorkshopsDesk(actor: Actor, regencyId: string, now = new Date()) {
  if (!can(actor, "desk.workshops", regencyId)) return null;
  const scope = { AND: [{ regencyId }, whereActorMay(actor, "workshops.manage")] };
  const today = startOfLocalDay(now, await regencyTimeZone(regencyId));
  const tomorrow = new Date(today.getTime() + 86_400_000);
  const coming = { ...scope, startsAt: { gte: today } };
  const past = { ...scope, startsAt: { lt: today } };
  const [nComing, nPast, comingList, pastList] = await Promise.all([
    db.workshop.count({ where: coming }),
    db.workshop.count({ where: past }),
    db.workshop.findMany({
      where: coming,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: DESK_LIMIT,
      select: workshopSelect,
    }),
    db.workshop.findMany({
      where: past,
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: DESK_LIMIT,
      select: workshopSelect,
    }),
  ]);
  return {
    upcoming: {
      count: nComing,
      items: comingList.map((w) => ({ ...w, today: w.startsAt < tomorrow })),
    },
    past: { count: nPast, items: pastList },
  };
}
export type WorkshopsDesk = NonNullable<Awaited<ReturnType<typeof getWorkshopsDesk>>>;

/**
 * What waits for the coordinator outside issues: pieces waiting for approval
 * (publications.approve), nonconformities with a corrective action past its due date
 * (iso.approve), and owner positions with open issues but no current holder (leadership.manage).
 * Each part is null when the actor lacks its permission; the whole is null when all are.
 */
export async function getCoordinatorQueue(actor: Actor, regencyId: string, now = new Date()) {
  const mayApprove = can(actor, "publications.approve", regencyId);
  const mayIso = can(actor, "iso.approve", regencyId);
  const mayLead = can(actor, "leadership.manage", regencyId);
  const mayManage = can(actor, "issues.manage", regencyId);
  if (!mayApprove && !mayIso && !mayLead && !mayManage) return null;
  const approvals = {
    AND: [{ regencyId }, whereActorMay(actor, "publications.approve")],
    status: "submitted" as const,
  };
  const lateAction = lateActionOn(await regencyToday(regencyId, now));
  const lateNc = {
    AND: [{ regencyId }, whereActorMay(actor, "iso.approve")],
    status: { not: "closed" as const },
    actions: { some: lateAction },
  };
  const openIssue = { triage: "accepted" as const, stage: { not: "closed" as const } };
  const vacant = {
    AND: [{ regencyId }, whereActorMay(actor, "leadership.manage")],
    terms: { none: openTermWhere(now) },
    ownedIssues: { some: openIssue },
  };
  const [approvalPart, ncPart, vacantPart, followUpPart] = await Promise.all([
    mayApprove
      ? Promise.all([
          db.publication.count({ where: approvals }),
          db.publication.findMany({
            where: approvals,
            orderBy: { submittedAt: "asc" },
            take: DESK_LIMIT,
            select: pieceSelect,
          }),
        ]).then(([count, items]) => ({ count, items }))
      : null,
    mayIso
      ? Promise.all([
          db.isoNonconformity.count({ where: lateNc }),
          db.isoNonconformity.findMany({
            where: lateNc,
            orderBy: { number: "asc" },
            take: DESK_LIMIT,
            select: {
              id: true,
              number: true,
              title: true,
              severity: true,
              actions: { where: lateAction, orderBy: { dueDate: "asc" }, take: 1, select: { dueDate: true } },
              _count: { select: { actions: { where: lateAction } } },
            },
          }),
        ]).then(([count, items]) => ({
          count,
          items: items.map(({ actions, _count, ...nc }) => ({
            ...nc,
            oldestDue: actions[0]?.dueDate ?? null,
            lateActions: _count.actions,
          })),
        }))
      : null,
    mayLead
      ? Promise.all([
          db.position.count({ where: vacant }),
          db.position.findMany({
            where: vacant,
            orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
            take: DESK_LIMIT,
            select: {
              id: true,
              title: true,
              agency: { select: { shortName: true } },
              _count: { select: { ownedIssues: { where: openIssue } } },
            },
          }),
        ]).then(([count, items]) => ({
          count,
          items: items.map(({ _count, agency, ...p }) => ({
            ...p,
            agencyName: agency?.shortName ?? null,
            openIssues: _count.ownedIssues,
          })),
        }))
      : null,
    // rencana tindak lanjut from workshops past their due date (lib/workshops/follow-ups)
    mayManage
      ? Promise.all([
          countOverdueFollowUps(actor, regencyId, now),
          overdueFollowUps(actor, regencyId, DESK_LIMIT, now),
        ]).then(([count, items]) => ({ count, items }))
      : null,
  ]);
  return { approvals: approvalPart, nonconformities: ncPart, vacancies: vacantPart, followUps: followUpPart };
}
export type CoordinatorQueue = NonNullable<Awaited<ReturnType<typeof getCoordinatorQueue>>>;
