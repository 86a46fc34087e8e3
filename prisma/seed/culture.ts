import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CULTURE_DIMENSIONS, CURRENT_INSTRUMENT_VERSION, POINTS_PER_DIMENSION } from "@/lib/culture/instrument";
import type { SeedContext } from "./foundation";

// Culture surveys of Pangandaran and Malaka over two periods (2025 and 2026): the whole regency
// and some agencies, with answers drawn around a profile that leans to hierarchy "now" and to
// collaboration "preferred", and moves a little between the periods. Malaka's Dinkes survey of
// 2026 is still open with only 4 answers, so its profile stays hidden (anonymity).

type Scores = [number, number, number, number]; // clan, adhocracy, market, hierarchy

/** A small deterministic generator, so every seeded database has the same answers. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** One respondent's 24 points: per dimension the target plus noise, split into exactly 100. */
function answerAround(target: Scores, next: () => number): number[] {
  return CULTURE_DIMENSIONS.flatMap(() => {
    const raw = target.map((v) => Math.max(0, v + Math.round((next() - 0.5) * 16)));
    const total = raw.reduce((a, b) => a + b, 0);
    const points = raw.map((v) => Math.round((v * POINTS_PER_DIMENSION) / total));
    points[points.indexOf(Math.max(...points))] += POINTS_PER_DIMENSION - points.reduce((a, b) => a + b, 0);
    return points;
  });
}

type SurveySeed = {
  agency?: string; // shortName; none = the whole regency
  period: number;
  responses: number;
  now: Scores;
  preferred: Scores;
  open?: boolean;
};

const PANGANDARAN: SurveySeed[] = [
  { period: 2025, responses: 24, now: [18, 12, 22, 48], preferred: [32, 24, 22, 22] },
  { period: 2026, responses: 31, now: [22, 14, 22, 42], preferred: [33, 25, 21, 21] },
  { agency: "Bappeda", period: 2025, responses: 9, now: [20, 16, 24, 40], preferred: [30, 28, 22, 20] },
  { agency: "Bappeda", period: 2026, responses: 11, now: [24, 19, 23, 34], preferred: [30, 28, 22, 20] },
  { agency: "Dinkes", period: 2026, responses: 8, now: [16, 10, 20, 54], preferred: [34, 18, 24, 24] },
  { agency: "Dispar", period: 2026, responses: 7, now: [24, 24, 30, 22], preferred: [26, 32, 26, 16] },
];
const MALAKA: SurveySeed[] = [
  { period: 2025, responses: 18, now: [26, 8, 16, 50], preferred: [34, 20, 22, 24] },
  { period: 2026, responses: 22, now: [28, 10, 18, 44], preferred: [34, 21, 22, 23] },
  { agency: "Bappeda", period: 2026, responses: 6, now: [22, 12, 20, 46], preferred: [30, 24, 24, 22] },
  { agency: "Dinkes", period: 2026, responses: 4, now: [20, 10, 20, 50], preferred: [30, 20, 25, 25], open: true },
];

const DAY = 86_400_000;

export async function seedCulture(db: PrismaClient, { regencies, users }: SeedContext) {
  const next = random(18091);
  const plans = [
    {
      regencyId: regencies.pangandaran,
      abbr: "PGD",
      name: "Kabupaten Pangandaran",
      surveys: PANGANDARAN,
      by: users.koordinator,
    },
    {
      regencyId: regencies.malaka,
      abbr: "MLK",
      name: "Kabupaten Malaka",
      surveys: MALAKA,
      by: users.koordinatorMalaka,
    },
  ];
  for (const plan of plans) {
    for (const [i, s] of plan.surveys.entries()) {
      const agency = s.agency
        ? await db.agency.findFirstOrThrow({ where: { regencyId: plan.regencyId, shortName: s.agency } })
        : null;
      const opensAt = s.open ? new Date(Date.now() - 5 * DAY) : new Date(`${s.period}-10-01T00:00:00Z`);
      const closesAt = s.open ? new Date(Date.now() + 14 * DAY) : new Date(`${s.period}-10-31T16:59:00Z`);
      const survey = await db.cultureSurvey.create({
        data: {
          regencyId: plan.regencyId,
          agencyId: agency?.id ?? null,
          period: s.period,
          instrumentVersion: CURRENT_INSTRUMENT_VERSION,
          title: `Survei budaya organisasi ${agency?.name ?? plan.name} ${s.period}`,
          code: `${plan.abbr}${s.period % 100}${String(i + 1).padStart(2, "0")}`,
          opensAt,
          closesAt,
          createdById: plan.by,
        },
      });
      const submittedOn = new Date(`${opensAt.toISOString().slice(0, 10)}T00:00:00Z`);
      await db.cultureResponse.createMany({
        data: Array.from({ length: s.responses }, () => ({
          surveyId: survey.id,
          instrumentVersion: CURRENT_INSTRUMENT_VERSION,
          now: answerAround(s.now, next),
          preferred: answerAround(s.preferred, next),
          submittedOn,
        })),
      });
    }
  }
}
