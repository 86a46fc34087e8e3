import { Prisma } from "@/lib/generated/prisma/client";
import { CULTURE_DIMENSIONS, CULTURE_TYPES, type CultureType, pointIndex } from "./instrument";

// A culture profile: per culture type, the mean over respondents of the mean over the six
// dimensions of the points given to that type (so the four scores add up to 100), for "now" and
// "preferred", and the gap preferred − now. A group with fewer than MIN_GROUP_SIZE answers has
// no profile at all: not for any role, page, export or live screen (anonymity).

export const MIN_GROUP_SIZE = 5;

export type TypeScores = Record<CultureType, number>;
export type CultureProfile = { responses: number; now: TypeScores; preferred: TypeScores; gap: TypeScores };
/** What a group shows: its profile, or only that it is too small to show (never its answers). */
export type GroupProfile = { responses: number; profile: CultureProfile | null };

const round1 = (x: number) => Math.round(x * 10) / 10;
const scores = (f: (type: number) => number) =>
  Object.fromEntries(CULTURE_TYPES.map((type, i) => [type, round1(f(i))])) as TypeScores;

/** One respondent's score per type: the mean of that type's points over the six dimensions. */
export function respondentScores(points: readonly number[]): number[] {
  return CULTURE_TYPES.map(
    (_, t) => CULTURE_DIMENSIONS.reduce((sum, _d, d) => sum + points[pointIndex(d, t)], 0) / CULTURE_DIMENSIONS.length,
  );
}

/** Builds the profile from per-type means (unrounded), or null below the anonymity threshold. */
export function profileFromMeans(responses: number, now: readonly number[], preferred: readonly number[]) {
  if (responses < MIN_GROUP_SIZE) return null;
  return {
    responses,
    now: scores((t) => now[t]),
    preferred: scores((t) => preferred[t]),
    gap: scores((t) => preferred[t] - now[t]),
  } satisfies CultureProfile;
}

/** The profile of a group's answers in memory (tests, the seed); pages aggregate in SQL instead. */
export function profileOf(answers: readonly { now: readonly number[]; preferred: readonly number[] }[]) {
  const mean = (set: "now" | "preferred") =>
    CULTURE_TYPES.map(
      (_, t) => answers.reduce((sum, a) => sum + respondentScores(a[set])[t], 0) / (answers.length || 1),
    );
  return profileFromMeans(answers.length, mean("now"), mean("preferred"));
}

/** SQL: the mean over the six dimensions of one type's points in an int[] column (1-based arrays). */
function typeMeanSql(column: Prisma.Sql, type: number): Prisma.Sql {
  const cells = CULTURE_DIMENSIONS.map((_, d) => Prisma.sql`${column}[${Prisma.raw(String(pointIndex(d, type) + 1))}]`);
  return Prisma.sql`(${Prisma.join(cells, " + ")})::float8 / ${Prisma.raw(String(CULTURE_DIMENSIONS.length))}`;
}

/**
 * The select list of a profile aggregate over answer rows with 24-value `now` and `preferred`
 * columns (`alias` names the row): responses, now_0..now_3, preferred_0..preferred_3.
 * Use it with GROUP BY and read each row with profileFromRow.
 */
export function profileSelectSql(now: Prisma.Sql, preferred: Prisma.Sql): Prisma.Sql {
  const parts = [Prisma.sql`count(*)::int AS responses`];
  CULTURE_TYPES.forEach((_, t) => {
    parts.push(Prisma.sql`avg(${typeMeanSql(now, t)})::float8 AS ${Prisma.raw(`now_${t}`)}`);
    parts.push(Prisma.sql`avg(${typeMeanSql(preferred, t)})::float8 AS ${Prisma.raw(`preferred_${t}`)}`);
  });
  return Prisma.join(parts, ", ");
}

export type ProfileRow = { responses: number } & Record<`now_${number}` | `preferred_${number}`, number | null>;

/** A row of profileSelectSql → the group's profile (null below the threshold). */
export function profileFromRow(row: ProfileRow | undefined): GroupProfile {
  const responses = row?.responses ?? 0;
  if (!row) return { responses, profile: null };
  const now = CULTURE_TYPES.map((_, t) => row[`now_${t}`] ?? 0);
  const preferred = CULTURE_TYPES.map((_, t) => row[`preferred_${t}`] ?? 0);
  return { responses, profile: profileFromMeans(responses, now, preferred) };
}
