import "server-only";
import { db } from "@/lib/db";

// The one place that reads publications without an actor. Only public fields are selected:
// never the working copy, internal notes, review comments or anyone's email. A piece is public
// from a version's publishAt, compared with the request's time here (no job flips a flag).

export const PUBLIC_PAGE_SIZE = 10;

export async function getPublicRegency(slug: string) {
  return db.regency.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, kind: true } });
}

const visibleVersion = (now: Date) => ({ publishAt: { lte: now } });

/** Published pieces, newest first; page is 1-based. Withdrawn pieces stay listed with their notice. */
export async function listPublicPieces(regencyId: string, page = 1, now: Date = new Date()) {
  const rows = await db.publication.findMany({
    where: { regencyId, firstPublishAt: { lte: now }, versions: { some: visibleVersion(now) } },
    orderBy: [{ firstPublishAt: "desc" }, { id: "desc" }],
    skip: (Math.max(1, page) - 1) * PUBLIC_PAGE_SIZE,
    take: PUBLIC_PAGE_SIZE + 1,
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
  const items = rows.slice(0, PUBLIC_PAGE_SIZE).map(({ versions, ...p }) => ({ ...p, current: versions[0] }));
  return { items, hasNext: rows.length > PUBLIC_PAGE_SIZE };
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
    select: { storageKey: true, fileName: true, contentType: true },
  });
}
