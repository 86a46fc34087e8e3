import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { profileFromRow, profileOf, profileSelectSql, type ProfileRow } from "./profile";

const select = profileSelectSql(Prisma.sql`r."now"`, Prisma.sql`r."preferred"`);

describe("profiles aggregated in SQL", () => {
  it("equal the in-memory arithmetic for every seeded survey, and hide groups below five", async () => {
    const surveys = await db.cultureSurvey.findMany({ include: { responses: true } });
    expect(surveys.length).toBeGreaterThan(5);
    for (const s of surveys) {
      const [row] = await db.$queryRaw<ProfileRow[]>`
        SELECT ${select} FROM "CultureResponse" r WHERE r."surveyId" = ${s.id}::uuid`;
      const fromSql = profileFromRow(row);
      expect(fromSql.responses).toBe(s.responses.length);
      expect(fromSql.profile).toEqual(profileOf(s.responses));
    }
    // the seeded open survey of Malaka's Dinkes has 4 answers: no profile
    const small = surveys.find((s) => s.responses.length === 4)!;
    const [row] = await db.$queryRaw<ProfileRow[]>`
      SELECT ${select} FROM "CultureResponse" r WHERE r."surveyId" = ${small.id}::uuid`;
    expect(profileFromRow(row)).toEqual({ responses: 4, profile: null });
  });
});
