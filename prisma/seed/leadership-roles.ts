import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ROLE_SCORE_MAX, ROLE_SCORE_MIN } from "@/lib/leadership/roles/roles";
import type { SeedContext } from "./foundation";

// The leadership teams of Pangandaran and Malaka assessed on the eight CVF leadership roles over
// two periods (2025, 2026). Most leaders have three or more colleague assessments; each Ketua
// DPRD has only two (their colleagues' mean stays hidden) and a paper self-assessment the
// coordinator recorded. The Bupati handover of 20 February 2025 brings an innovator and broker
// in place of a director and monitor: the team's coverage visibly moves towards "inovatif".
// Pangandaran's coordinator added the Inspektur to the team. The Bupati and Sekda of Pangandaran
// and the Bupati and Wakil Bupati of Malaka get demo accounts (officials) so the team can
// assess each other.

// scores in LEADERSHIP_ROLES order: mentor, facilitator, innovator, broker, producer, director, coordinator, monitor
type Scores = [number, number, number, number, number, number, number, number];
type Plan = {
  title: string; // position title
  person?: string; // an earlier holder's term instead of the current one
  periods: Partial<Record<2025 | 2026, Scores>>;
  colleagues: string[]; // user keys
  self?: "own" | "paper";
};

const PANGANDARAN: Plan[] = [
  {
    title: "Bupati",
    person: "H. Wawan Setiawan",
    periods: { 2025: [2, 2, 1, 2, 4, 5, 4, 5] },
    colleagues: ["koordinator", "pejabat", "dprd"],
  },
  {
    title: "Bupati",
    periods: { 2025: [3, 3, 5, 5, 4, 3, 2, 2], 2026: [3, 4, 5, 5, 4, 3, 3, 2] },
    colleagues: ["koordinator", "pejabat", "dprd", "sekda"],
    self: "own",
  },
  {
    title: "Wakil Bupati",
    periods: { 2025: [3, 3, 3, 3, 4, 3, 4, 4], 2026: [4, 4, 3, 3, 4, 3, 4, 3] },
    colleagues: ["pejabat", "dprd", "bupati", "sekda"],
    self: "own",
  },
  {
    title: "Sekretaris Daerah",
    periods: { 2025: [2, 2, 2, 2, 3, 4, 5, 5], 2026: [3, 3, 2, 2, 3, 4, 5, 4] },
    colleagues: ["koordinator", "pejabat", "dprd", "bupati"],
    self: "own",
  },
  {
    title: "Kepala Bappeda",
    periods: { 2025: [2, 3, 4, 3, 4, 4, 3, 4], 2026: [3, 3, 4, 4, 4, 4, 3, 4] },
    colleagues: ["koordinator", "dprd", "bupati", "sekda"],
    self: "own",
  },
  {
    title: "Ketua DPRD",
    periods: { 2025: [3, 4, 2, 4, 3, 3, 2, 2], 2026: [3, 4, 2, 4, 3, 3, 2, 2] },
    colleagues: ["koordinator", "dprd"],
    self: "paper",
  },
  {
    title: "Inspektur Daerah",
    periods: { 2026: [3, 2, 2, 2, 3, 3, 4, 5] },
    colleagues: ["koordinator", "pejabat", "sekda"],
  },
];

const MALAKA: Plan[] = [
  {
    title: "Bupati",
    person: "Simon Nahak Bere",
    periods: { 2025: [4, 4, 2, 3, 3, 4, 3, 3] },
    colleagues: ["koordinatorMalaka", "pejabatMalaka", "wabupMalaka"],
  },
  {
    title: "Bupati",
    periods: { 2025: [3, 3, 4, 4, 5, 5, 2, 2], 2026: [3, 3, 4, 4, 5, 4, 3, 2] },
    colleagues: ["koordinatorMalaka", "pejabatMalaka", "wabupMalaka"],
    self: "own",
  },
  {
    title: "Wakil Bupati",
    periods: { 2025: [4, 4, 2, 3, 3, 3, 3, 3], 2026: [4, 5, 3, 3, 3, 3, 3, 3] },
    colleagues: ["koordinatorMalaka", "pejabatMalaka", "bupatiMalaka"],
    self: "own",
  },
  {
    title: "Sekretaris Daerah",
    periods: { 2025: [3, 4, 2, 3, 3, 4, 5, 4], 2026: [3, 4, 2, 3, 3, 4, 5, 4] },
    colleagues: ["pejabatMalaka", "bupatiMalaka", "wabupMalaka"],
    self: "own",
  },
  {
    title: "Kepala Bappeda",
    periods: { 2025: [2, 3, 3, 3, 4, 3, 4, 4], 2026: [3, 3, 4, 3, 4, 3, 4, 4] },
    colleagues: ["koordinatorMalaka", "bupatiMalaka", "wabupMalaka"],
    self: "own",
  },
  {
    title: "Ketua DPRD",
    periods: { 2025: [3, 4, 2, 4, 3, 3, 2, 2], 2026: [3, 4, 2, 4, 3, 3, 2, 3] },
    colleagues: ["koordinatorMalaka", "pejabatMalaka"],
    self: "paper",
  },
];

