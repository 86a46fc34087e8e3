import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { regencyIdsWith } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilter } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;

/** Admins see every event; a coordinator sees the events of their own regencies. */
export function visibleAuditEvents(actor: Actor): Prisma.AuditEventWhereInput | null {
  const ids = regencyIdsWith(actor, "audit.read");
  if (ids === "all") return {};
  return ids.length ? { regencyId: { in: ids } } : null;
}

export async function listAuditEvents(actor: Actor, filter: AuditFilter) {
  const scope = visibleAuditEvents(actor);
  if (!scope) return null;
  const where: Prisma.AuditEventWhereInput = {
    AND: [
      scope,
      filter.regencyId ? { regencyId: filter.regencyId } : {},
      filter.action ? { action: { startsWith: filter.action } } : {},
      filter.entityType ? { entityType: filter.entityType } : {},
      filter.actor ? { actorName: { contains: filter.actor, mode: "insensitive" } } : {},
      filter.before ? { seq: { lt: filter.before } } : {},
    ],
  };
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: { seq: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      seq: true,
      occurredAt: true,
      actorName: true,
      action: true,
      entityType: true,
      entityId: true,
      regencyId: true,
      changes: true,
      ip: true,
    },
  });
  const page = rows
    .slice(0, AUDIT_PAGE_SIZE)
    .map((r) => ({ ...r, seq: r.seq.toString(), changes: r.changes as Record<string, unknown> | null }));
  return { events: page, nextCursor: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1].seq : null };
}
export type AuditEventRow = NonNullable<Awaited<ReturnType<typeof listAuditEvents>>>["events"][number];
