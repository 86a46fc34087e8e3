// The public's attention, aggregated in SQL on a client passed in (pages through queries.ts, the
// benchmark directly). Followers are counted here, never listed: no address leaves this file.
// Exposed per regency and per public issue so other figures of the public (aspirations received
// and answered, median time to answer) can be joined on the same keys.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { sqlStale, sqlZoneOf, SQL_OPEN } from "@/lib/issues/attention";
import { BASELINE_WEEKS, risingWhileStale, type WeekOfInterest } from "./flag";

type Client = Db | Tx;

/** Active followers: confirmed, not unsubscribed, not stopped by a bounce or a complaint. */
const ACTIVE = Prisma.sql`f."confirmedAt" IS NOT NULL AND f."unsubscribedAt" IS NULL AND f."bouncedAt" IS NULL AND f."complainedAt" IS NULL`;
/** The regency's today, as a date. */
const todayOf = (regencyId: string, now: Date) =>
  Prisma.sql`(${now}::timestamptz AT TIME ZONE ${sqlZoneOf(regencyId)})::date`;

export type WeeklyAttention = {
  week: Date;
  views: number;
  shares: number;
  feedReaders: number;
  follows: number;
  /** the officials' side: updates by the owners of the regency's issues that week */
  ownerUpdates: number;
};

/** Per calendar week (Monday, the regency's calendar) for the last `weeks` weeks, oldest first. */
export async function weeklyAttention(c: Client, regencyId: string, now: Date, weeks = 12): Promise<WeeklyAttention[]> {
  const zone = sqlZoneOf(regencyId);
  return c.$queryRaw<WeeklyAttention[]>`
    WITH w AS (SELECT generate_series(date_trunc('week', ${todayOf(regencyId, now)}) - make_interval(weeks => ${weeks - 1}),
                                      date_trunc('week', ${todayOf(regencyId, now)}), interval '1 week')::date AS week),
    a AS (SELECT date_trunc('week', day)::date AS week, sum(views)::int AS views, sum(shares)::int AS shares, sum("feedFetches")::int AS feed
          FROM "PublicAttentionDay" WHERE "regencyId" = ${regencyId}::uuid AND day >= (SELECT min(week) FROM w) GROUP BY 1),
    f AS (SELECT date_trunc('week', (f."confirmedAt" AT TIME ZONE ${zone})::date)::date AS week, count(*)::int AS n
          FROM "Follower" f WHERE f."regencyId" = ${regencyId}::uuid AND f."confirmedAt" IS NOT NULL
            AND (f."confirmedAt" AT TIME ZONE ${zone})::date >= (SELECT min(week) FROM w) GROUP BY 1),
    u AS (SELECT date_trunc('week', (u."createdAt" AT TIME ZONE ${zone})::date)::date AS week, count(*)::int AS n
          FROM "IssueUpdate" u JOIN "Issue" i ON i.id = u."issueId"
          WHERE i."regencyId" = ${regencyId}::uuid AND u."byOwner" AND (u."createdAt" AT TIME ZONE ${zone})::date >= (SELECT min(week) FROM w) GROUP BY 1)
    SELECT w.week, COALESCE(a.views, 0)::int AS views, COALESCE(a.shares, 0)::int AS shares, COALESCE(a.feed, 0)::int AS "feedReaders",
           COALESCE(f.n, 0)::int AS follows, COALESCE(u.n, 0)::int AS "ownerUpdates"
    FROM w LEFT JOIN a ON a.week = w.week LEFT JOIN f ON f.week = w.week LEFT JOIN u ON u.week = w.week
    ORDER BY w.week`;
}

export type RegencyAttention = {
  followers: number;
  views7: number;
  shares7: number;
  feedReaders7: number;
  /** the largest subscriber count a feed reader reported in the last 7 days */
  feedSubscribers7: number;
  /** officials' attention consistency: share of open issues updated within their cadence */
  openIssues: number;
  withinCadence: number;
};

/** The regency's figures of the last 7 days (its calendar) beside the officials' consistency. */
export async function publicAttentionOfRegency(c: Client, regencyId: string, now: Date): Promise<RegencyAttention> {
  const zone = sqlZoneOf(regencyId);
  const [row] = await c.$queryRaw<RegencyAttention[]>`
    SELECT
      (SELECT count(*)::int FROM "Follower" f WHERE f."regencyId" = ${regencyId}::uuid AND ${ACTIVE}) AS followers,
      COALESCE(sum(a.views), 0)::int AS views7, COALESCE(sum(a.shares), 0)::int AS shares7,
      COALESCE(sum(a."feedFetches"), 0)::int AS "feedReaders7", COALESCE(max(a."feedSubscribers"), 0)::int AS "feedSubscribers7",
      (SELECT count(*)::int FROM "Issue" i WHERE i."regencyId" = ${regencyId}::uuid AND ${SQL_OPEN}) AS "openIssues",
      (SELECT count(*)::int FROM "Issue" i WHERE i."regencyId" = ${regencyId}::uuid AND ${SQL_OPEN} AND NOT ${sqlStale(now, zone)}) AS "withinCadence"
    FROM "PublicAttentionDay" a
    WHERE a."regencyId" = ${regencyId}::uuid AND a.day > ${todayOf(regencyId, now)} - 7 AND a.day <= ${todayOf(regencyId, now)}`;
  return row;
}

