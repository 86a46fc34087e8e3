import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";
import { isoTrend, workshopParticipation } from "./trends";

let coordinator: Actor;
let malaka: Actor;
let pangandaran: string;

beforeAll(async () => {
  [coordinator, malaka] = await Promise.all([actorFor(DEMO.coordinator), actorFor(DEMO.malakaCoordinator)]);
  pangandaran = await regencyId("pangandaran");
});

describe("the re-culturing story's trends", () => {
  it("counts past workshops, their participants and answers per quarter of the regency", async () => {
    const rows = (await workshopParticipation(coordinator, pangandaran))!;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].quarter).toMatch(/^\d{4}-T[1-4]$/);
    const [{ participants, answers }] = await db.$queryRaw<{ participants: number; answers: number }[]>`
      SELECT (SELECT count(*)::int FROM "WorkshopParticipant" p JOIN "Workshop" w ON w.id = p."workshopId"
              WHERE w."regencyId" = ${pangandaran}::uuid AND w."startsAt" <= now()) AS participants,
             (SELECT count(*)::int FROM "WorkshopEntry" e JOIN "Workshop" w ON w.id = e."workshopId"
              WHERE w."regencyId" = ${pangandaran}::uuid AND w."startsAt" <= now()) AS answers`;
    expect(rows.reduce((s, r) => s + r.participants, 0)).toBe(participants);
    expect(rows.reduce((s, r) => s + r.answers, 0)).toBe(answers);
  });

  it("sums the ISO 18091 colours per assessed period", async () => {
    const rows = (await isoTrend(coordinator, pangandaran))!;
    expect(rows.length).toBeGreaterThanOrEqual(2); // the demo's two verified periods
    expect(rows.map((r) => r.period)).toEqual([...rows.map((r) => r.period)].sort());
    const [last] = rows.slice(-1);
    const [{ green }] = await db.$queryRaw<{ green: number }[]>`
      SELECT count(*)::int AS green FROM "IsoAssessmentRating" r JOIN "IsoAssessment" a ON a.id = r."assessmentId"
      WHERE a."regencyId" = ${pangandaran}::uuid AND a.period = ${last.period} AND r.rating = 'green'`;
    expect(last.green).toBe(green);
    for (const r of rows) expect(r.green + r.yellow + r.red).toBeLessThanOrEqual(r.rated);
  });

  it("answers nothing to an official of another regency", async () => {
    expect(await workshopParticipation(malaka, pangandaran)).toBeNull();
    expect(await isoTrend(malaka, pangandaran)).toBeNull();
  });
});
