import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

// Two of the re-culturing story's trends, aggregated in SQL: how many people the regency's
// workshops reached, quarter by quarter, and how its ISO 18091 self-assessments moved between
// periods. Both need culture.read; the story page is the coordinator's, oversight reads it too.

export type ParticipationRow = { quarter: string; workshops: number; participants: number; answers: number };

/** Workshops held per quarter (wall clock of the regency) with their participants and answers. */
export async function workshopParticipation(actor: Actor, regencyId: string, quarters = 8) {
  if (!can(actor, "culture.read", regencyId)) return null;
  return db.$queryRaw<ParticipationRow[]>`
    SELECT x.quarter, count(*)::int AS workshops, sum(x.participants)::int AS participants, sum(x.answers)::int AS answers
    FROM (
      SELECT to_char(date_trunc('quarter', w."startsAt" AT TIME ZONE g."timeZone"), 'YYYY-"T"Q') AS quarter,
             (SELECT count(*) FROM "WorkshopParticipant" p WHERE p."workshopId" = w.id) AS participants,
             (SELECT count(*) FROM "WorkshopEntry" e WHERE e."workshopId" = w.id) AS answers
      FROM "Workshop" w JOIN "Regency" g ON g.id = w."regencyId"
      WHERE w."regencyId" = ${regencyId}::uuid AND w."startsAt" <= now()
    ) x
    GROUP BY x.quarter
    ORDER BY x.quarter DESC
    LIMIT ${quarters}`;
}

export type IsoTrendRow = { period: string; green: number; yellow: number; red: number; rated: number };

/** ISO 18091 ratings per assessed period (submitted or verified), oldest first. */
export async function isoTrend(actor: Actor, regencyId: string) {
  if (!can(actor, "culture.read", regencyId)) return null;
  return db.$queryRaw<IsoTrendRow[]>`
    SELECT a.period,
           count(*) FILTER (WHERE r.rating = 'green')::int AS green,
           count(*) FILTER (WHERE r.rating = 'yellow')::int AS yellow,
           count(*) FILTER (WHERE r.rating = 'red')::int AS red,
           count(r.rating)::int AS rated
    FROM "IsoAssessment" a
    JOIN "IsoAssessmentRating" r ON r."assessmentId" = a.id
    WHERE a."regencyId" = ${regencyId}::uuid AND a.status IN ('submitted', 'verified')
    GROUP BY a.period
    ORDER BY a.period`;
}
