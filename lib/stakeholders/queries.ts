import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
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

/** The network of experts and contacts, searchable by discipline (contacts: members only). */
export async function listExperts(actor: Actor, regencyId: string, filter: { discipline?: string; q?: string } = {}) {
  if (!canRead(actor, regencyId)) return null;
  return db.expertContact.findMany({
    where: {
      regencyId,
      ...(filter.discipline ? { discipline: { contains: filter.discipline, mode: "insensitive" as const } } : {}),
      ...(filter.q
        ? {
            OR: [
              { name: { contains: filter.q, mode: "insensitive" as const } },
              { expertise: { contains: filter.q, mode: "insensitive" as const } },
              { institution: { contains: filter.q, mode: "insensitive" as const } },
            ],
          }
        : {}),
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
