import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ROLE_SCORE_MAX, ROLE_SCORE_MIN } from "@/lib/leadership/roles/roles";
import type { SeedContext } from "./foundation";

// The leadership teams of Pangandaran and Malaka assessed on the eight CVF leadership roles over
// two periods (2025, 2026). Most leaders have three or more colleague assessments; each Ketua
// DPRD has only two (their colleagues' mean stays hidden) and a paper self-assessment the
// coordinator recorded. The Bupati handover of 20 February 2025 brings an innovator and broker
// in place of a director and monitor: the team's coverage visibly moves towards "inovatif".
// Pangandaran's coordinator added the Inspektur to the team. Four more heads of agencies get demo
// accounts (officials, linked to no position, so no work is routed to them) to be the colleagues
// who assess; leaders without an account have a paper self-assessment the coordinator recorded.

// scores in LEADERSHIP_ROLES order: mentor, facilitator, innovator, broker, producer, director, coordinator, monitor
type Scores = [number, number, number, number, number, number, number, number];
type Plan = {
  title: string; // position title
  person?: string; // an earlier holder's term instead of the current one
  periods: Partial<Record<2025 | 2026, Scores>>;
  colleagues: string[]; // user keys
  self?: boolean; // a self-assessment: the leader's own when they have an account, else on paper
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
    colleagues: ["koordinator", "pejabat", "dprd", "disdik"],
    self: true,
  },
  {
    title: "Wakil Bupati",
    periods: { 2025: [3, 3, 3, 3, 4, 3, 4, 4], 2026: [4, 4, 3, 3, 4, 3, 4, 3] },
    colleagues: ["pejabat", "dprd", "bpkad", "disdik"],
    self: true,
  },
  {
    title: "Sekretaris Daerah",
    periods: { 2025: [2, 2, 2, 2, 3, 4, 5, 5], 2026: [3, 3, 2, 2, 3, 4, 5, 4] },
    colleagues: ["koordinator", "pejabat", "dprd", "bpkad"],
    self: true,
  },
  {
    title: "Kepala Bappeda",
    periods: { 2025: [2, 3, 4, 3, 4, 4, 3, 4], 2026: [3, 3, 4, 4, 4, 4, 3, 4] },
    colleagues: ["koordinator", "dprd", "bpkad", "disdik"],
    self: true,
  },
  {
    title: "Ketua DPRD",
    periods: { 2025: [3, 4, 2, 4, 3, 3, 2, 2], 2026: [3, 4, 2, 4, 3, 3, 2, 2] },
    colleagues: ["koordinator", "dprd"],
    self: true,
  },
  {
    title: "Inspektur Daerah",
    periods: { 2026: [3, 2, 2, 2, 3, 3, 4, 5] },
    colleagues: ["koordinator", "pejabat", "disdik"],
  },
];

const MALAKA: Plan[] = [
  {
    title: "Bupati",
    person: "Simon Nahak Bere",
    periods: { 2025: [4, 4, 2, 3, 3, 4, 3, 3] },
    colleagues: ["koordinatorMalaka", "pejabatMalaka", "distanMalaka"],
  },
  {
    title: "Bupati",
    periods: { 2025: [3, 3, 4, 4, 5, 5, 2, 2], 2026: [3, 3, 4, 4, 5, 4, 3, 2] },
    colleagues: ["koordinatorMalaka", "pejabatMalaka", "distanMalaka"],
    self: true,
  },
  {
    title: "Wakil Bupati",
    periods: { 2025: [4, 4, 2, 3, 3, 3, 3, 3], 2026: [4, 5, 3, 3, 3, 3, 3, 3] },
    colleagues: ["koordinatorMalaka", "pejabatMalaka", "inspekturMalaka"],
    self: true,
  },
  {
    title: "Sekretaris Daerah",
    periods: { 2025: [3, 4, 2, 3, 3, 4, 5, 4], 2026: [3, 4, 2, 3, 3, 4, 5, 4] },
    colleagues: ["pejabatMalaka", "inspekturMalaka", "distanMalaka"],
    self: true,
  },
  {
    title: "Kepala Bappeda",
    periods: { 2025: [2, 3, 3, 3, 4, 3, 4, 4], 2026: [3, 3, 4, 3, 4, 3, 4, 4] },
    colleagues: ["koordinatorMalaka", "inspekturMalaka", "distanMalaka"],
    self: true,
  },
  {
    title: "Ketua DPRD",
    periods: { 2025: [3, 4, 2, 4, 3, 3, 2, 2], 2026: [3, 4, 2, 4, 3, 3, 2, 3] },
    colleagues: ["koordinatorMalaka", "pejabatMalaka"],
    self: true,
  },
];

// a colleague's score: the target plus an offset that averages out over four colleagues
const OFFSETS = [0, 1, -1, 0];
const clamp = (v: number) => Math.min(ROLE_SCORE_MAX, Math.max(ROLE_SCORE_MIN, v));

export async function seedLeadershipRoles(db: PrismaClient, { regencies, users }: SeedContext) {
  const template = await db.user.findUniqueOrThrow({ where: { id: users.pejabat }, select: { passwordHash: true } });
  const accounts: Record<string, string> = { ...users };
  const extra = [
    { key: "bpkad", email: "bpkad@mekar.test", name: "Rudi Hartono, S.E., M.M.", regencyId: regencies.pangandaran },
    { key: "disdik", email: "disdikbud@mekar.test", name: "Dr. Agus Salim, M.Pd.", regencyId: regencies.pangandaran },
    {
      key: "inspekturMalaka",
      email: "inspektorat.malaka@mekar.test",
      name: "Agustinus Tae",
      regencyId: regencies.malaka,
    },
    { key: "distanMalaka", email: "distan.malaka@mekar.test", name: "Yosef Seran", regencyId: regencies.malaka },
  ];
  for (const e of extra) {
    const user = await db.user.create({ data: { email: e.email, name: e.name, passwordHash: template.passwordHash } });
    await db.membership.create({ data: { userId: user.id, regencyId: e.regencyId, role: "official" } });
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
          updatedAt: new Date(Date.UTC(period, 9, 10 + i)),
        }));
        if (plan.self) {
          const paper = !term.userId;
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
            updatedAt: new Date(Date.UTC(period, 9, 5)),
            onBehalf: paper,
          });
        }
        await db.leadershipAssessment.createMany({ data: rows });
      }
    }
  }
}