// a colleague's score: the target plus an offset that averages out over four colleagues
const OFFSETS = [0, 1, -1, 0];
const clamp = (v: number) => Math.min(ROLE_SCORE_MAX, Math.max(ROLE_SCORE_MIN, v));

export async function seedLeadershipRoles(db: PrismaClient, { regencies, users }: SeedContext) {
  const template = await db.user.findUniqueOrThrow({ where: { id: users.pejabat }, select: { passwordHash: true } });
  const accounts: Record<string, string> = { ...users };
  const extra = [
    { key: "bupati", email: "bupati@mekar.test", regencyId: regencies.pangandaran, title: "Bupati" },
    { key: "sekda", email: "sekda@mekar.test", regencyId: regencies.pangandaran, title: "Sekretaris Daerah" },
    { key: "bupatiMalaka", email: "bupati.malaka@mekar.test", regencyId: regencies.malaka, title: "Bupati" },
    { key: "wabupMalaka", email: "wabup.malaka@mekar.test", regencyId: regencies.malaka, title: "Wakil Bupati" },
  ];
  for (const e of extra) {
    const term = await db.positionTerm.findFirstOrThrow({
      where: { position: { regencyId: e.regencyId, title: e.title }, endDate: null },
      select: { id: true, personName: true },
    });
    const user = await db.user.create({
      data: { email: e.email, name: term.personName, passwordHash: template.passwordHash },
    });
    await db.membership.create({ data: { userId: user.id, regencyId: e.regencyId, role: "official" } });
    await db.positionTerm.update({ where: { id: term.id }, data: { userId: user.id } });
    accounts[e.key] = user.id;
  }
  await db.position.updateMany({
    where: { regencyId: regencies.pangandaran, title: "Inspektur Daerah" },
    data: { inLeadershipTeam: true, version: { increment: 1 } },
  });

  const plans = [
    { regencyId: regencies.pangandaran, plans: PANGANDARAN, coordinator: users.koordinator },
    { regencyId: regencies.malaka, plans: MALAKA, coordinator: users.koordinatorMalaka },
  ];
  for (const { regencyId, plans: list, coordinator } of plans) {
    for (const plan of list) {
      const term = await db.positionTerm.findFirstOrThrow({
        where: {
          position: { regencyId, title: plan.title },
          ...(plan.person ? { personName: plan.person } : { endDate: null }),
        },
        select: { id: true, userId: true },
      });
      for (const [year, target] of Object.entries(plan.periods) as [string, Scores][]) {
        const period = Number(year);
        const rows: Prisma.LeadershipAssessmentCreateManyInput[] = plan.colleagues.map((key, i) => ({
          regencyId,
          termId: term.id,
          period,
          kind: "colleague",
          raterKey: accounts[key],
          assessorId: accounts[key],
          recordedById: accounts[key],
          scores: target.map((v, r) => clamp(v + OFFSETS[(i + r) % OFFSETS.length])),
          createdAt: new Date(Date.UTC(period, 9, 10 + i)),
        }));
        if (plan.self) {
          const paper = plan.self === "paper";
          rows.push({
            regencyId,
            termId: term.id,
            period,
            kind: "self",
            raterKey: "self",
            assessorId: term.userId,
            recordedById: paper ? coordinator : term.userId,
            // leaders see themselves a little more broadly than their colleagues do
            scores: target.map((v, r) => clamp(v + (r % 3 === 1 ? 1 : 0))),
            createdAt: new Date(Date.UTC(period, 9, 5)),
            onBehalf: paper,
          });
        }
        await db.leadershipAssessment.createMany({ data: rows });
      }
    }
  }
}
