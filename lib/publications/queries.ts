import "server-only";
import { keysetCursor } from "@/lib/keyset";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { headline, matches, rankOf, searchTerms } from "@/lib/search/fts";
import { hasHighlight } from "@/lib/search/highlight";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { approverPositionIds, mayApprove, visiblePublications } from "./policy";

export const PUBLICATIONS_PAGE_SIZE = 30;

const LIST_SELECT = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  title: true,
  publishAt: true,
  firstPublishAt: true,
  updatedAt: true,
  correctionNote: true,
  author: { select: { name: true } },
  _count: { select: { versions: true } },
} as const;

/** The regency's pieces (working copies), newest change first; keyset on updatedAt|id. A search
 * (title, summary, body in full text) ranks the best match first, paged by offset. */
export async function listPublications(
  actor: Actor,
  regencyId: string,
  filter: { status?: PublicationStatus; q?: string; after?: string },
) {
  if (!can(actor, "publications.read", regencyId)) return null;
  if (filter.q) return searchPublications(actor, regencyId, { ...filter, q: filter.q });
  const cursor = keysetCursor(filter.after, "|");
  const rows = await db.publication.findMany({
    where: {
      regencyId,
      ...visiblePublications(actor),
      ...(filter.status ? { status: filter.status } : {}),
      ...(cursor ? { OR: [{ updatedAt: { lt: cursor.at } }, { updatedAt: cursor.at, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: PUBLICATIONS_PAGE_SIZE + 1,
    select: LIST_SELECT,
  });
  const items = rows
    .slice(0, PUBLICATIONS_PAGE_SIZE)
    .map((r) => ({ ...r, titleHighlight: null as string | null, snippet: null as string | null }));
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > PUBLICATIONS_PAGE_SIZE && last ? `${last.updatedAt.toISOString()}|${last.id}` : null,
  };
}

async function searchPublications(
  actor: Actor,
  regencyId: string,
  filter: { status?: PublicationStatus; q: string; after?: string },
) {
  const offset = filter.after && /^\d{1,5}$/.test(filter.after) ? Number(filter.after) : 0;
  const terms = searchTerms(filter.q);
  const hits = await db.$queryRaw<{ id: string; title: string; snippet: string }[]>`
    SELECT hit.id, ${headline(Prisma.sql`hit.title`, terms, true)} AS title,
           ${headline(Prisma.sql`hit.summary || E'\n' || hit.body`, terms, false)} AS snippet
    FROM (
      SELECT p.id, p.title, p.summary, p.body, ${rankOf(Prisma.sql`p.search`, terms)} AS rank, p."updatedAt"
      FROM "Publication" p
      WHERE p."regencyId" = ${regencyId}::uuid AND ${matches(Prisma.sql`p.search`, terms)}
        ${filter.status ? Prisma.sql`AND p.status = ${filter.status}::"PublicationStatus"` : Prisma.empty}
      ORDER BY rank DESC, p."updatedAt" DESC, p.id DESC
      LIMIT ${PUBLICATIONS_PAGE_SIZE + 1} OFFSET ${offset}
    ) hit`;
  const rows = await db.publication.findMany({
    where: { id: { in: hits.map((h) => h.id) }, regencyId, ...visiblePublications(actor) },
    select: LIST_SELECT,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = hits.slice(0, PUBLICATIONS_PAGE_SIZE).flatMap((h) => {
    const r = byId.get(h.id);
    return r ? [{ ...r, titleHighlight: h.title, snippet: hasHighlight(h.snippet) ? h.snippet : null }] : [];
  });
  return { items, nextCursor: hits.length > PUBLICATIONS_PAGE_SIZE ? String(offset + PUBLICATIONS_PAGE_SIZE) : null };
}
export type PublicationListItem = NonNullable<Awaited<ReturnType<typeof listPublications>>>["items"][number];

/** Counts per status for the tabs. */
export async function countPublicationsByStatus(
  actor: Actor,
  regencyId: string,
): Promise<Record<PublicationStatus, number> | null> {
  if (!can(actor, "publications.read", regencyId)) return null;
  const groups = await db.publication.groupBy({ by: ["status"], where: { regencyId }, _count: { _all: true } });
  const out = { draft: 0, submitted: 0, approved: 0, withdrawn: 0 };
  for (const g of groups) out[g.status] = g._count._all;
  return out;
}

/** One piece with everything the portal shows: working copy, versions, review trail, narrative. */
export async function getPublication(actor: Actor, id: string) {
  const piece = await db.publication.findFirst({
    where: { id, ...visiblePublications(actor) },
    select: {
      id: true,
      regencyId: true,
      slug: true,
      kind: true,
      status: true,
      title: true,
      summary: true,
      body: true,
      internalNote: true,
      correctionNote: true,
      publishAt: true,
      firstPublishAt: true,
      reviewComment: true,
      submittedAt: true,
      submittedById: true,
      withdrawnAt: true,
      withdrawalReason: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      authorId: true,
      imageId: true,
      imageAlt: true,
      image: { select: { sha256: true } },
      author: { select: { name: true } },
      regency: { select: { slug: true, name: true, timeZone: true } },
      issues: { select: { issue: { select: { id: true, number: true, title: true, isPublic: true } } } },
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          title: true,
          summary: true,
          body: true,
          correctionNote: true,
          publishAt: true,
          approverName: true,
          approverTitle: true,
          approvedAt: true,
          writerName: true,
          imageId: true,
          imageAlt: true,
          image: { select: { sha256: true } },
        },
      },
      reviews: {
        orderBy: { createdAt: "desc" },
        select: { id: true, action: true, comment: true, actorName: true, createdAt: true },
      },
    },
  });
  if (!piece) return null;
  const issueIds = piece.issues.map((i) => i.issue.id);
  const [narrative, canApprove] = await Promise.all([
    issueIds.length
      ? db.narrativeMessage.findMany({
          where: { issueId: { in: issueIds }, regencyId: piece.regencyId, retiredAt: null },
          orderBy: { createdAt: "asc" },
          select: { id: true, issueId: true, text: true },
        })
      : Promise.resolve([]),
    mayApprove(db, actor, piece.regencyId),
  ]);
  const isWriter = piece.authorId === actor.id || piece.submittedById === actor.id;
  return {
    ...piece,
    narrative,
    permissions: {
      write:
        can(actor, "publications.write", piece.regencyId) && (piece.status === "draft" || piece.status === "approved"),
      submit: can(actor, "publications.write", piece.regencyId) && piece.status === "draft",
      approve: canApprove && !isWriter && piece.status === "submitted",
      approverButWriter: canApprove && isWriter && piece.status === "submitted",
      withdraw: canApprove && piece.status !== "withdrawn" && piece.versions.length > 0,
    },
  };
}
export type PublicationDetail = NonNullable<Awaited<ReturnType<typeof getPublication>>>;

/** Issues a piece, coverage or a stakeholder can be linked to (not rejected or merged). */
export async function listIssueOptions(actor: Actor, regencyId: string) {
  if (!can(actor, "publications.read", regencyId) && !can(actor, "media.manage", regencyId)) return [];
  return db.issue.findMany({
    where: { regencyId, triage: { in: ["pending", "accepted"] } },
    orderBy: { number: "desc" },
    take: 200,
    select: { id: true, number: true, title: true },
  });
}
export type IssueOption = Awaited<ReturnType<typeof listIssueOptions>>[number];

/** Active key messages for the issues (for the "new piece" page). */
export async function listNarrativeForIssues(actor: Actor, regencyId: string) {
  if (!can(actor, "publications.read", regencyId)) return [];
  return db.narrativeMessage.findMany({
    where: { regencyId, retiredAt: null },
    orderBy: [{ issueId: "asc" }, { createdAt: "asc" }],
    select: { id: true, text: true, issue: { select: { id: true, number: true, title: true } } },
  });
}

/** The approver setting and the positions to choose from. */
export async function getApproverSettings(actor: Actor, regencyId: string) {
  if (!can(actor, "publications.read", regencyId)) return null;
  const [settings, positions, effective] = await Promise.all([
    db.publicationSettings.findUnique({ where: { regencyId }, select: { approverPositionId: true } }),
    db.position.findMany({
      where: { regencyId },
      orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
      select: { id: true, title: true, isCoordinator: true },
    }),
    approverPositionIds(db, regencyId),
  ]);
  return {
    approverPositionId: settings?.approverPositionId ?? null,
    positions,
    effective: positions.filter((p) => effective.includes(p.id)).map((p) => p.title),
  };
}

/** An image of a piece (any: working copy or version) for a member who may read the regency's publications. */
export async function getPublicationImageForMember(
  actor: Actor,
  regencySlug: string,
  pieceSlug: string,
  imageId: string,
) {
  return db.publicationImage.findFirst({
    where: {
      id: imageId,
      publication: { slug: pieceSlug, regency: { slug: regencySlug }, ...visiblePublications(actor) },
    },
    select: { storageKey: true, fileName: true, contentType: true, widths: true, avif: true, sha256: true },
  });
}

/**
 * What humas knows about one issue, for the issue page: the pieces that cover it, the press
 * coverage (with its sentiment), the stakeholders mapped to it, its key messages and the experts
 * who help. Null for whom publications are closed (the issue page then shows none of it).
 */
export async function getIssueCommunication(actor: Actor, issue: { id: string; regencyId: string }) {
  if (!can(actor, "publications.read", issue.regencyId)) return null;
  const where = { regencyId: issue.regencyId };
  const [pieces, coverage, sentiment, stakeholders, messages, experts] = await Promise.all([
    db.publication.findMany({
      where: { ...where, issues: { some: { issueId: issue.id } } },
      orderBy: { updatedAt: "desc" },
      take: 8,
      select: { id: true, title: true, kind: true, status: true, publishAt: true },
    }),
    db.mediaCoverage.findMany({
      where: { ...where, issues: { some: { issueId: issue.id } } },
      orderBy: { publishedOn: "desc" },
      take: 8,
      select: { id: true, outlet: true, headline: true, url: true, sentiment: true, publishedOn: true },
    }),
    db.mediaCoverage.groupBy({
      by: ["sentiment"],
      where: { ...where, issues: { some: { issueId: issue.id } } },
      _count: { _all: true },
    }),
    db.stakeholder.findMany({
      where: { ...where, issues: { some: { issueId: issue.id } } },
      orderBy: [{ power: "desc" }, { interest: "desc" }],
      take: 8,
      select: { id: true, name: true, organisation: true, stance: true },
    }),
    db.narrativeMessage.findMany({
      where: { ...where, issueId: issue.id, retiredAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, text: true, approvedById: true },
    }),
    db.expertContact.findMany({
      where: { ...where, issues: { some: { issueId: issue.id } } },
      orderBy: { name: "asc" },
      take: 8,
      select: { id: true, name: true, discipline: true, institution: true },
    }),
  ]);
  const bySentiment = Object.fromEntries(sentiment.map((s) => [s.sentiment, s._count._all]));
  const empty = !pieces.length && !coverage.length && !stakeholders.length && !messages.length && !experts.length;
  return { pieces, coverage, bySentiment, stakeholders, messages, experts, empty };
}
export type IssueCommunication = NonNullable<Awaited<ReturnType<typeof getIssueCommunication>>>;
