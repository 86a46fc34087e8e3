// The coordinator's dashboard figures, aggregated in SQL on a client passed in (pages through
// lib/dashboard/queries.ts, the benchmark directly). Every figure is one grouped query over the
// regency's accepted issues (index Issue(regencyId, triage, stage)).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import {
  sqlEscalated,
  sqlOverdue,
  sqlStale,
  sqlUpdateDueDay,
  sqlZoneOf,
  SQL_CLOCK,
  SQL_OPEN,
} from "@/lib/issues/attention";

type Client = Db | Tx;
const scope = (regencyId: string, positionIds?: string[]) =>
  positionIds
    ? Prisma.sql`i."regencyId" = ${regencyId}::uuid AND i."ownerPositionId" IN (${positionIds.length ? Prisma.join(positionIds.map((p) => Prisma.sql`${p}::uuid`)) : Prisma.sql`NULL`})`
    : Prisma.sql`i."regencyId" = ${regencyId}::uuid`;

export type DashboardTotals = {
  open: number;
  overdue: number;
  stale: number;
  escalated: number;
  pending: number;
  closedThisMonth: number;
};

export async function dashboardTotals(
  c: Client,
  regencyId: string,
  now: Date,
  positionIds?: string[],
): Promise<DashboardTotals> {
  const zone = sqlZoneOf(regencyId); // the regency's calendar day
  const [r] = await c.$queryRaw<DashboardTotals[]>`
    SELECT count(*) FILTER (WHERE ${SQL_OPEN})::int AS open,
           count(*) FILTER (WHERE ${sqlOverdue(now, zone)})::int AS overdue,
           count(*) FILTER (WHERE ${sqlStale(now, zone)})::int AS stale,
           count(*) FILTER (WHERE ${sqlEscalated(now, zone)})::int AS escalated,
           count(*) FILTER (WHERE i.triage = 'pending')::int AS pending,
           count(*) FILTER (WHERE i.stage = 'closed' AND i."closedAt" >= date_trunc('month', ${now}::timestamptz))::int AS "closedThisMonth"
    FROM "Issue" i WHERE ${scope(regencyId, positionIds)} AND i.triage IN ('accepted', 'pending')`;
  return r;
}

export async function openByStage(c: Client, regencyId: string, positionIds?: string[]) {
  return c.$queryRaw<{ stage: string; count: number }[]>`
    SELECT i.stage::text AS stage, count(*)::int AS count FROM "Issue" i
    WHERE ${scope(regencyId, positionIds)} AND ${SQL_OPEN} GROUP BY i.stage`;
}

export async function openByCategory(c: Client, regencyId: string, positionIds?: string[]) {
  return c.$queryRaw<{ category: string; count: number }[]>`
    SELECT i.category::text AS category, count(*)::int AS count FROM "Issue" i
    WHERE ${scope(regencyId, positionIds)} AND ${SQL_OPEN} GROUP BY i.category ORDER BY count DESC`;
}

export type AgencyAttention = {
  agencyId: string | null;
  agencyName: string | null;
  open: number;
  withinCadence: number;
  share: number;
  medianDays: number;
  stale: number;
  escalated: number;
};

/** Each agency's attention consistency: share of its open issues updated within cadence, median days since the owner's last update. */
export async function agencyAttention(c: Client, regencyId: string, now: Date): Promise<AgencyAttention[]> {
  const zone = sqlZoneOf(regencyId); // the regency's calendar day
  return c.$queryRaw<AgencyAttention[]>`
    SELECT i."agencyId", COALESCE(a."shortName", a.name) AS "agencyName", count(*)::int AS open,
           count(*) FILTER (WHERE NOT ${sqlStale(now, zone)})::int AS "withinCadence",
           round(100.0 * count(*) FILTER (WHERE NOT ${sqlStale(now, zone)}) / count(*))::int AS share,
           round(percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (${now}::timestamptz - ${SQL_CLOCK})) / 86400)::numeric, 1)::float AS "medianDays",
           count(*) FILTER (WHERE ${sqlStale(now, zone)})::int AS stale,
           count(*) FILTER (WHERE ${sqlEscalated(now, zone)})::int AS escalated
    FROM "Issue" i LEFT JOIN "Agency" a ON a.id = i."agencyId"
    WHERE i."regencyId" = ${regencyId}::uuid AND ${SQL_OPEN}
    GROUP BY i."agencyId", a."shortName", a.name
    ORDER BY share ASC, open DESC`;
}

