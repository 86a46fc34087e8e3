import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, regencyIdsWith } from "@/lib/auth/permissions";
import { whereActorMay } from "@/lib/auth/regency-access";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CULTURE_TYPES, type CultureType } from "../instrument";
import { profileFromRow, profileSelectSql, type CultureProfile, type GroupProfile, type ProfileRow } from "../profile";
import { cultureSourceRef } from "./source-ref";

// Culture profiles as pages show them: per regency (its whole-regency surveys) and per agency, per
// period, aggregated in SQL. Within a group only the answers of the latest instrument version are
// averaged (never two wordings mixed). A group below five answers has no profile for anyone, the
// admin included: only its count leaves this file.

/** One group's profile in one period: a regency (agencyId null) or one of its agencies. */
export type PeriodProfile = GroupProfile & {
  regencyId: string;
  agencyId: string | null;
  period: number;
  instrumentVersion: number;
};

/** The regencies the actor may read culture results of, as a SQL condition on `s."regencyId"`. */
function scopeSql(actor: Actor): Prisma.Sql {
  const ids = regencyIdsWith(actor, "culture.read");
  if (ids === "all") return Prisma.sql`TRUE`;
  if (!ids.length) return Prisma.sql`FALSE`;
  return Prisma.sql`s."regencyId" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})`;
}

/**
 * The profiles of every group the filter selects (a condition on the survey `s`), within the
 * actor's scope: GROUP BY regency, agency and period, over the latest instrument version of each.
 */
async function groupProfiles(actor: Actor, filter: Prisma.Sql): Promise<PeriodProfile[]> {
  const rows = await db.$queryRaw<
    (ProfileRow & { regencyId: string; agencyId: string | null; period: number; instrumentVersion: number })[]
  >`
    WITH answers AS (
      SELECT s."regencyId", s."agencyId", s.period, r."instrumentVersion", r.now, r.preferred
      FROM "CultureResponse" r
      JOIN "CultureSurvey" s ON s.id = r."surveyId"
      WHERE ${scopeSql(actor)} AND ${filter}
    ), latest AS (
      SELECT "regencyId", "agencyId", period, max("instrumentVersion") AS v
      FROM answers GROUP BY "regencyId", "agencyId", period
    )
    SELECT a."regencyId", a."agencyId", a.period, a."instrumentVersion", ${profileSelectSql(Prisma.sql`a.now`, Prisma.sql`a.preferred`)}
    FROM answers a
    JOIN latest l ON l."regencyId" = a."regencyId" AND l."agencyId" IS NOT DISTINCT FROM a."agencyId"
      AND l.period = a.period AND l.v = a."instrumentVersion"
    GROUP BY a."regencyId", a."agencyId", a.period, a."instrumentVersion"
    ORDER BY a.period DESC`;
  return rows.map((r) => ({
    regencyId: r.regencyId,
    agencyId: r.agencyId,
    period: r.period,
    instrumentVersion: r.instrumentVersion,
    ...profileFromRow(r),
  }));
}

/** One group's profile in one period (the regency's own when agencyId is null), within the actor's scope. */
export async function groupProfile(
  actor: Actor,
  regencyId: string,
  agencyId: string | null,
  period: number,
): Promise<PeriodProfile> {
  const group = agencyId ? Prisma.sql`s."agencyId" = ${agencyId}::uuid` : Prisma.sql`s."agencyId" IS NULL`;
  const [g] = await groupProfiles(
    actor,
    Prisma.sql`s."regencyId" = ${regencyId}::uuid AND ${group} AND s.period = ${period}`,
  );
  return g ?? { regencyId, agencyId, period, instrumentVersion: 0, responses: 0, profile: null };
}

/** A regency's own profile (its whole-regency surveys) in every period, oldest first. */
export async function regencyProfileTrend(actor: Actor, regencyId: string): Promise<PeriodProfile[]> {
  const rows = await groupProfiles(actor, Prisma.sql`s."regencyId" = ${regencyId}::uuid AND s."agencyId" IS NULL`);
  return rows.reverse();
}

/** The change of a group between two periods: now and preferred per type, previous → latest. */
export type ProfileChange = {
  from: number;
  to: number;
  now: Record<CultureType, [number, number]>;
  preferred: Record<CultureType, [number, number]>;
};

