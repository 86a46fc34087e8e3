import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleRegencies } from "./policy";
import { NOTHING_WORKS_ON_IT, OPEN_FOLLOW_UP_STATUSES } from "./potential-work";
import { regencyToday } from "./zone";

export const REGENCIES_PAGE_SIZE = 30;

const listRow = {
  id: true,
  slug: true,
  code: true,
  kind: true,
  name: true,
  province: true,
  isDob: true,
  status: true,
  formationLaw: true,
  population: true,
} as const;

/** Regencies the actor may read, by slug (keyset), optionally searched by name/province/code. */
export async function listRegencies(actor: Actor, filter: { q?: string; after?: string }) {
  const rows = await db.regency.findMany({
    where: {
      AND: [
        visibleRegencies(actor),
        filter.q
          ? {
              OR: [
                { name: { contains: filter.q, mode: "insensitive" } },
                { province: { contains: filter.q, mode: "insensitive" } },
                { code: { startsWith: filter.q } },
              ],
            }
          : {},
        filter.after ? { slug: { gt: filter.after } } : {},
      ],
    },
    orderBy: { slug: "asc" },
    take: REGENCIES_PAGE_SIZE + 1,
    select: listRow,
  });
  const regencies = rows.slice(0, REGENCIES_PAGE_SIZE);
  return { regencies, nextCursor: rows.length > REGENCIES_PAGE_SIZE ? regencies[regencies.length - 1].slug : null };
}
export type RegencyListRow = Awaited<ReturnType<typeof listRegencies>>["regencies"][number];

const profileSelect = {
  id: true,
  slug: true,
  code: true,
  kind: true,
  name: true,
  province: true,
  isDob: true,
  status: true,
  formationLaw: true,
  formationYear: true,
  formationDate: true,
  timeZone: true,
  capital: true,
  areaKm2: true,
  population: true,
  districts: true,
  figuresAsOf: true,
  figuresSource: true,
  address: true,
  phone: true,
  email: true,
  website: true,
  logoUpdatedAt: true,
  version: true,
  parent: { select: { id: true, name: true, slug: true, kind: true } },
} as const;

/** The regency profile, or null when the actor may not read it. */
export async function getRegencyBySlug(actor: Actor, slug: string) {
  return db.regency.findFirst({ where: { AND: [{ slug }, visibleRegencies(actor)] }, select: profileSelect });
}
export type RegencyProfile = NonNullable<Awaited<ReturnType<typeof getRegencyBySlug>>>;

export type LineageNode = {
  id: string;
  slug: string;
  name: string;
  kind: "kabupaten" | "kota";
  formationLaw: string | null;
  formationYear: number | null;
  parentId: string | null;
  depth: number;
};

/**
 * The regency's ancestors (negative depth) and every regency split from it, across
 * generations (positive depth), in one recursive query. Names and laws are public facts.
 */
export async function getLineage(regencyId: string): Promise<LineageNode[]> {
  return db.$queryRaw<LineageNode[]>`
    WITH RECURSIVE up AS (
      SELECT id, slug, name, kind::text AS kind, "formationLaw", "formationYear", "parentId", 0 AS depth FROM "Regency" WHERE id = ${regencyId}::uuid
      UNION ALL
      SELECT r.id, r.slug, r.name, r.kind::text, r."formationLaw", r."formationYear", r."parentId", up.depth - 1
      FROM "Regency" r JOIN up ON r.id = up."parentId" WHERE up.depth > -20
    ), down AS (
      SELECT id, slug, name, kind::text AS kind, "formationLaw", "formationYear", "parentId", 0 AS depth FROM "Regency" WHERE id = ${regencyId}::uuid
      UNION ALL
      SELECT r.id, r.slug, r.name, r.kind::text, r."formationLaw", r."formationYear", r."parentId", down.depth + 1
      FROM "Regency" r JOIN down ON r."parentId" = down.id WHERE down.depth < 20
    )
    SELECT id, slug, name, kind, "formationLaw", "formationYear", "parentId", depth FROM up
    UNION ALL
    SELECT id, slug, name, kind, "formationLaw", "formationYear", "parentId", depth FROM down WHERE depth > 0
    ORDER BY depth, name`;
}

export async function listMilestones(actor: Actor, regencyId: string) {
  if (!can(actor, "regency.read", regencyId)) return [];
  return db.regencyMilestone.findMany({
    where: { regencyId },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    select: { id: true, kind: true, title: true, date: true, evidence: true, score: true, notes: true, version: true },
  });
}
export type MilestoneRow = Awaited<ReturnType<typeof listMilestones>>[number];

