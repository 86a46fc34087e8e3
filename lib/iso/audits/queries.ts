import "server-only";
import { keysetCursor } from "@/lib/keyset";
import type { Actor } from "@/lib/auth/actor";
import { can, rolesWith } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

import { listEvidenceFiles } from "../files/queries";
import { whereActorMay } from "@/lib/auth/regency-access";

export const AUDIT_PAGE_SIZE = 30;

/** The audit programme of a regency, newest first (keyset on start date + id). */
export async function listAudits(actor: Actor, regencyId: string, filter: { year?: number; after?: string }) {
  if (!can(actor, "iso.read", regencyId)) return null;
  const cursor = keysetCursor(filter.after, "_");
  const rows = await db.isoAudit.findMany({
    where: {
      regencyId,
      ...(filter.year ? { programYear: filter.year } : {}),
      ...(cursor ? { OR: [{ startDate: { lt: cursor.at } }, { startDate: cursor.at, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      programYear: true,
      title: true,
      status: true,
      startDate: true,
      endDate: true,
      auditedAgency: { select: { name: true, shortName: true } },
      leadAuditor: { select: { name: true, nip: true } },
      _count: { select: { findings: true } },
    },
  });
  const items = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > AUDIT_PAGE_SIZE ? `${last.startDate.toISOString().slice(0, 10)}_${last.id}` : null,
  };
}

export async function getAudit(actor: Actor, id: string) {
  const audit = await db.isoAudit.findFirst({
    where: { id, ...whereActorMay(actor, "iso.read") },
    select: {
      id: true,
      regencyId: true,
      programYear: true,
      title: true,
      scope: true,
      criteria: true,
      status: true,
      startDate: true,
      endDate: true,
      version: true,
      createdAt: true,
      regency: { select: { name: true, timeZone: true } },
      auditedAgency: { select: { name: true, shortName: true } },
      leadAuditor: { select: { name: true } },
      findings: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          clause: true,
          statement: true,
          evidence: true,
          createdAt: true,
          nonconformity: { select: { id: true, number: true, status: true } },
          issue: { select: { id: true, number: true } },
        },
      },
    },
  });
  if (!audit) return null;
  const [history, files] = await Promise.all([
    db.isoRecordEvent.findMany({
      where: { recordType: "audit", recordId: audit.id },
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
    listEvidenceFiles("audit", audit.id),
  ]);
  return { ...audit, history, files };
}
export type AuditDetail = NonNullable<Awaited<ReturnType<typeof getAudit>>>;

/** People who can be named lead auditor: the regency's members whose role may work on ISO records. */
export async function listAuditorOptions(actor: Actor, regencyId: string) {
  if (!can(actor, "iso.read", regencyId)) return null;
  const rows = await db.membership.findMany({
    where: { regencyId, role: { in: rolesWith("iso.manage") } },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((r) => r.user);
}

export async function countAudits(actor: Actor, regencyId: string, year: number) {
  if (!can(actor, "iso.read", regencyId)) return null;
  const [planned, completed, openFindings] = await Promise.all([
    db.isoAudit.count({ where: { regencyId, programYear: year, status: "planned" } }),
    db.isoAudit.count({ where: { regencyId, programYear: year, status: "completed" } }),
    db.isoAuditFinding.count({
      where: { audit: { regencyId, programYear: year }, kind: { in: ["major_nc", "minor_nc"] }, nonconformityId: null },
    }),
  ]);
  return { planned, completed, openFindings };
}