function changeBetween(previous: PeriodProfile | undefined, latest: PeriodProfile | undefined): ProfileChange | null {
  if (!previous?.profile || !latest?.profile) return null;
  const pair = (set: "now" | "preferred") =>
    Object.fromEntries(CULTURE_TYPES.map((t) => [t, [previous.profile![set][t], latest.profile![set][t]]])) as Record<
      CultureType,
      [number, number]
    >;
  return { from: previous.period, to: latest.period, now: pair("now"), preferred: pair("preferred") };
}

/** The type whose gap is largest (either way), or null without a profile. */
export function largestGap(profile: CultureProfile | null): CultureType | null {
  if (!profile) return null;
  return CULTURE_TYPES.reduce((a, b) => (Math.abs(profile.gap[b]) > Math.abs(profile.gap[a]) ? b : a));
}

/** The initiative and objective proposed from each gap of a regency, by sourceRef. */
async function proposalsOf(regencyId: string, actor: Actor) {
  const where = { regencyId, sourceRef: { startsWith: `culture:${regencyId}:` } };
  const [changes, objectives] = await Promise.all([
    can(actor, "iso.read", regencyId)
      ? db.isoChangeInitiative.findMany({ where, select: { id: true, title: true, sourceRef: true } })
      : [],
    can(actor, "iso.read", regencyId)
      ? db.isoObjective.findMany({ where, select: { id: true, title: true, sourceRef: true } })
      : [],
  ]);
  const map = new Map<string, GapProposal>();
  for (const c of changes) map.set(c.sourceRef!, { change: { id: c.id, title: c.title }, objective: null });
  for (const o of objectives) {
    const p = map.get(o.sourceRef!) ?? { change: null, objective: null };
    map.set(o.sourceRef!, { ...p, objective: { id: o.id, title: o.title } });
  }
  return map;
}
export type GapProposal = {
  change: { id: string; title: string } | null;
  objective: { id: string; title: string } | null;
};

type GapProposals = Partial<Record<CultureType, GapProposal>>;
const NO_PROPOSALS: GapProposals = {};

/** Per type: the proposal made from this group's gap in this period, if any. */
function proposalsFor(
  map: Map<string, GapProposal>,
  g: { regencyId: string; agencyId: string | null; period: number },
): GapProposals {
  const out: GapProposals = {};
  for (const type of CULTURE_TYPES) {
    const p = map.get(cultureSourceRef({ ...g, type }));
    if (p) out[type] = p;
  }
  return out;
}

/** The regencies the actor may read culture results of, as a where on Regency itself. */
function readableRegencies(actor: Actor) {
  const ids = regencyIdsWith(actor, "culture.read");
  return ids === "all" ? {} : { id: { in: ids } };
}

async function readableRegency(actor: Actor, regencyId: string) {
  return db.regency.findFirst({
    where: { AND: [{ id: regencyId }, readableRegencies(actor)] },
    select: { id: true, name: true, cultureGapThreshold: true, version: true },
  });
}

/**
 * A regency's culture in one period (default: the latest with answers): its own profile, the
 * change since the previous period, every agency surveyed that period, the gap threshold and the
 * proposals already made. Null when the actor may not read the regency's culture.
 */
export async function getRegencyCulture(actor: Actor, regencyId: string, period?: number) {
  const regency = await readableRegency(actor, regencyId);
  if (!regency) return null;
  const [all, surveyed] = await Promise.all([
    groupProfiles(actor, Prisma.sql`s."regencyId" = ${regencyId}::uuid`),
    db.cultureSurvey.findMany({
      where: { AND: [{ regencyId }, whereActorMay(actor, "culture.read")] },
      select: { period: true, agencyId: true, agency: { select: { id: true, name: true, shortName: true } } },
    }),
  ]);
  const periods = [...new Set(surveyed.map((s) => s.period))].sort((a, b) => b - a);
  const selected = period && periods.includes(period) ? period : periods[0];
  if (selected === undefined)
    return { regency, periods, period: null, own: null, change: null, agencies: [], proposals: NO_PROPOSALS };
  const ownOf = (p: number) => all.find((g) => g.agencyId === null && g.period === p);
  const own: PeriodProfile = ownOf(selected) ?? {
    regencyId,
    agencyId: null,
    period: selected,
    instrumentVersion: 0,
    responses: 0,
    profile: null,
  };
  const previous = all.filter((g) => g.agencyId === null && g.period < selected && g.profile)[0];
  const agencyMap = new Map<string, { id: string; name: string; shortName: string | null }>();
  for (const s of surveyed) if (s.period === selected && s.agency) agencyMap.set(s.agency.id, s.agency);
  const agencies = [...agencyMap.values()]
    .sort((a, b) => a.name.localeCompare(b.name, "id"))
    .map((agency) => {
      const g = all.find((x) => x.agencyId === agency.id && x.period === selected);
      return {
        agency,
        responses: g?.responses ?? 0,
        profile: g?.profile ?? null,
        largest: largestGap(g?.profile ?? null),
      };
    });
  const proposals = await proposalsOf(regencyId, actor);
  return {
    regency,
    periods,
    period: selected,
    own: { ...own, largest: largestGap(own.profile) },
    change: changeBetween(previous, own),
    agencies,
    proposals: proposalsFor(proposals, { regencyId, agencyId: null, period: selected }),
  };
}
export type RegencyCulture = NonNullable<Awaited<ReturnType<typeof getRegencyCulture>>>;