/** The Ministry's obligations, overdue first (open/in progress with a due date in the past). */
export async function listObligations(actor: Actor, regencyId: string, today = new Date()) {
  if (!can(actor, "regency.read", regencyId)) return [];
  const rows = await db.ministryObligation.findMany({
    where: { regencyId },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      aspect: true,
      source: true,
      dueDate: true,
      status: true,
      evidence: true,
      version: true,
      responsiblePosition: { select: { id: true, title: true } },
    },
  });
  const day = await regencyToday(regencyId, today); // the regency's calendar day
  const withFlag = rows.map((o) => ({ ...o, overdue: o.status !== "fulfilled" && !!o.dueDate && o.dueDate < day }));
  return withFlag.sort((a, b) => Number(b.overdue) - Number(a.overdue));
}
export type ObligationRow = Awaited<ReturnType<typeof listObligations>>[number];

/**
 * The register: every potential (or only those nothing works on yet) with its linked issues and
 * follow-ups and their state, where it was found, and whether anything works on it, which SQL
 * decides (lib/regencies/potential-work.ts); `idleCount` counts those over the whole register.
 */
export async function listPotentials(actor: Actor, regencyId: string, filter: "all" | "idle" = "all") {
  if (!can(actor, "regency.read", regencyId)) return { rows: [], idleCount: 0, total: 0 };
  const [rows, idle, total] = await Promise.all([
    potentialRows(regencyId, filter === "idle" ? NOTHING_WORKS_ON_IT : {}),
    db.regionalPotential.findMany({ where: { regencyId, ...NOTHING_WORKS_ON_IT }, select: { id: true } }),
    db.regionalPotential.count({ where: { regencyId } }),
  ]);
  const idleIds = new Set(idle.map((p) => p.id));
  return { rows: rows.map((p) => ({ ...p, idle: idleIds.has(p.id) })), idleCount: idle.length, total };
}

function potentialRows(regencyId: string, where: Prisma.RegionalPotentialWhereInput) {
  return db.regionalPotential.findMany({
    where: { regencyId, ...where },
    orderBy: [{ status: "desc" }, { title: "asc" }],
    select: {
      id: true,
      sector: true,
      title: true,
      description: true,
      evidence: true,
      estimatedValue: true,
      status: true,
      version: true,
      issueLinks: {
        select: { issue: { select: { id: true, number: true, title: true, stage: true, triage: true } } },
        orderBy: { createdAt: "asc" },
      },
      followUpLinks: {
        select: {
          followUp: {
            select: {
              id: true,
              text: true,
              status: true,
              dueDate: true,
              issue: { select: { id: true, number: true } },
            },
          },
        },
        orderBy: { createdAt: "asc" },
      },
      workshop: { select: { id: true, title: true } },
      entry: { select: { activity: { select: { id: true, title: true } } } },
    },
  });
}
export type PotentialRow = Awaited<ReturnType<typeof listPotentials>>["rows"][number];

/** Follow-ups of the regency a potential can be linked to (open ones first, newest first). */
export async function listLinkableFollowUps(actor: Actor, regencyId: string) {
  if (!can(actor, "regency.manage", regencyId)) return [];
  return db.followUp.findMany({
    where: { regencyId, status: { in: [...OPEN_FOLLOW_UP_STATUSES] } },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, text: true, issue: { select: { number: true } } },
  });
}

/** Issues of the regency a potential can be linked to (accepted ones, newest first). */
export async function listLinkableIssues(actor: Actor, regencyId: string) {
  if (!can(actor, "regency.manage", regencyId)) return [];
  return db.issue.findMany({
    where: { regencyId, triage: { in: ["pending", "accepted"] } },
    orderBy: { number: "desc" },
    take: 200,
    select: { id: true, number: true, title: true },
  });
}

/** A small count summary for the profile page. */
export async function getRegencyCounts(actor: Actor, regencyId: string, today = new Date()) {
  if (!can(actor, "regency.read", regencyId)) return null;
  const scope = {};
  const day = await regencyToday(regencyId, today); // the regency's calendar day
  const [obligationsOpen, obligationsOverdue, potentials] = await Promise.all([
    db.ministryObligation.count({ where: { regencyId, ...scope, status: { not: "fulfilled" } } }),
    db.ministryObligation.count({ where: { regencyId, ...scope, status: { not: "fulfilled" }, dueDate: { lt: day } } }),
    db.regionalPotential.count({ where: { regencyId, ...scope } }),
  ]);
  return { obligationsOpen, obligationsOverdue, potentials };
}
