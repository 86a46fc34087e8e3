import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { headline, matches, rankOf, searchTerms } from "@/lib/search/fts";

// The one place that reads publications without an actor. Only public fields are selected:
// never the working copy, internal notes, review comments or anyone's email. A piece is public
// from a version's publishAt, compared with the request's time here (no job flips a flag).

export const PUBLIC_PAGE_SIZE = 10;

export async function getPublicRegency(slug: string) {
  return db.regency.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, kind: true } });
}

const visibleVersion = (now: Date) => ({ publishAt: { lte: now } });

/** Published pieces, newest first; page is 1-based. Withdrawn pieces stay listed with their notice.
 * A search (`q`) matches the text the public reads now (each piece's latest published version),
 * best match first, with its title and summary marked. */
export async function listPublicPieces(regencyId: string, page = 1, now: Date = new Date(), q?: string) {
  const skip = (Math.max(1, page) - 1) * PUBLIC_PAGE_SIZE;
  const hits = q ? await searchPublicPieces(regencyId, q, now, skip) : null;
  const rows = await db.publication.findMany({
    where: {
      regencyId,
      firstPublishAt: { lte: now },
      versions: { some: visibleVersion(now) },
      ...(hits ? { id: { in: hits.map((h) => h.id) } } : {}),
    },
    orderBy: [{ firstPublishAt: "desc" }, { id: "desc" }],
    ...(hits ? {} : { skip, take: PUBLIC_PAGE_SIZE + 1 }),
    select: {
      id: true,
      slug: true,
      kind: true,
      firstPublishAt: true,
      withdrawnAt: true,
      versions: {
        where: visibleVersion(now),
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, title: true, summary: true, publishAt: true },
      },
    },
  });
  const all = rows.map(({ versions, ...p }) => ({
    ...p,
    current: versions[0],
    titleHighlight: null as string | null,
    summaryHighlight: null as string | null,
  }));
  if (!hits) return { items: all.slice(0, PUBLIC_PAGE_SIZE), hasNext: rows.length > PUBLIC_PAGE_SIZE };
  const byId = new Map(all.map((p) => [p.id, p]));
  const items = hits.slice(0, PUBLIC_PAGE_SIZE).flatMap((h) => {
    const p = byId.get(h.id);
    return p ? [{ ...p, titleHighlight: h.title, summaryHighlight: h.summary }] : [];
  });
  return { items, hasNext: hits.length > PUBLIC_PAGE_SIZE };
}

/** One page (+1) of the pieces whose latest published version matches, best first. */
async function searchPublicPieces(regencyId: string, q: string, now: Date, skip: number) {
  const terms = searchTerms(q);
  return db.$queryRaw<{ id: string; title: string; summary: string }[]>`
    SELECT hit.id, ${headline(Prisma.sql`hit.title`, terms, true)} AS title,
           ${headline(Prisma.sql`hit.summary`, terms, true)} AS summary
    FROM (
      SELECT p.id, v.title, v.summary, ${rankOf(Prisma.sql`v.search`, terms)} AS rank, p."firstPublishAt"
      FROM "Publication" p
      CROSS JOIN LATERAL (
        SELECT x.title, x.summary, x.search FROM "PublicationVersion" x
        WHERE x."publicationId" = p.id AND x."publishAt" <= ${now}
        ORDER BY x.number DESC LIMIT 1
      ) v
      -- a withdrawn piece stays listed with its notice, but its text is not searched
      WHERE p."regencyId" = ${regencyId}::uuid AND p."firstPublishAt" <= ${now} AND p."withdrawnAt" IS NULL
        AND ${matches(Prisma.sql`v.search`, terms)}
      ORDER BY rank DESC, p."firstPublishAt" DESC, p.id DESC
      LIMIT ${PUBLIC_PAGE_SIZE + 1} OFFSET ${skip}
    ) hit`;
}
export type PublicPieceListItem = Awaited<ReturnType<typeof listPublicPieces>>["items"][number];

/** A published piece with its public record: versions so far, approver, correction notes, withdrawal. */
export async function getPublicPiece(regencySlug: string, pieceSlug: string, now: Date = new Date()) {
  const piece = await db.publication.findFirst({
    where: {
      slug: pieceSlug,
      regency: { slug: regencySlug },
      firstPublishAt: { lte: now },
      versions: { some: visibleVersion(now) },
    },
    select: {
      id: true,
      slug: true,
      kind: true,
      firstPublishAt: true,
      withdrawnAt: true,
      withdrawalReason: true,
      regency: { select: { slug: true, name: true, kind: true, timeZone: true } },
      versions: {
        where: visibleVersion(now),
        orderBy: { number: "desc" },
        select: {
          number: true,
          title: true,
          summary: true,
          body: true,
          correctionNote: true,
          publishAt: true,
          approverName: true,
          approverTitle: true,
          approvedAt: true,
          imageId: true,
          imageAlt: true,
          image: { select: { width: true, height: true, widths: true, avif: true, sha256: true } },
        },
      },
      // only issues that have a public page (lib/issues/public-queries.ts), linked by number
      issues: {
        where: { issue: { isPublic: true, triage: "accepted" } },
        select: { issue: { select: { number: true, title: true } } },
      },
    },
  });
  if (!piece) return null;
  const [current, ...earlier] = piece.versions;
  return { ...piece, current, earlier, publicIssues: piece.issues.map((i) => i.issue) };
}
export type PublicPiece = NonNullable<Awaited<ReturnType<typeof getPublicPiece>>>;

/** Feed entries: published, not withdrawn, newest first. */
export async function listFeedEntries(regencyId: string, now: Date = new Date(), limit = 50) {
  const rows = await db.publication.findMany({
    where: { regencyId, withdrawnAt: null, firstPublishAt: { lte: now }, versions: { some: visibleVersion(now) } },
    orderBy: [{ firstPublishAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      slug: true,
      firstPublishAt: true,
      versions: {
        where: visibleVersion(now),
        orderBy: { number: "desc" },
        take: 1,
        select: { title: true, summary: true, publishAt: true },
      },
    },
  });
  return rows.map(({ versions, ...p }) => ({ ...p, current: versions[0] }));
}

/**
 * An image the public may fetch: one that a published version (publishAt <= now) of a piece
 * that is not withdrawn carries. Drafts' images never come out of here.
 */
export async function getPublicImage(regencySlug: string, pieceSlug: string, imageId: string, now: Date = new Date()) {
  return db.publicationImage.findFirst({
    where: {
      id: imageId,
      publication: { slug: pieceSlug, regency: { slug: regencySlug }, withdrawnAt: null },
      versions: { some: visibleVersion(now) },
    },
    select: { storageKey: true, fileName: true, contentType: true, widths: true, avif: true, sha256: true },
  });
}
