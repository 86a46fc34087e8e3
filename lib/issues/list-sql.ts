// The issue-list query of one regency, as plain SQL on a client passed in (pages through
// lib/issues/queries.ts, the benchmark directly). Filters, search, sort and keyset pagination.
import { Prisma } from "@/lib/generated/prisma/client";
import { instantOrNull, isCalendarDay } from "@/lib/days";
import type { Db, Tx } from "@/lib/db";
import { sqlEscalated, sqlOverdue, sqlStale, sqlZoneOf, SQL_CLOCK, SQL_OPEN } from "./attention";
import type { IssueFilter } from "./schemas";
import { headline, matches, rankOf, searchTerms } from "@/lib/search/fts";
import { hasHighlight } from "@/lib/search/highlight";
import { sqlFollowUpOverdue } from "@/lib/workshops/follow-ups/sql";

export const ISSUE_PAGE_SIZE = 50;

export type IssueListRow = {
  id: string;
  number: number;
  title: string;
  category: string;
  stage: string;
  lifecycle: string;
  triage: string;
  priority: number;
  percentDone: number;
  dueDate: Date | null;
  isPublic: boolean;
  agencyName: string | null;
  ownerTitle: string | null;
  lastUpdateAt: Date;
  reviewCadenceDays: number;
  stale: boolean;
  escalated: boolean;
  overdue: boolean;
  /** a rencana tindak lanjut of the issue is past its due date (see lib/workshops/follow-ups) */
  followUpOverdue: boolean;
  createdAt: Date;
  triageReason: string | null;
  source: string;
  /** when searching: the title with the matched words marked (lib/search/highlight.ts) */
  titleHighlight: string | null;
  /** when searching and the description matched: fragments of it, marked */
  snippet: string | null;
};

type Sort = Exclude<NonNullable<IssueFilter["sort"]>, "relevance">;
/** A cursor's number as Postgres' integer takes it, else NaN (a hand-made `1e300` is no 500). */
const int4 = (s: string) => {
  const n = Number(s);
  return Number.isInteger(n) && Math.abs(n) < 2 ** 31 ? n : NaN;
};

const SORT: Record<Sort, { key: Prisma.Sql; dir: "ASC" | "DESC"; parse: (s: string) => unknown }> = {
  newest: { key: Prisma.sql`i.number`, dir: "DESC", parse: int4 },
  priority: { key: Prisma.sql`i.priority`, dir: "DESC", parse: int4 },
  due: {
    key: Prisma.sql`COALESCE(i."dueDate", DATE '9999-12-31')`,
    dir: "ASC",
    // a day of the calendar, or the end-of-list mark of issues without a due date (year 0000 would be a 500)
    parse: (s) => (isCalendarDay(s) || s === "9999-12-31" ? new Date(`${s}T00:00:00Z`) : new Date(NaN)),
  },
  updated: { key: SQL_CLOCK, dir: "ASC", parse: (s) => instantOrNull(s) ?? new Date(NaN) },
};

function cursorValue(sort: Sort, row: IssueListRow): string {
  if (sort === "newest") return String(row.number);
  if (sort === "priority") return String(row.priority);
  if (sort === "due") return (row.dueDate ?? new Date("9999-12-31T00:00:00Z")).toISOString().slice(0, 10);
  return row.lastUpdateAt.toISOString();
}

