import { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityResults, KindActivity, SqlClient } from "@/lib/workshops/kinds/types";
import { POINTS_PER_SET } from "./instrument";
import { MIN_GROUP_SIZE, profileFromRow, profileSelectSql, type ProfileRow } from "./profile";

// The culture activity's results: the participants' profile, aggregated in SQL by the same
// arithmetic as the surveys (lib/culture/profile.ts), null below the anonymity threshold. Kept
// apart from the kind's file (lib/workshops/kinds/culture.tsx) because that one also loads in the
// browser (the live presenter draws the kite), where Prisma's SQL helpers cannot go.

const select = profileSelectSql(Prisma.sql`r."now"`, Prisma.sql`r."preferred"`);

/** Entries are 48 points (now's 24, then preferred's 24); a facilitator's hidden ones do not count. */
export async function tallyCultureActivity(client: SqlClient, a: Pick<KindActivity, "id">): Promise<ActivityResults> {
  const rows = await client.$queryRaw<ProfileRow[]>`
    SELECT ${select} FROM (
      SELECT choices[1:${POINTS_PER_SET}] AS "now", choices[${POINTS_PER_SET + 1}:${POINTS_PER_SET * 2}] AS "preferred"
      FROM "WorkshopEntry"
      WHERE "activityId" = ${a.id}::uuid AND NOT hidden AND cardinality(choices) = ${POINTS_PER_SET * 2}
    ) r`;
  const group = profileFromRow(rows[0]);
  return { total: group.responses, culture: { profile: group.profile, min: MIN_GROUP_SIZE } };
}
