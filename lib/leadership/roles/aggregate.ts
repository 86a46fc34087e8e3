import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { LEADERSHIP_ROLES, MIN_COLLEAGUES, roundRoles } from "./roles";

// The only way assessment scores leave the database: per term, period and kind, the count and the
// mean of each role. A colleague mean of fewer than MIN_COLLEAGUES is dropped here, before any
// caller sees it, so no page, export or role can show one colleague's scores.

export type TermPeriodProfile = {
  termId: string;
  period: number;
  self: { scores: number[]; onBehalf: boolean } | null;
  colleagues: { count: number; mean: number[] | null };
};

type Row = { termId: string; period: number; kind: "self" | "colleague"; n: number; onBehalf: boolean } & Record<
  `r${number}`,
  number
>;

const means = Prisma.join(
  LEADERSHIP_ROLES.map(
    (_, r) => Prisma.sql`avg(scores[${Prisma.raw(String(r + 1))}])::float8 AS ${Prisma.raw(`r${r}`)}`,
  ),
  ", ",
);

/** Profiles of the given terms (or of every term of a regency), per period. */
export async function termProfiles(
  tx: Tx | Db,
  scope: { termIds: string[] } | { regencyId: string },
): Promise<TermPeriodProfile[]> {
  const where =
    "termIds" in scope
      ? scope.termIds.length
        ? Prisma.sql`"termId" IN (${Prisma.join(scope.termIds.map((id) => Prisma.sql`${id}::uuid`))})`
        : Prisma.sql`false`
      : Prisma.sql`"regencyId" = ${scope.regencyId}::uuid`;
  const rows = await tx.$queryRaw<Row[]>`
    SELECT "termId"::text AS "termId", period, kind::text AS kind, count(*)::int AS n, bool_or("onBehalf") AS "onBehalf", ${means}
    FROM "LeadershipAssessment" WHERE ${where}
    GROUP BY "termId", period, kind`;
  const byKey = new Map<string, TermPeriodProfile>();
  for (const row of rows) {
    const k = `${row.termId}:${row.period}`;
    const p = byKey.get(k) ?? {
      termId: row.termId,
      period: row.period,
      self: null,
      colleagues: { count: 0, mean: null },
    };
    const scores = roundRoles(LEADERSHIP_ROLES.map((_, r) => row[`r${r}`]));
    if (row.kind === "self") p.self = { scores, onBehalf: row.onBehalf };
    else p.colleagues = { count: row.n, mean: row.n >= MIN_COLLEAGUES ? scores : null };
    byKey.set(k, p);
  }
  return [...byKey.values()].sort((a, b) => b.period - a.period);
}

/** The profile a fit uses: the colleagues' mean when shown, else the self-assessment, else none. */
export function usedScores(
  p: TermPeriodProfile | undefined,
): { source: "colleagues" | "self"; scores: number[] } | null {
  if (!p) return null;
  if (p.colleagues.mean) return { source: "colleagues", scores: p.colleagues.mean };
  if (p.self) return { source: "self", scores: p.self.scores };
  return null;
}
