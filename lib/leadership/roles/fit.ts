import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { profileFromRow, profileSelectSql, type ProfileRow, type TypeScores } from "@/lib/culture/profile";
import { db } from "@/lib/db";
import { DAY_MS } from "@/lib/time";
import { termProfiles, usedScores, type TermPeriodProfile } from "./aggregate";
import {
  COVERED_LEVEL,
  fitScore,
  roundScores,
  teamCoverage,
  uncoveredRoles,
  type LeadershipRole,
  type RoleScores,
} from "./roles";
import { isDefaultTeamKind, teamPositionWhere } from "./team";

// The fit of the leadership configuration (issue 15, item 4): how the leadership team covers the
// four quadrants of the Competing Values Framework, against the culture the regency's civil
// servants prefer (the whole-regency survey's "preferred" profile). Used by /culture/leadership
// and by any page that embeds components/leadership/leadership-fit.tsx.

export type PreferredCulture =
  | { status: "shown"; period: number; responses: number; scores: TypeScores }
  | { status: "hidden"; period: number; responses: number }
  | { status: "absent" };

/** The regency-wide preferred profile of the latest survey period up to `period` (hidden below five answers). */
async function preferredCulture(regencyId: string, period: number): Promise<PreferredCulture> {
  const latest = await db.cultureSurvey.findFirst({
    where: { regencyId, agencyId: null, period: { lte: period } },
    orderBy: { period: "desc" },
    select: { period: true },
  });
  if (!latest) return { status: "absent" };
  const rows = await db.$queryRaw<ProfileRow[]>`
    SELECT ${profileSelectSql(Prisma.sql`r.now`, Prisma.sql`r.preferred`)}
    FROM "CultureResponse" r JOIN "CultureSurvey" s ON s.id = r."surveyId"
    WHERE s."regencyId" = ${regencyId}::uuid AND s."agencyId" IS NULL AND s.period = ${latest.period}
      AND r."instrumentVersion" = s."instrumentVersion"`;
  const { responses, profile } = profileFromRow(rows[0]);
  return profile
    ? { status: "shown", period: latest.period, responses, scores: profile.preferred }
    : { status: "hidden", period: latest.period, responses };
}

type Term = { id: string; positionId: string; personName: string; startDate: Date; endDate: Date | null };
const holds = (t: Term, on: Date) => t.startDate <= on && (t.endDate === null || t.endDate >= on);

/** A term's profile for a period: its latest assessed period up to it. */
function profileUpTo(profiles: TermPeriodProfile[], termId: string, period: number) {
  return profiles.find((p) => p.termId === termId && p.period <= period && usedScores(p));
}

function coverageOf(scores: RoleScores[], preferred: PreferredCulture) {
  const coverage = teamCoverage(scores);
  return {
    level: coverage ? roundScores(coverage.level) : null,
    share: coverage ? roundScores(coverage.share) : null,
    fit: coverage && preferred.status === "shown" ? fitScore(coverage.share, preferred.scores) : null,
  };
}

/**
 * The configuration of a regency's leadership team in a period: each member's role profile, the
 * team's coverage of the quadrants, the roles nobody covers, the fit with the preferred culture,
 * and the change at each handover of a team position. Null when the actor may not read culture
 * data of the regency.
 */
export async function leadershipFit(actor: Actor, regencyId: string, period: number) {
  if (!can(actor, "culture.read", regencyId)) return null;
  const today = new Date();
  const yearEnd = new Date(Date.UTC(period, 11, 31));
  const on = yearEnd < today ? yearEnd : today;
  const [positions, profiles, preferred, periodRows] = await Promise.all([
    db.position.findMany({
      where: teamPositionWhere(regencyId),
      orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
      select: {
        id: true,
        kind: true,
        title: true,
        version: true,
        inLeadershipTeam: true,
        terms: {
          orderBy: { startDate: "asc" },
          select: { id: true, positionId: true, personName: true, startDate: true, endDate: true },
        },
      },
    }),
    termProfiles(db, { regencyId }),
    preferredCulture(regencyId, period),
    db.leadershipAssessment.findMany({ where: { regencyId }, distinct: ["period"], select: { period: true } }),
  ]);
  const members = positions.map((p) => {
    const term = p.terms.find((t) => holds(t, on)) ?? null;
    const profile = term ? profileUpTo(profiles, term.id, period) : undefined;
    return {
      positionId: p.id,
      title: p.title,
      isDefault: isDefaultTeamKind(p.kind),
      version: p.version,
      term: term && { id: term.id, personName: term.personName },
      profile: profile ?? null,
      used: usedScores(profile),
    };
  });
  const scores = members.flatMap((m) => (m.used ? [m.used.scores] : []));
  const current = coverageOf(scores, preferred);

  // serah terima of a team position, up to this period: the team the day before and on the day
  const terms = positions.flatMap((p) => p.terms);
  const teamOn = (day: Date, year: number) =>
    positions.flatMap((p) => {
      const t = p.terms.find((x) => holds(x, day));
      const used = t ? usedScores(profileUpTo(profiles, t.id, year)) : null;
      return used ? [used.scores] : [];
    });
  const firstPeriod = Math.min(period, ...periodRows.map((r) => r.period));
  const handoverRows = await db.positionHandover.findMany({
    where: {
      regencyId,
      positionId: { in: positions.map((p) => p.id) },
      handedOverOn: { gte: new Date(Date.UTC(firstPeriod, 0, 1)), lte: on },
    },
    orderBy: { handedOverOn: "asc" },
    select: { id: true, handedOverOn: true, positionId: true, fromTermId: true, toTermId: true },
  });
  const preferredByYear = new Map<number, PreferredCulture>([[period, preferred]]);
  const handovers = [];
  for (const h of handoverRows) {
    const year = h.handedOverOn.getUTCFullYear();
    if (!preferredByYear.has(year)) preferredByYear.set(year, await preferredCulture(regencyId, year));
    const pref = preferredByYear.get(year)!;
    const dayBefore = new Date(h.handedOverOn.getTime() - DAY_MS);
    handovers.push({
      id: h.id,
      on: h.handedOverOn,
      period: year,
      position: positions.find((p) => p.id === h.positionId)!.title,
      from: terms.find((t) => t.id === h.fromTermId)?.personName ?? null,
      to: terms.find((t) => t.id === h.toTermId)?.personName ?? null,
      before: coverageOf(teamOn(dayBefore, year), pref),
      after: coverageOf(teamOn(h.handedOverOn, year), pref),
    });
  }
  return {
    period,
    periods: [...new Set([today.getUTCFullYear(), period, ...periodRows.map((r) => r.period)])].sort((a, b) => b - a),
    preferred,
    members,
    assessedMembers: scores.length,
    coverage: { level: current.level, share: current.share },
    uncovered: scores.length ? (uncoveredRoles(scores) as LeadershipRole[]) : null,
    coveredLevel: COVERED_LEVEL,
    fit: current.fit,
    handovers: handovers.reverse(),
  };
}
export type LeadershipFit = NonNullable<Awaited<ReturnType<typeof leadershipFit>>>;