export type IssueAttention = {
  issueId: string;
  number: number;
  title: string;
  followers: number;
  stale: boolean;
  /** rolling 7-day weeks, this week first: [0] the last 7 days, [1] the 7 before … */
  weeks: (WeekOfInterest & { feedReaders: number })[];
  /** interest rises while the owner's updates stall */
  flagged: boolean;
};

/** Every public, accepted issue of the regency with its attention figures and the flag. */
export async function publicAttentionByIssue(
  c: Client,
  regencyId: string,
  now: Date,
  issueId?: string,
): Promise<IssueAttention[]> {
  const zone = sqlZoneOf(regencyId);
  const span = (BASELINE_WEEKS + 1) * 7;
  const today = todayOf(regencyId, now);
  const only = issueId ? Prisma.sql`AND i.id = ${issueId}::uuid` : Prisma.empty;
  const rows = await c.$queryRaw<
    {
      issueId: string;
      number: number;
      title: string;
      followers: number;
      stale: boolean;
      w: number | null;
      views: number;
      shares: number;
      feedReaders: number;
      follows: number;
    }[]
  >`
    WITH i AS (
      SELECT i.id, i.number, i.title, ${sqlStale(now, zone)} AS stale FROM "Issue" i
      WHERE i."regencyId" = ${regencyId}::uuid AND i."isPublic" AND i.triage = 'accepted' ${only}
    ), a AS (
      SELECT a.subject, ((${today} - a.day) / 7)::int AS w, sum(a.views)::int AS views, sum(a.shares)::int AS shares,
             sum(a."feedFetches")::int AS "feedReaders"
      FROM "PublicAttentionDay" a
      WHERE a."regencyId" = ${regencyId}::uuid AND a.subject <> 'regency' AND a.day > ${today} - ${span}::int AND a.day <= ${today}
      GROUP BY 1, 2
    ), fw AS (
      SELECT f."issueId", ((${today} - (f."confirmedAt" AT TIME ZONE ${zone})::date) / 7)::int AS w, count(*)::int AS n
      FROM "Follower" f
      WHERE f."regencyId" = ${regencyId}::uuid AND f."issueId" IS NOT NULL AND f."confirmedAt" IS NOT NULL
        AND (f."confirmedAt" AT TIME ZONE ${zone})::date > ${today} - ${span}::int
      GROUP BY 1, 2
    ), weeks AS (
      SELECT COALESCE(a.subject::uuid, fw."issueId") AS "issueId", COALESCE(a.w, fw.w) AS w,
             COALESCE(a.views, 0) AS views, COALESCE(a.shares, 0) AS shares, COALESCE(a."feedReaders", 0) AS "feedReaders",
             COALESCE(fw.n, 0) AS follows
      FROM a FULL JOIN fw ON fw."issueId" = a.subject::uuid AND fw.w = a.w
    )
    SELECT i.id AS "issueId", i.number, i.title, i.stale,
           (SELECT count(*)::int FROM "Follower" f WHERE f."issueId" = i.id AND ${ACTIVE}) AS followers,
           weeks.w, COALESCE(weeks.views, 0)::int AS views, COALESCE(weeks.shares, 0)::int AS shares,
           COALESCE(weeks."feedReaders", 0)::int AS "feedReaders", COALESCE(weeks.follows, 0)::int AS follows
    FROM i LEFT JOIN weeks ON weeks."issueId" = i.id
    ORDER BY i.number, weeks.w`;
  const byIssue = new Map<string, IssueAttention>();
  for (const r of rows) {
    let x = byIssue.get(r.issueId);
    if (!x) {
      x = {
        issueId: r.issueId,
        number: r.number,
        title: r.title,
        followers: r.followers,
        stale: r.stale,
        weeks: Array.from({ length: BASELINE_WEEKS + 1 }, () => ({ views: 0, shares: 0, follows: 0, feedReaders: 0 })),
        flagged: false,
      };
      byIssue.set(r.issueId, x);
    }
    if (r.w !== null && r.w >= 0 && r.w <= BASELINE_WEEKS)
      x.weeks[r.w] = { views: r.views, shares: r.shares, follows: r.follows, feedReaders: r.feedReaders };
  }
  const list = [...byIssue.values()];
  for (const x of list) x.flagged = risingWhileStale(x.weeks, x.stale);
  return list;
}
