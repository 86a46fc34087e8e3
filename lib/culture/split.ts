import { z } from "zod";
import { CULTURE_DIMENSIONS, CULTURE_TYPES, POINTS_PER_DIMENSION, POINTS_PER_SET } from "./instrument";

/** One dimension of one set whose points do not add up to 100. */
export type SplitProblem = {
  set: "now" | "preferred";
  dimension: number;
  sum: number;
  /** points still to give (> 0) or to take away (< 0) */
  difference: number;
};

/**
 * The dimensions whose split is not exactly 100 points (ipsative answers). The form shows each
 * with how much is missing or too much: culture.split.missing / culture.split.excess.
 */
export function splitProblems(set: "now" | "preferred", points: readonly number[]): SplitProblem[] {
  const problems: SplitProblem[] = [];
  CULTURE_DIMENSIONS.forEach((_, d) => {
    const slice = points.slice(d * CULTURE_TYPES.length, (d + 1) * CULTURE_TYPES.length);
    const sum = slice.reduce((a, b) => a + b, 0);
    if (sum !== POINTS_PER_DIMENSION) problems.push({ set, dimension: d, sum, difference: POINTS_PER_DIMENSION - sum });
  });
  return problems;
}

/** 24 whole numbers from 0 to 100 (form fields arrive as strings; empty counts as 0). */
export const pointSetSchema = z
  .array(
    z.preprocess(
      (v) => (v === "" || v === undefined || v === null ? 0 : typeof v === "string" ? Number(v) : v),
      z
        .number()
        .int("culture.split.whole")
        .min(0, "culture.split.range")
        .max(POINTS_PER_DIMENSION, "culture.split.range"),
    ),
  )
  .length(POINTS_PER_SET, "culture.split.incomplete");

/** A whole answer: both sets, each split into 100 points per dimension. */
export const cultureAnswerSchema = z
  .object({ now: pointSetSchema, preferred: pointSetSchema })
  .superRefine((a, ctx) => {
    for (const p of [...splitProblems("now", a.now), ...splitProblems("preferred", a.preferred)])
      ctx.addIssue({
        code: "custom",
        path: [p.set, p.dimension],
        message: p.difference > 0 ? "culture.split.missing" : "culture.split.excess",
        params: { points: Math.abs(p.difference), sum: p.sum },
      });
  });
export type CultureAnswer = z.infer<typeof cultureAnswerSchema>;