/** ISU-12 (id), ISSUE-12 (en), #12 or 12: the issue number typed in the search. */
export function issueNumberIn(q: string): number | null {
  const n = /^(?:isu-|issue-|#)?(\d{1,9})$/i.exec(q.trim())?.[1];
  return n ? Number(n) : null;
}

export function issueWhere(regencyId: string, f: IssueFilter & { positionIds?: string[] }, now: Date): Prisma.Sql {
  const zone = sqlZoneOf(regencyId); // the regency's calendar day
  const parts: Prisma.Sql[] = [Prisma.sql`i."regencyId" = ${regencyId}::uuid`];
  parts.push(f.triage ? Prisma.sql`i.triage = ${f.triage}::"IssueTriage"` : Prisma.sql`i.triage = 'accepted'`);
  if (f.q) {
    // full text (title, tags, programs, description; lib/search/fts.ts), or the issue's number
    const n = issueNumberIn(f.q);
    const match = matches(Prisma.sql`i.search`, searchTerms(f.q));
    parts.push(n !== null ? Prisma.sql`(i.number = ${n} OR ${match})` : match);
  }
  if (f.stage) parts.push(Prisma.sql`i.stage = ${f.stage}::"IssueStage"`);
  if (f.open) parts.push(SQL_OPEN);
  if (f.category) parts.push(Prisma.sql`i.category = ${f.category}::"IssueCategory"`);
  if (f.agency) parts.push(Prisma.sql`i."agencyId" = ${f.agency}::uuid`);
  if (f.position)
    parts.push(
      Prisma.sql`(i."ownerPositionId" = ${f.position}::uuid OR EXISTS (SELECT 1 FROM "IssueSupport" s WHERE s."issueId" = i.id AND s."positionId" = ${f.position}::uuid))`,
    );
  if (f.positionIds)
    parts.push(
      f.positionIds.length
        ? Prisma.sql`i."ownerPositionId" IN (${Prisma.join(f.positionIds.map((p) => Prisma.sql`${p}::uuid`))})`
        : Prisma.sql`FALSE`,
    );
  if (f.priority === "high") parts.push(Prisma.sql`i.priority >= 15`);
  if (f.priority === "medium") parts.push(Prisma.sql`i.priority BETWEEN 8 AND 14`);
  if (f.priority === "low") parts.push(Prisma.sql`i.priority <= 7`);
  if (f.stale) parts.push(sqlStale(now, zone));
  if (f.escalated) parts.push(sqlEscalated(now, zone));
  if (f.overdue) parts.push(sqlOverdue(now, zone));
  return Prisma.join(parts, " AND ");
}

/** Relevance pages go by offset (a rank is no stable key), up to 99,999 rows deep; anything else is page 1. */
const offsetOf = (after: string | undefined) => (after && /^\d{1,5}$/.test(after) ? Number(after) : 0);

export async function queryIssueList(
  client: Db | Tx,
  regencyId: string,
  f: IssueFilter & { positionIds?: string[] },
  now: Date,
  limit = ISSUE_PAGE_SIZE,
) {
  const zone = sqlZoneOf(regencyId); // the regency's calendar day
  // searching sorts by relevance unless another order is chosen; without a search there is none
  const wanted = f.sort ?? (f.q ? "relevance" : "newest");
  const relevance = wanted === "relevance" && !!f.q;
  const sort: Sort = wanted === "relevance" ? "newest" : wanted;
  const s = SORT[sort];
  let keyset = Prisma.empty;
  let order: Prisma.Sql;
  let offset = 0;
  if (relevance && f.q) {
    offset = offsetOf(f.after);
    const n = issueNumberIn(f.q);
    // the exact number first ("ISU-12" jumps to the top), then the best matches
    order = Prisma.sql`ORDER BY ${n !== null ? Prisma.sql`(i.number = ${n}) DESC,` : Prisma.empty} ${rankOf(Prisma.sql`i.search`, searchTerms(f.q))} DESC, i.number DESC`;
  } else {
    if (f.after) {
      const sep = f.after.lastIndexOf("~");
      const value = s.parse(f.after.slice(0, sep));
      const number = int4(f.after.slice(sep + 1));
      if (
        sep > 0 &&
        Number.isFinite(number) &&
        !(value instanceof Date && Number.isNaN(value.getTime())) &&
        !Number.isNaN(value as number)
      ) {
        keyset =
          s.dir === "DESC"
            ? Prisma.sql`AND (${s.key}, i.number) < (${value}, ${number})`
            : Prisma.sql`AND (${s.key}, i.number) > (${value}, ${number})`;
      }
    }
    order =
      s.dir === "DESC"
        ? Prisma.sql`ORDER BY ${s.key} DESC, i.number DESC`
        : Prisma.sql`ORDER BY ${s.key} ASC, i.number ASC`;
  }
  const rows = await client.$queryRaw<IssueListRow[]>`
    SELECT i.id, i.number, i.title, i.category::text, i.stage::text, i.lifecycle::text, i.triage::text, i.priority, i."percentDone",
           i."dueDate", i."isPublic", a."shortName" AS "agencyName", p.title AS "ownerTitle", ${SQL_CLOCK} AS "lastUpdateAt",
           i."reviewCadenceDays", ${sqlStale(now, zone)} AS stale, ${sqlEscalated(now, zone)} AS escalated, ${sqlOverdue(now, zone)} AS overdue,
           EXISTS (SELECT 1 FROM "FollowUp" f WHERE f."issueId" = i.id AND ${sqlFollowUpOverdue(now)}) AS "followUpOverdue",
           i."createdAt", i."triageReason", i.source, NULL::text AS "titleHighlight", NULL::text AS snippet
    FROM "Issue" i
    LEFT JOIN "Agency" a ON a.id = i."agencyId"
    LEFT JOIN "Position" p ON p.id = i."ownerPositionId"
    WHERE ${issueWhere(regencyId, f, now)} ${keyset}
    ${order}
    LIMIT ${limit + 1} ${offset ? Prisma.sql`OFFSET ${offset}` : Prisma.empty}`;
  const page = rows.slice(0, limit);
  // highlights for the page shown (ts_headline is costly: only these rows, never the export)
  if (f.q && page.length && limit <= ISSUE_PAGE_SIZE) await highlightIssues(client, page, f.q);
  const last = page[page.length - 1];
  const more = rows.length > limit && last;
  return {
    rows: page,
    nextCursor: !more ? null : relevance ? String(offset + limit) : `${cursorValue(sort, last)}~${last.number}`,
  };
}

async function highlightIssues(client: Db | Tx, rows: IssueListRow[], q: string) {
  const terms = searchTerms(q);
  const marked = await client.$queryRaw<{ id: string; title: string; snippet: string }[]>`
    SELECT i.id, ${headline(Prisma.sql`i.title`, terms, true)} AS title,
           CASE WHEN i.description <> '' THEN ${headline(Prisma.sql`i.description`, terms, false)} END AS snippet
    FROM "Issue" i WHERE i.id IN (${Prisma.join(rows.map((r) => Prisma.sql`${r.id}::uuid`))})`;
  const byId = new Map(marked.map((m) => [m.id, m]));
  for (const r of rows) {
    const m = byId.get(r.id);
    r.titleHighlight = m?.title ?? null;
    r.snippet = hasHighlight(m?.snippet) ? m.snippet : null;
  }
}
