import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { headline, matches, rankOf, searchTerms } from "@/lib/search/fts";
import { quadrantOf } from "./schemas";

const canRead = (actor: Actor, regencyId: string) =>
  can(actor, "publications.read", regencyId) || can(actor, "media.manage", regencyId);

/** Stakeholders of a regency with their Mendelow quadrant; optionally those linked to one issue. */
export async function listStakeholders(actor: Actor, regencyId: string, filter: { issueId?: string } = {}) {
  if (!canRead(actor, regencyId)) return null;
  const rows = await db.stakeholder.findMany({
    where: { regencyId, ...(filter.issueId ? { issues: { some: { issueId: filter.issueId } } } : {}) },
    orderBy: [{ power: "desc" }, { interest: "desc" }, { name: "asc" }],
    take: 500,
    select: {
      id: true,
      name: true,
      organisation: true,
      type: true,
      power: true,
      interest: true,
      stance: true,
      notes: true,
      version: true,
      issues: { select: { issue: { select: { id: true, number: true, title: true } } } },
    },
  });
  return rows.map((r) => ({ ...r, quadrant: quadrantOf(r.power, r.interest) }));
}
export type StakeholderRow = NonNullable<Awaited<ReturnType<typeof listStakeholders>>>[number];

/** The network of experts and contacts, by discipline, or searched in full text (name, discipline,
 * expertise, institution; lib/search/fts.ts) with the best match first (contacts: members only). */
export async function listExperts(actor: Actor, regencyId: string, filter: { discipline?: string; q?: string } = {}) {
  if (!canRead(actor, regencyId)) return null;
  const hits = filter.q ? await searchExperts(regencyId, filter.q) : null;
  const rows = await db.expertContact.findMany({
    where: {
      regencyId,
      ...(filter.discipline ? { discipline: { contains: filter.discipline, mode: "insensitive" as const } } : {}),
      ...(hits ? { id: { in: [...hits.keys()] } } : {}),
    },
    orderBy: [{ discipline: "asc" }, { name: "asc" }],
    take: 300,
    select: {
      id: true,
      name: true,
      discipline: true,
      institution: true,
      expertise: true,
      phone: true,
      email: true,
      version: true,
      issues: { select: { issue: { select: { id: true, number: true, title: true } } } },
    },
  });
  const marked = rows.map((r) => ({ ...r, highlight: hits?.get(r.id) ?? null }));
  return hits ? marked.sort((a, b) => a.highlight!.order - b.highlight!.order) : marked;
}

/** The matching experts of the regency, best first, with the name and expertise marked. */
async function searchExperts(regencyId: string, q: string) {
  const terms = searchTerms(q);
  const rows = await db.$queryRaw<{ id: string; name: string; expertise: string }[]>`
    SELECT e.id, ${headline(Prisma.sql`e.name`, terms, true)} AS name,
           ${headline(Prisma.sql`e.expertise`, terms, true)} AS expertise
    FROM "ExpertContact" e
    WHERE e."regencyId" = ${regencyId}::uuid AND ${matches(Prisma.sql`e.search`, terms)}
    ORDER BY ${rankOf(Prisma.sql`e.search`, terms)} DESC, e.name
    LIMIT 300`;
  return new Map(rows.map((r, order) => [r.id, { order, name: r.name, expertise: r.expertise }]));
}
export type ExpertRow = NonNullable<Awaited<ReturnType<typeof listExperts>>>[number];

/** Distinct disciplines (for the search's suggestions). */
export async function listDisciplines(actor: Actor, regencyId: string): Promise<string[]> {
  if (!canRead(actor, regencyId)) return [];
  const rows = await db.expertContact.findMany({
    where: { regencyId },
    distinct: ["discipline"],
    orderBy: { discipline: "asc" },
    select: { discipline: true },
  });
  return rows.map((r) => r.discipline);
}
