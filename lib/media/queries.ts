import "server-only";
import { keysetCursor } from "@/lib/keyset";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Sentiment } from "@/lib/generated/prisma/enums";

export const COVERAGE_PAGE_SIZE = 30;

const canRead = (actor: Actor, regencyId: string) =>
  can(actor, "publications.read", regencyId) || can(actor, "media.manage", regencyId);

/** Coverage of a regency, newest first (keyset on publishedOn|id), optionally for one issue. */
export async function listCoverage(
  actor: Actor,
  regencyId: string,
  filter: { issueId?: string; sentiment?: Sentiment; after?: string },
) {
  if (!canRead(actor, regencyId)) return null;
  const cursor = keysetCursor(filter.after, "|");
  const rows = await db.mediaCoverage.findMany({
    where: {
      regencyId,
      ...(filter.issueId ? { issues: { some: { issueId: filter.issueId } } } : {}),
      ...(filter.sentiment ? { sentiment: filter.sentiment } : {}),
      ...(cursor
        ? { OR: [{ publishedOn: { lt: cursor.at } }, { publishedOn: cursor.at, id: { lt: cursor.id } }] }
        : {}),
    },
    orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
    take: COVERAGE_PAGE_SIZE + 1,
    select: {
      id: true,
      outlet: true,
      mediaType: true,
      url: true,
      publishedOn: true,
      headline: true,
      sentiment: true,
      reach: true,
      notes: true,
      version: true,
      issues: { select: { issue: { select: { id: true, number: true, title: true } } } },
    },
  });
  const items = rows.slice(0, COVERAGE_PAGE_SIZE);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > COVERAGE_PAGE_SIZE && last ? `${last.publishedOn.toISOString().slice(0, 10)}|${last.id}` : null,
  };
}
/** One coverage record (for its edit form); null outside the actor's regencies. */
export async function getCoverage(actor: Actor, id: string) {
  const row = await db.mediaCoverage.findUnique({
    where: { id },
    select: {
      id: true,
      regencyId: true,
      outlet: true,
      mediaType: true,
      url: true,
      publishedOn: true,
      headline: true,
      sentiment: true,
      reach: true,
      notes: true,
      version: true,
      issues: { select: { issue: { select: { id: true, number: true, title: true } } } },
    },
  });
  return row && canRead(actor, row.regencyId) ? row : null;
}

export type CoverageItem = NonNullable<Awaited<ReturnType<typeof listCoverage>>>["items"][number];

export type SentimentPoint = { month: string; positif: number; netral: number; negatif: number; reach: number };

/** Coverage per month and sentiment (last 12 months), aggregated in SQL; per issue when given. */
export async function sentimentOverTime(
  actor: Actor,
  regencyId: string,
  issueId?: string,
): Promise<SentimentPoint[] | null> {
  if (!canRead(actor, regencyId)) return null;
  const rows = issueId
    ? await db.$queryRaw<{ month: string; sentiment: Sentiment; n: bigint; reach: bigint | null }[]>`
        SELECT to_char(date_trunc('month', c."publishedOn"), 'YYYY-MM') AS month, c.sentiment, count(*) AS n, sum(c.reach) AS reach
        FROM "MediaCoverage" c JOIN "MediaCoverageIssue" ci ON ci."coverageId" = c.id
        WHERE c."regencyId" = ${regencyId}::uuid AND ci."issueId" = ${issueId}::uuid AND c."publishedOn" >= (current_date - interval '12 months')
        GROUP BY 1, 2 ORDER BY 1`
    : await db.$queryRaw<{ month: string; sentiment: Sentiment; n: bigint; reach: bigint | null }[]>`
        SELECT to_char(date_trunc('month', c."publishedOn"), 'YYYY-MM') AS month, c.sentiment, count(*) AS n, sum(c.reach) AS reach
        FROM "MediaCoverage" c
        WHERE c."regencyId" = ${regencyId}::uuid AND c."publishedOn" >= (current_date - interval '12 months')
        GROUP BY 1, 2 ORDER BY 1`;
  const byMonth = new Map<string, SentimentPoint>();
  for (const r of rows) {
    const p = byMonth.get(r.month) ?? { month: r.month, positif: 0, netral: 0, negatif: 0, reach: 0 };
    p[r.sentiment] += Number(r.n);
    p.reach += Number(r.reach ?? 0);
    byMonth.set(r.month, p);
  }
  return [...byMonth.values()];
}

/** Per issue: coverage count, negatives, and whether its newest items form a negative run. */
export async function issueSentimentSummary(actor: Actor, regencyId: string) {
  if (!canRead(actor, regencyId)) return null;
  const rows = await db.$queryRaw<
    { id: string; number: number; title: string; total: bigint; negatif: bigint; latest: Date | null }[]
  >`
    SELECT i.id, i.number, i.title, count(c.id) AS total, count(c.id) FILTER (WHERE c.sentiment = 'negatif') AS negatif, max(c."publishedOn") AS latest
    FROM "Issue" i JOIN "MediaCoverageIssue" ci ON ci."issueId" = i.id JOIN "MediaCoverage" c ON c.id = ci."coverageId"
    WHERE i."regencyId" = ${regencyId}::uuid
    GROUP BY i.id, i.number, i.title ORDER BY negatif DESC, total DESC LIMIT 50`;
  return rows.map((r) => ({ ...r, total: Number(r.total), negatif: Number(r.negatif) }));
}
