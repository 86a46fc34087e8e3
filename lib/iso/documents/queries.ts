import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { whereActorMay } from "@/lib/auth/regency-access";
import { DAY_MS } from "@/lib/time";

export const DOC_PAGE_SIZE = 50;

/** A regency's documents by number (keyset), with the version in effect and any open draft. */
export async function listDocuments(actor: Actor, regencyId: string, filter: { after?: string }) {
  if (!can(actor, "iso.read", regencyId)) return null;
  const rows = await db.isoDocument.findMany({
    where: { regencyId, ...(filter.after ? { number: { gt: filter.after } } : {}) },
    orderBy: { number: "asc" },
    take: DOC_PAGE_SIZE + 1,
    select: {
      id: true,
      number: true,
      title: true,
      type: true,
      ownerAgency: { select: { name: true, shortName: true } },
      versions: {
        where: { status: { not: "superseded" } },
        orderBy: { versionNo: "desc" },
        select: { versionNo: true, status: true, reviewDueDate: true, effectiveAt: true },
      },
    },
  });
  const items = rows.slice(0, DOC_PAGE_SIZE);
  return { items, nextCursor: rows.length > DOC_PAGE_SIZE ? items[items.length - 1].number : null };
}

export async function getDocument(actor: Actor, id: string) {
  return db.isoDocument.findFirst({
    where: { id, ...whereActorMay(actor, "iso.read") },
    select: {
      id: true,
      regencyId: true,
      number: true,
      title: true,
      type: true,
      createdAt: true,
      regency: { select: { name: true, timeZone: true } },
      ownerAgency: { select: { name: true } },
      versions: {
        orderBy: { versionNo: "desc" },
        select: {
          id: true,
          versionNo: true,
          status: true,
          changeSummary: true,
          content: true,
          version: true,
          approvedAt: true,
          effectiveAt: true,
          supersededAt: true,
          reviewDueDate: true,
          createdAt: true,
          authorId: true,
          author: { select: { name: true, nip: true } },
          approver: { select: { name: true, nip: true } },
        },
      },
    },
  });
}
export type DocumentDetail = NonNullable<Awaited<ReturnType<typeof getDocument>>>;

/** Effective documents whose review date has come (or comes within `days`). */
export async function countDocumentsDueForReview(actor: Actor, regencyId: string, days = 30) {
  if (!can(actor, "iso.read", regencyId)) return null;
  return db.isoDocumentVersion.count({
    where: {
      status: "effective",
      reviewDueDate: { lte: new Date(Date.now() + days * DAY_MS) },
      document: { regencyId },
    },
  });
}