/** One agency's culture: its periods, the selected one's profile, the change since the previous. */
export async function getAgencyCulture(actor: Actor, agencyId: string, period?: number) {
  const agency = await db.agency.findFirst({
    where: { AND: [{ id: agencyId }, whereActorMay(actor, "culture.read")] },
    select: { id: true, name: true, shortName: true, regencyId: true },
  });
  if (!agency) return null;
  const regency = await readableRegency(actor, agency.regencyId);
  if (!regency) return null;
  const [all, surveyed] = await Promise.all([
    groupProfiles(actor, Prisma.sql`s."agencyId" = ${agencyId}::uuid`),
    db.cultureSurvey.findMany({
      where: { AND: [{ agencyId }, whereActorMay(actor, "culture.read")] },
      distinct: ["period"],
      select: { period: true },
    }),
  ]);
  const periods = surveyed.map((s) => s.period).sort((a, b) => b - a);
  const selected = period && periods.includes(period) ? period : periods[0];
  const history = periods.map((p) => {
    const g = all.find((x) => x.period === p);
    return { period: p, responses: g?.responses ?? 0, profile: g?.profile ?? null };
  });
  if (selected === undefined)
    return { agency, regency, periods, period: null, own: null, change: null, history, proposals: NO_PROPOSALS };
  const own = all.find((g) => g.period === selected) ?? {
    regencyId: agency.regencyId,
    agencyId,
    period: selected,
    instrumentVersion: 0,
    responses: 0,
    profile: null,
  };
  const previous = all.filter((g) => g.period < selected && g.profile)[0];
  const proposals = await proposalsOf(agency.regencyId, actor);
  return {
    agency,
    regency,
    periods,
    period: selected,
    own: { ...own, largest: largestGap(own.profile) },
    change: changeBetween(previous, own),
    history,
    proposals: proposalsFor(proposals, { regencyId: agency.regencyId, agencyId, period: selected }),
  };
}
export type AgencyCulture = NonNullable<Awaited<ReturnType<typeof getAgencyCulture>>>;

/** Periods with surveys in any regency the actor may read, newest first. */
export async function listComparablePeriods(actor: Actor): Promise<number[]> {
  const rows = await db.cultureSurvey.findMany({
    where: whereActorMay(actor, "culture.read"),
    distinct: ["period"],
    orderBy: { period: "desc" },
    select: { period: true },
    take: 40,
  });
  return rows.map((r) => r.period);
}

/**
 * Between regencies: the whole-regency profile of each regency the actor may read (culture.read)
 * in one period, with the count only where a regency has fewer than five answers.
 */
export async function compareRegencyCultures(actor: Actor, period: number) {
  const [regencies, groups] = await Promise.all([
    db.regency.findMany({
      where: { ...readableRegencies(actor), cultureSurveys: { some: { period, agencyId: null } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    groupProfiles(actor, Prisma.sql`s."agencyId" IS NULL AND s.period = ${period}`),
  ]);
  return regencies.map((r) => {
    const g = groups.find((x) => x.regencyId === r.id);
    const profile = g?.profile ?? null;
    return { id: r.id, name: r.name, responses: g?.responses ?? 0, profile, largest: largestGap(profile) };
  });
}
export type CultureComparisonRow = Awaited<ReturnType<typeof compareRegencyCultures>>[number];
