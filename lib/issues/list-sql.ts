// The issue-list query of one regency, as plain SQL on a client passed in (pages through
// lib/issues/queries.ts, the benchmark directly). Filters, search, sort and keyset pagination.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { sqlEscalated, sqlOverdue, sqlStale, sqlZoneOf, SQL_CLOCK, SQL_OPEN } from "./attention";
import type { IssueFilter } from "./schemas";
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
};

type Sort = NonNullable<IssueFilter["sort"]>;
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
    parse: (s) => new Date(`${s}T00:00:00Z`),
  },
  updated: { key: SQL_CLOCK, dir: "ASC", parse: (s) => new Date(s) },
};

function cursorValue(sort: Sort, row: IssueListRow): string {
  if (sort === "newest") return String(row.number);
  if (sort === "priority") return String(row.priority);
  if (sort === "due") return (row.dueDate ?? new Date("9999-12-31T00:00:00Z")).toISOString().slice(0, 10);
  return row.lastUpdateAt.toISOString();
}

export function issueWhere(regencyId: string, f: IssueFilter & { positionIds?: string[] }, now: Date): Prisma.Sql {
  const zone = sqlZoneOf(regencyId); // the regency's calendar day
  const parts: Prisma.Sql[] = [Prisma.sql`i."regencyId" = ${regencyId}::uuid`];
  parts.push(f.triage ? Prisma.sql`i.triage = ${f.triage}::"IssueTriage"` : Prisma.sql`i.triage = 'accepted'`);
  if (f.q) {
    const n = /^(?:isu-|issue-|#)?(\d{1,9})$/i.exec(f.q)?.[1]; // ISU-12 (id), ISSUE-12 (en), #12
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(
      n
        ? Prisma.sql`(i.number = ${Number(n)} OR i.title ILIKE ${like})`
        : Prisma.sql`(i.title ILIKE ${like} OR ${f.q} = ANY(i.tags) OR ${f.q} = ANY(i.programs))`,
    );
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

export async function queryIssueList(
  client: Db | Tx,
  regencyId: string,
  f: IssueFilter & { positionIds?: string[] },
  now: Date,
  limit = ISSUE_PAGE_SIZE,
) {
  const zone = sqlZoneOf(regencyId); // the regency's calendar day
  const sort: Sort = f.sort ?? "newest";
  const s = SORT[sort];
  let keyset = Prisma.empty;
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
  const order =
    s.dir === "DESC"
      ? Prisma.sql`ORDER BY ${s.key} DESC, i.number DESC`
      : Prisma.sql`ORDER BY ${s.key} ASC, i.number ASC`;
  const rows = await client.$queryRaw<IssueListRow[]>`
    SELECT i.id, i.number, i.title, i.category::text, i.stage::text, i.lifecycle::text, i.triage::text, i.priority, i."percentDone",
           i."dueDate", i."isPublic", a."shortName" AS "agencyName", p.title AS "ownerTitle", ${SQL_CLOCK} AS "lastUpdateAt",
           i."reviewCadenceDays", ${sqlStale(now, zone)} AS stale, ${sqlEscalated(now, zone)} AS escalated, ${sqlOverdue(now, zone)} AS overdue,
           EXISTS (SELECT 1 FROM "FollowUp" f WHERE f."issueId" = i.id AND ${sqlFollowUpOverdue(now)}) AS "followUpOverdue",
           i."createdAt", i."triageReason", i.source
    FROM "Issue" i
    LEFT JOIN "Agency" a ON a.id = i."agencyId"
    LEFT JOIN "Position" p ON p.id = i."ownerPositionId"
    WHERE ${issueWhere(regencyId, f, now)} ${keyset}
    ${order}
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > limit && last ? `${cursorValue(sort, last)}~${last.number}` : null };
}
