import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, rolesWith } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { regencyToday } from "@/lib/regencies/zone";

import { listEvidenceFiles } from "../files/queries";
import { whereActorMay } from "@/lib/auth/regency-access";

export const NC_PAGE_SIZE = 30;

/** An open corrective action whose due date (a calendar date) is before `today` (the regency's: regencyToday). */
export const lateAction = (today: Date) => ({ doneAt: null, dueDate: { lt: today } });

/** A regency's nonconformities, newest first (keyset on number); null without iso.read there. */
export async function listNonconformities(
  actor: Actor,
  regencyId: string,
  filter: { status?: string; overdue?: "1"; after?: number },
  now = new Date(),
) {
  if (!can(actor, "iso.read", regencyId)) return null;
  const rows = await db.isoNonconformity.findMany({
    where: {
      regencyId,
      ...(filter.status ? { status: filter.status as "open" } : {}),
      ...(filter.overdue
        ? {
            AND: [
              { status: { not: "closed" as const } },
              { actions: { some: lateAction(await regencyToday(regencyId, now)) } },
            ],
          }
        : {}),
      ...(filter.after ? { number: { lt: filter.after } } : {}),
    },
    orderBy: { number: "desc" },
    take: NC_PAGE_SIZE + 1,
    select: {
      id: true,
      number: true,
      title: true,
      source: true,
      severity: true,
      status: true,
      createdAt: true,
      agency: { select: { shortName: true, name: true } },
      actions: { select: { dueDate: true, doneAt: true } },
    },
  });
  const items = rows.slice(0, NC_PAGE_SIZE);
  return { items, nextCursor: rows.length > NC_PAGE_SIZE ? String(items[items.length - 1].number) : null };
}
export type NonconformityRow = NonNullable<Awaited<ReturnType<typeof listNonconformities>>>["items"][number];

export async function getNonconformity(actor: Actor, id: string) {
  const nc = await db.isoNonconformity.findFirst({
    where: { id, ...whereActorMay(actor, "iso.read") },
    select: {
      id: true,
      regencyId: true,
      number: true,
      title: true,
      source: true,
      sourceRef: true,
      description: true,
      requirement: true,
      evidence: true,
      severity: true,
      correction: true,
      rootCause: true,
      similarChecked: true,
      status: true,
      verifiedAt: true,
      verificationNote: true,
      closedAt: true,
      version: true,
      createdAt: true,
      agencyId: true,
      regency: { select: { name: true, timeZone: true } },
      agency: { select: { id: true, name: true, shortName: true } },
      verifiedBy: { select: { name: true, nip: true } },
      createdBy: { select: { name: true, nip: true } },
      actions: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          description: true,
          dueDate: true,
          doneAt: true,
          doneNote: true,
          version: true,
          ownerUser: { select: { name: true } },
          ownerPosition: { select: { title: true } },
        },
      },
      findings: { select: { id: true, auditId: true, audit: { select: { title: true } } } },
    },
  });
  if (!nc) return null;
  const [history, files] = await Promise.all([
    db.isoRecordEvent.findMany({
      where: { recordType: "nonconformity", recordId: nc.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        event: true,
        fromStatus: true,
        toStatus: true,
        note: true,
        createdAt: true,
        actor: { select: { name: true } },
      },
    }),
    listEvidenceFiles("nonconformity", nc.id),
  ]);
  return { ...nc, history, files };
}
export type NonconformityDetail = NonNullable<Awaited<ReturnType<typeof getNonconformity>>>;

/** Who can own a corrective action in a regency: its members whose role may work on ISO records, and its positions. */
export async function listOwnerOptions(actor: Actor, regencyId: string) {
  if (!can(actor, "iso.read", regencyId)) return null;
  const [members, positions] = await Promise.all([
    db.membership.findMany({
      where: { regencyId, role: { in: rolesWith("iso.manage") } },
      select: { user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    db.position.findMany({
      where: { regencyId },
      select: { id: true, title: true },
      orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
    }),
  ]);
  return { users: members.map((m) => m.user), positions };
}

export async function listAgencyOptions(actor: Actor, regencyId: string) {
  if (!can(actor, "iso.read", regencyId)) return null;
  return db.agency.findMany({
    where: { regencyId },
    select: { id: true, name: true, shortName: true },
    orderBy: { name: "asc" },
  });
}

/** Counts for the ISO overview, aggregated in SQL. */
export async function countNonconformitiesByStatus(actor: Actor, regencyId: string) {
  if (!can(actor, "iso.read", regencyId)) return null;
  const rows = await db.isoNonconformity.groupBy({ by: ["status"], where: { regencyId }, _count: { _all: true } });
  const overdue = await db.isoCorrectiveAction.count({
    where: { doneAt: null, dueDate: { lt: new Date() }, nonconformity: { regencyId, status: { not: "closed" } } },
  });
  return {
    byStatus: Object.fromEntries(rows.map((r) => [r.status, r._count._all])) as Record<string, number>,
    overdueActions: overdue,
  };
}
