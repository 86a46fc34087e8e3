import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { AspirationStatus } from "@/lib/generated/prisma/enums";
import { type AnswerFigures, answerFiguresSql } from "./answer-figures";
import { syncAspirationNotifications } from "./attention-notify";
import { visibleAspirations } from "./policy";

const PAGE = 30;

const rowSelect = {
  id: true,
  code: true,
  category: true,
  text: true,
  status: true,
  tier: true,
  dueAt: true,
  escalateAt: true,
  createdAt: true,
  forwardedAgency: { select: { name: true, shortName: true } },
  issue: { select: { id: true, number: true, title: true } },
} as const;

/** The regency's aspirations the actor may see, newest first; waiting ones first by deadline. */
export async function listAspirations(
  actor: Actor,
  regencyId: string,
  filter: { status?: AspirationStatus; after?: string; waiting?: boolean } = {},
) {
  if (!can(actor, "aspirations.read", regencyId)) return null;
  // deadlines passed since the last sweep are notified now (idempotent, like the dashboard's)
  await syncAspirationNotifications(db, new Date(), regencyId);
  const where = {
    AND: [{ regencyId }, visibleAspirations(actor)],
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.waiting ? { status: { in: ["received", "verified", "forwarded"] as AspirationStatus[] } } : {}),
  };
  const rows = await db.aspiration.findMany({
    where,
    orderBy: filter.waiting ? [{ dueAt: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    ...(filter.after ? { cursor: { id: filter.after }, skip: 1 } : {}),
    select: rowSelect,
  });
  return { rows: rows.slice(0, PAGE), nextCursor: rows.length > PAGE ? rows[PAGE - 1].id : null };
}
export type AspirationRow = NonNullable<Awaited<ReturnType<typeof listAspirations>>>["rows"][number];

/** One aspiration inside the regency, with the sender's name and contact (personal data). */
export async function getAspiration(actor: Actor, id: string) {
  const a = await db.aspiration.findFirst({
    where: { id, ...visibleAspirations(actor) },
    select: {
      ...rowSelect,
      regencyId: true,
      version: true,
      senderName: true,
      senderContact: true,
      photoStorageKey: true,
      photoWidth: true,
      photoHeight: true,
      photoWidths: true,
      rejectReason: true,
      answeredAt: true,
      answeredOnTime: true,
      forwardedAgencyId: true,
      regency: {
        select: {
          slug: true,
          timeZone: true,
          aspirationStandardDays: true,
          aspirationNoFieldCheckDays: true,
          aspirationFieldCheckDays: true,
        },
      },
      events: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, status: true, body: true, isPublic: true, agencyName: true, createdAt: true },
      },
    },
  });
  if (!a) return null;
  const [agencies, issues, templates, narrative] = await Promise.all([
    can(actor, "aspirations.triage", a.regencyId)
      ? db.agency.findMany({
          where: { regencyId: a.regencyId },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        })
      : [],
    can(actor, "aspirations.triage", a.regencyId)
      ? db.issue.findMany({
          where: { regencyId: a.regencyId, triage: { in: ["pending", "accepted"] }, stage: { not: "closed" } },
          orderBy: { number: "desc" },
          take: 200,
          select: { id: true, number: true, title: true },
        })
      : [],
    listReplyTemplates(actor, a.regencyId),
    keyMessagesFor(a.regencyId, a.issue?.id ?? null),
  ]);
  return { ...a, hasPhoto: !!a.photoStorageKey, agencies, issues, templates: templates ?? [], narrative };
}
export type AspirationDetail = NonNullable<Awaited<ReturnType<typeof getAspiration>>>;

/** The photo's storage key and copies' widths, for the download route (same scope as the aspiration). */
export async function getAspirationPhoto(actor: Actor, id: string) {
  const a = await db.aspiration.findFirst({
    where: { id, ...visibleAspirations(actor) },
    select: { photoStorageKey: true, photoWidths: true },
  });
  return a?.photoStorageKey ? { storageKey: a.photoStorageKey, widths: a.photoWidths } : null;
}

/** Key messages (narasi tunggal) beside a reply: the issue's own first, then the regency's others. */
async function keyMessagesFor(regencyId: string, issueId: string | null) {
  const rows = await db.narrativeMessage.findMany({
    where: { regencyId, retiredAt: null, approvedById: { not: null } },
    orderBy: { createdAt: "desc" },
    take: 30,
    select: { id: true, text: true, issueId: true, issue: { select: { number: true, title: true } } },
  });
  return rows.sort((a, b) => Number(b.issueId === issueId) - Number(a.issueId === issueId)).slice(0, 8);
}

export async function listReplyTemplates(actor: Actor, regencyId: string) {
  if (!can(actor, "aspirations.read", regencyId)) return null;
  return db.replyTemplate.findMany({
    where: { regencyId },
    orderBy: { title: "asc" },
    select: { id: true, title: true, body: true, version: true },
  });
}

export async function getAspirationSettings(actor: Actor, regencyId: string) {
  if (!can(actor, "aspirations.read", regencyId)) return null;
  return db.regency.findUnique({
    where: { id: regencyId },
    select: {
      id: true,
      version: true,
      aspirationFirstResponseDays: true,
      aspirationStandardDays: true,
      aspirationNoFieldCheckDays: true,
      aspirationFieldCheckDays: true,
    },
  });
}

/** Aspirations about the issues of a publication draft, for humas writing it (no personal data). */
export async function aspirationsForIssues(actor: Actor, regencyId: string, issueIds: string[]) {
  if (!issueIds.length || !can(actor, "aspirations.read", regencyId)) return [];
  return db.aspiration.findMany({
    where: { AND: [{ regencyId }, visibleAspirations(actor)], issueId: { in: issueIds }, status: { not: "rejected" } },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: {
      id: true,
      code: true,
      category: true,
      text: true,
      status: true,
      createdAt: true,
      issue: { select: { number: true } },
    },
  });
}

/** Waiting aspirations (received, not yet verified) for the triage queue, counted. */
export async function countWaitingAspirations(actor: Actor, regencyId: string) {
  if (!can(actor, "aspirations.triage", regencyId)) return 0;
  return db.aspiration.count({ where: { AND: [{ regencyId }, visibleAspirations(actor)], status: "received" } });
}

/**
 * The public's aspirations beside its attention (the coordinator's dashboard): received, answered
 * and the median days to answer, for the regency and per issue. Numbers only; null without the
 * whole-regency view.
 */
export async function aspirationFigures(actor: Actor, regencyId: string, now = new Date()) {
  if (!can(actor, "dashboard.whole", regencyId)) return null;
  const [[regency], issues] = await Promise.all([
    db.$queryRaw<AnswerFigures[]>`
      SELECT ${answerFiguresSql(now)} FROM "Aspiration" a
      WHERE a."regencyId" = ${regencyId}::uuid AND a.status <> 'rejected'`,
    db.$queryRaw<(AnswerFigures & { issueId: string })[]>`
      SELECT a."issueId", ${answerFiguresSql(now)} FROM "Aspiration" a
      WHERE a."regencyId" = ${regencyId}::uuid AND a.status <> 'rejected' AND a."issueId" IS NOT NULL
      GROUP BY a."issueId"`,
  ]);
  return { regency, byIssue: new Map(issues.map((r) => [r.issueId, r])) };
}
