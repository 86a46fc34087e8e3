// The national comparison: every regency's dashboard figures side by side. Computing them for
// 514 regencies and a million issues takes seconds, so the background sweep computes them once
// in one statement into RegencyFigures, and the page reads that small table (with computedAt).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { sqlEscalated, sqlOverdue, sqlStale, SQL_CLOCK } from "@/lib/issues/attention";

type Client = Db | Tx;

/** Each regency's calendar day (alias "r" below). */
const ZONE = Prisma.sql`r."timeZone"`;

/** Recomputes every regency's figures (one index range per regency, LATERAL). Returns the rows written. */
export async function refreshRegencyFigures(c: Client, now = new Date()): Promise<number> {
  return c.$executeRaw`
    INSERT INTO "RegencyFigures" ("regencyId", open, overdue, stale, escalated, share, "medianDays", "computedAt")
    SELECT r.id, agg.open, agg.overdue, agg.stale, agg.escalated, agg.share, agg."medianDays", ${now}::timestamptz
    FROM "Regency" r
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS open,
             count(*) FILTER (WHERE ${sqlOverdue(now, ZONE)})::int AS overdue,
             count(*) FILTER (WHERE ${sqlStale(now, ZONE)})::int AS stale,
             count(*) FILTER (WHERE ${sqlEscalated(now, ZONE)})::int AS escalated,
             round(100.0 * count(*) FILTER (WHERE NOT ${sqlStale(now, ZONE)}) / NULLIF(count(*), 0))::int AS share,
             round(percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (${now}::timestamptz - ${SQL_CLOCK})) / 86400)::numeric, 1)::float AS "medianDays"
      FROM "Issue" i
      WHERE i."regencyId" = r.id AND i.triage = 'accepted' AND i.stage <> 'closed') agg
    ON CONFLICT ("regencyId") DO UPDATE SET open = EXCLUDED.open, overdue = EXCLUDED.overdue, stale = EXCLUDED.stale,
      escalated = EXCLUDED.escalated, share = EXCLUDED.share, "medianDays" = EXCLUDED."medianDays",
      "computedAt" = EXCLUDED."computedAt"`;
}

export type NationalRow = {
  regencyId: string;
  name: string;
  slug: string;
  code: string;
  province: string;
  isDob: boolean;
  open: number;
  overdue: number;
  stale: number;
  escalated: number;
  share: number | null;
  medianDays: number | null;
  computedAt: Date | null;
};

export type NationalFilter = { province?: string; dob?: boolean; q?: string };

/**
 * The figures of the regencies in `regencyIds` ("all" for an admin), filtered, the ones that need
 * attention most first (escalated, then stale, then the lowest share on track).
 */
export async function nationalFigures(
  c: Client,
  regencyIds: string[] | "all",
  f: NationalFilter,
  limit = 600,
): Promise<NationalRow[]> {
  const where: Prisma.Sql[] = [
    regencyIds === "all"
      ? Prisma.sql`TRUE`
      : regencyIds.length
        ? Prisma.sql`r.id IN (${Prisma.join(regencyIds.map((r) => Prisma.sql`${r}::uuid`))})`
        : Prisma.sql`FALSE`,
  ];
  if (f.province) where.push(Prisma.sql`r.province = ${f.province}`);
  if (f.dob) where.push(Prisma.sql`r."isDob"`);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    where.push(Prisma.sql`(r.name ILIKE ${like} OR r.code LIKE ${`${f.q}%`})`);
  }
  return c.$queryRaw<NationalRow[]>`
    SELECT r.id AS "regencyId", r.name, r.slug, r.code, r.province, r."isDob",
           COALESCE(g.open, 0) AS open, COALESCE(g.overdue, 0) AS overdue, COALESCE(g.stale, 0) AS stale,
           COALESCE(g.escalated, 0) AS escalated, g.share, g."medianDays", g."computedAt"
    FROM "Regency" r LEFT JOIN "RegencyFigures" g ON g."regencyId" = r.id
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY COALESCE(g.escalated, 0) DESC, COALESCE(g.stale, 0) DESC, g.share ASC NULLS LAST, r.name
    LIMIT ${limit}`;
}
