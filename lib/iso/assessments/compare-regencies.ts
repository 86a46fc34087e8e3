import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { regencyIdsWith } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ISO_INDICATORS } from "./indicators";
import type { RatingCounts } from "./queries";

type Rating = "red" | "yellow" | "green" | "not_measurable";

/** The regencies the actor may read ISO records of, as a SQL condition on `a."regencyId"`. */
function scopeSql(actor: Actor): Prisma.Sql {
  const ids = regencyIdsWith(actor, "iso.read");
  if (ids === "all") return Prisma.sql`TRUE`;
  if (!ids.length) return Prisma.sql`FALSE`;
  return Prisma.sql`a."regencyId" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})`;
}

/** Periods with at least one verified assessment the actor may read, newest first. */
export async function listVerifiedPeriods(actor: Actor): Promise<string[]> {
  const rows = await db.$queryRaw<{ period: string }[]>`
    SELECT DISTINCT a.period FROM "IsoAssessment" a
    WHERE a.status = 'verified' AND ${scopeSql(actor)}
    ORDER BY a.period DESC
    LIMIT 40`;
  return rows.map((r) => r.period);
}

/**
 * Between regencies: for one period, the latest verified assessment of each regency the actor may
 * read (iso.read), as a grid indicator × regency. Selection and join are done in SQL.
 */
export async function compareRegencies(actor: Actor, period: string) {
  const rows = await db.$queryRaw<
    {
      assessmentId: string;
      regencyId: string;
      regencyName: string;
      timeZone: string;
      verifiedAt: Date;
      indicatorCode: string;
      rating: Rating | null;
    }[]
  >`
    WITH latest AS (
      SELECT DISTINCT ON (a."regencyId") a.id, a."regencyId", a."verifiedAt"
      FROM "IsoAssessment" a
      WHERE a.status = 'verified' AND a.period = ${period} AND ${scopeSql(actor)}
      ORDER BY a."regencyId", a."verifiedAt" DESC NULLS LAST
    )
    SELECT l.id AS "assessmentId", l."regencyId", g.name AS "regencyName", g."timeZone", l."verifiedAt", r."indicatorCode", r.rating::text AS rating
    FROM latest l
    JOIN "Regency" g ON g.id = l."regencyId"
    JOIN "IsoAssessmentRating" r ON r."assessmentId" = l.id
    ORDER BY g.name, l."regencyId"`;
  const regencies: {
    id: string;
    name: string;
    timeZone: string;
    assessmentId: string;
    verifiedAt: Date;
    counts: RatingCounts;
  }[] = [];
  const cells = new Map<string, Rating | null>();
  for (const r of rows) {
    let reg = regencies.at(-1);
    if (reg?.id !== r.regencyId) {
      reg = {
        id: r.regencyId,
        name: r.regencyName,
        timeZone: r.timeZone,
        assessmentId: r.assessmentId,
        verifiedAt: r.verifiedAt,
        counts: { red: 0, yellow: 0, green: 0, not_measurable: 0, unrated: 0 },
      };
      regencies.push(reg);
    }
    reg.counts[r.rating ?? "unrated"]++;
    cells.set(`${r.regencyId}|${r.indicatorCode}`, r.rating);
  }
  return {
    period,
    regencies,
    rows: ISO_INDICATORS.map((i) => ({ ...i, ratings: regencies.map((g) => cells.get(`${g.id}|${i.code}`) ?? null) })),
  };
}
export type RegencyComparison = Awaited<ReturnType<typeof compareRegencies>>;