/** New (proposed) vs closed issues per ISO week for the last `weeks` weeks. */
export async function weeklyFlow(c: Client, regencyId: string, now: Date, weeks = 12, positionIds?: string[]) {
  return c.$queryRaw<{ week: Date; opened: number; closed: number }[]>`
    WITH w AS (SELECT generate_series(date_trunc('week', ${now}::timestamptz) - make_interval(weeks => ${weeks - 1}), date_trunc('week', ${now}::timestamptz), interval '1 week') AS week),
    o AS (SELECT date_trunc('week', i."createdAt") AS week, count(*)::int AS n FROM "Issue" i
          WHERE ${scope(regencyId, positionIds)} AND i."createdAt" >= date_trunc('week', ${now}::timestamptz) - make_interval(weeks => ${weeks - 1}) GROUP BY 1),
    x AS (SELECT date_trunc('week', i."closedAt") AS week, count(*)::int AS n FROM "Issue" i
          WHERE ${scope(regencyId, positionIds)} AND i."closedAt" >= date_trunc('week', ${now}::timestamptz) - make_interval(weeks => ${weeks - 1}) GROUP BY 1)
    SELECT w.week, COALESCE(o.n, 0)::int AS opened, COALESCE(x.n, 0)::int AS closed
    FROM w LEFT JOIN o ON o.week = w.week LEFT JOIN x ON x.week = w.week ORDER BY w.week`;
}

export type AttentionRow = {
  id: string;
  number: number;
  title: string;
  ownerTitle: string | null;
  ownerPositionId: string | null;
  agencyName: string | null;
  lastUpdateAt: Date;
  reviewCadenceDays: number;
  escalated: boolean;
  priority: number;
};

/** Perlu perhatian: stale issues, escalated and most neglected first. */
export async function needsAttention(
  c: Client,
  regencyId: string,
  now: Date,
  limit = 20,
  positionIds?: string[],
): Promise<AttentionRow[]> {
  const zone = sqlZoneOf(regencyId); // the regency's calendar day
  return c.$queryRaw<AttentionRow[]>`
    SELECT i.id, i.number, i.title, p.title AS "ownerTitle", i."ownerPositionId", a."shortName" AS "agencyName", ${SQL_CLOCK} AS "lastUpdateAt",
           i."reviewCadenceDays", ${sqlEscalated(now, zone)} AS escalated, i.priority
    FROM "Issue" i LEFT JOIN "Position" p ON p.id = i."ownerPositionId" LEFT JOIN "Agency" a ON a.id = i."agencyId"
    WHERE ${scope(regencyId, positionIds)} AND ${sqlStale(now, zone)}
    ORDER BY ${sqlUpdateDueDay(zone)} ASC, i.priority DESC
    LIMIT ${limit}`;
}

export async function recentUpdates(c: Client, regencyId: string, limit = 8, positionIds?: string[]) {
  return c.$queryRaw<
    {
      id: string;
      issueId: string;
      number: number;
      title: string;
      kind: string;
      body: string;
      percentDone: number | null;
      authorName: string;
      createdAt: Date;
    }[]
  >`
    SELECT u.id, i.id AS "issueId", i.number, i.title, u.kind, left(u.body, 200) AS body, u."percentDone", u."authorName", u."createdAt"
    FROM "IssueUpdate" u JOIN "Issue" i ON i.id = u."issueId"
    WHERE ${scope(regencyId, positionIds)} AND u.kind IN ('note', 'stage')
    ORDER BY u."createdAt" DESC LIMIT ${limit}`;
}

export type ToUpdateRow = {
  id: string;
  number: number;
  title: string;
  ownerTitle: string | null;
  lastUpdateAt: Date;
  reviewCadenceDays: number;
  dueDate: Date | null;
  stale: boolean;
  escalated: boolean;
  overdue: boolean;
};

/**
 * "My issues to update today": the open issues of these positions that are past their review
 * cadence or their due date, the longest neglected first; with the total for the "see all" link.
 */
export async function issuesToUpdate(
  c: Client,
  regencyId: string,
  now: Date,
  positionIds: string[],
  limit = 8,
): Promise<{ count: number; items: ToUpdateRow[] }> {
  const zone = sqlZoneOf(regencyId); // the regency's calendar day
  const due = Prisma.sql`(${sqlStale(now, zone)} OR ${sqlOverdue(now, zone)})`;
  const [[{ count }], items] = await Promise.all([
    c.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "Issue" i WHERE ${scope(regencyId, positionIds)} AND ${due}`,
    c.$queryRaw<ToUpdateRow[]>`
      SELECT i.id, i.number, i.title, p.title AS "ownerTitle", ${SQL_CLOCK} AS "lastUpdateAt", i."reviewCadenceDays",
             i."dueDate", ${sqlStale(now, zone)} AS stale, ${sqlEscalated(now, zone)} AS escalated, ${sqlOverdue(now, zone)} AS overdue
      FROM "Issue" i LEFT JOIN "Position" p ON p.id = i."ownerPositionId"
      WHERE ${scope(regencyId, positionIds)} AND ${due}
      ORDER BY ${sqlEscalated(now, zone)} DESC, LEAST(${sqlUpdateDueDay(zone)}, i."dueDate") ASC, i.priority DESC
      LIMIT ${limit}`,
  ]);
  return { count, items };
}
