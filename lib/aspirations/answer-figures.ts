import { Prisma } from "@/lib/generated/prisma/client";

/** How fast a set of aspirations was answered (rejected ones are left out by the caller's where). */
export type AnswerFigures = {
  received: number;
  answered: number;
  /** median days from receipt to the first answer, of the answered ones */
  medianDays: number | null;
  /** of those answered or unanswered past their deadline: answered on time, 0–1 */
  onTimeShare: number | null;
};

/** The select list of AnswerFigures over aspiration rows `a`: one aggregate, only numbers leave it. */
export function answerFiguresSql(now: Date): Prisma.Sql {
  return Prisma.sql`COUNT(*)::int AS received,
    COUNT(a."answeredAt")::int AS answered,
    (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM a."answeredAt" - a."createdAt") / 86400)
      FILTER (WHERE a."answeredAt" IS NOT NULL))::float8 AS "medianDays",
    (COUNT(*) FILTER (WHERE a."answeredOnTime"))::float8
      / NULLIF(COUNT(*) FILTER (WHERE a."answeredAt" IS NOT NULL OR a."dueAt" < ${now}), 0) AS "onTimeShare"`;
}
