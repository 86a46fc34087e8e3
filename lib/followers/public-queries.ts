import "server-only";
import { db } from "@/lib/db";
import type { FollowTarget } from "./schemas";

// The actor-less reads of following: what a follow form may name (only what is public) and the
// public issue's own feed. Public fields only; a follower's address is never selected here.

export type PublicTarget = {
  regencyId: string;
  regencySlug: string;
  issueId: string | null;
  publicationId: string | null;
  /** Follower.target: one subscription per address and target */
  key: string;
  /** the public page of what is followed */
  path: string;
  /** the issue's or piece's title, or the regency's name (with regencyKind) */
  title: string;
  regencyKind: string;
  regencyName: string;
};

const SLUG = /^[a-z0-9-]{1,120}$/;

/** The public regency, public issue or published piece a follow form names, or null. */
export async function findPublicTarget(
  regencySlug: string,
  target: FollowTarget,
  now = new Date(),
): Promise<PublicTarget | null> {
  if (!SLUG.test(regencySlug)) return null;
  const regency = await db.regency.findUnique({
    where: { slug: regencySlug },
    select: { id: true, slug: true, kind: true, name: true },
  });
  if (!regency) return null;
  const base = {
    regencyId: regency.id,
    regencySlug: regency.slug,
    regencyKind: regency.kind as string,
    regencyName: regency.name,
    issueId: null,
    publicationId: null,
  };
  if (target.kind === "regency") return { ...base, key: "regency", path: `/r/${regency.slug}`, title: regency.name };
  if (target.kind === "issue") {
    const issue = await db.issue.findFirst({
      where: { regencyId: regency.id, number: Number(target.ref), isPublic: true, triage: "accepted" },
      select: { id: true, number: true, title: true },
    });
    return (
      issue && {
        ...base,
        issueId: issue.id,
        key: `issue:${issue.id}`,
        path: `/r/${regency.slug}/isu/${issue.number}`,
        title: issue.title,
      }
    );
  }
  if (!target.ref || !SLUG.test(target.ref)) return null;
  const piece = await db.publication.findFirst({
    where: {
      regencyId: regency.id,
      slug: target.ref,
      withdrawnAt: null,
      versions: { some: { publishAt: { lte: now } } },
    },
    select: {
      id: true,
      slug: true,
      versions: { where: { publishAt: { lte: now } }, orderBy: { number: "desc" }, take: 1, select: { title: true } },
    },
  });
  return (
    piece && {
      ...base,
      publicationId: piece.id,
      key: `piece:${piece.id}`,
      path: `/r/${regency.slug}/${piece.slug}`,
      title: piece.versions[0]?.title ?? "",
    }
  );
}

/** A public issue's feed: its public notes and the published pieces linked to it, newest first. */
export async function getPublicIssueFeed(regencySlug: string, number: number, now = new Date(), limit = 50) {
  if (!SLUG.test(regencySlug) || !Number.isInteger(number) || number < 1 || number > 1e9) return null;
  const issue = await db.issue.findFirst({
    where: { number, isPublic: true, triage: "accepted", regency: { slug: regencySlug } },
    select: {
      id: true,
      number: true,
      title: true,
      regencyId: true,
      regency: { select: { name: true, slug: true, kind: true } },
      updates: {
        where: { isPublic: true },
        orderBy: { createdAt: "desc" },
        take: limit,
        select: { id: true, kind: true, body: true, percentDone: true, toStage: true, createdAt: true },
      },
      publicationLinks: {
        where: { publication: { withdrawnAt: null, versions: { some: { publishAt: { lte: now } } } } },
        take: limit,
        select: {
          publication: {
            select: {
              slug: true,
              firstPublishAt: true,
              versions: {
                where: { publishAt: { lte: now } },
                orderBy: { number: "desc" },
                take: 1,
                select: { title: true, summary: true, publishAt: true },
              },
            },
          },
        },
      },
    },
  });
  return issue;
}
