import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { openTermWhere } from "@/lib/leadership/holders";

// The one place that reads a regency without an actor: public fields only (no versions, no
// user accounts, no leader profiles, no registers).

export async function getPublicRegency(slug: string, on = new Date()) {
  const r = await db.regency.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      code: true,
      kind: true,
      name: true,
      province: true,
      isDob: true,
      status: true,
      formationLaw: true,
      formationYear: true,
      formationDate: true,
      timeZone: true,
      capital: true,
      areaKm2: true,
      population: true,
      districts: true,
      figuresAsOf: true,
      figuresSource: true,
      positions: {
        where: {
          kind: {
            in: [
              "bupati",
              "wakil_bupati",
              "sekda",
              "kepala_bappeda",
              "ketua_dprd",
              "wakil_ketua_dprd",
              "inspektur",
              "kepala_opd",
              "kepala_humas",
            ],
          },
        },
        orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
        select: {
          id: true,
          title: true,
          terms: {
            where: openTermWhere(on),
            orderBy: { startDate: "desc" },
            take: 1,
            select: { personName: true, appointment: true, startDate: true },
          },
        },
      },
    },
  });
  if (!r) return null;
  const { positions, ...rest } = r;
  return {
    ...rest,
    leaders: positions.map((p) => ({
      positionId: p.id,
      title: p.title,
      personName: p.terms[0]?.personName ?? null,
      appointment: p.terms[0]?.appointment ?? null,
      since: p.terms[0]?.startDate ?? null,
    })),
  };
}
export type PublicRegency = NonNullable<Awaited<ReturnType<typeof getPublicRegency>>>;

/**
 * What a share card shows of a regency: its name, province and emblem (public on its printouts too).
 * An emblem the image sweep could not decode (lib/files/image-sweep.ts) is left out: it may claim a
 * picture too large to decode for every card.
 */
export async function getCardRegency(slug: string) {
  const r = await db.regency.findUnique({
    where: { slug },
    select: {
      name: true,
      kind: true,
      province: true,
      slug: true,
      logoStorageKey: true,
      logoContentType: true,
      logoUpgradeFailedAt: true,
    },
  });
  if (!r) return null;
  const { logoUpgradeFailedAt, ...regency } = r;
  return logoUpgradeFailedAt ? { ...regency, logoStorageKey: null, logoContentType: null } : regency;
}

export const NATIONAL_PAGE_SIZE = 40;

export type NationalFilter = { q?: string; province?: string; year?: number; page: number };

/**
 * The national portal: every regency formed by pemekaran (DOB) with its latest public update,
 * filtered by name, province and formation year; newest formation first. Public fields only.
 */
export async function listPublicDobs(f: NationalFilter, now = new Date()) {
  const where = [Prisma.sql`g."isDob"`];
  if (f.q) where.push(Prisma.sql`g.name ILIKE ${`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (f.province) where.push(Prisma.sql`g.province = ${f.province}`);
  if (f.year) where.push(Prisma.sql`g."formationYear" = ${f.year}`);
  const offset = (Math.max(1, f.page) - 1) * NATIONAL_PAGE_SIZE;
  const rows = await db.$queryRaw<
    {
      slug: string;
      name: string;
      kind: "kabupaten" | "kota";
      province: string;
      formationYear: number | null;
      formationLaw: string | null;
      timeZone: string;
      pieceSlug: string | null;
      pieceTitle: string | null;
      piecePublishAt: Date | null;
    }[]
  >`
    SELECT g.slug, g.name, g.kind::text AS kind, g.province, g."formationYear", g."formationLaw", g."timeZone",
           u.slug AS "pieceSlug", u.title AS "pieceTitle", u."publishAt" AS "piecePublishAt"
    FROM "Regency" g
    LEFT JOIN LATERAL (
      SELECT p.slug, v.title, v."publishAt"
      FROM "Publication" p
      JOIN LATERAL (
        SELECT x.title, x."publishAt" FROM "PublicationVersion" x
        WHERE x."publicationId" = p.id AND x."publishAt" <= ${now}
        ORDER BY x.number DESC LIMIT 1
      ) v ON TRUE
      WHERE p."regencyId" = g.id AND p."firstPublishAt" <= ${now} AND p."withdrawnAt" IS NULL
      ORDER BY v."publishAt" DESC, p.id DESC
      LIMIT 1
    ) u ON TRUE
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY g."formationYear" DESC NULLS LAST, g.name
    LIMIT ${NATIONAL_PAGE_SIZE + 1} OFFSET ${offset}`;
  return { items: rows.slice(0, NATIONAL_PAGE_SIZE), hasNext: rows.length > NATIONAL_PAGE_SIZE };
}

/** The filters' choices: provinces and formation years that have a DOB. */
export async function nationalFilterChoices() {
  const rows = await db.regency.findMany({
    where: { isDob: true },
    select: { province: true, formationYear: true },
  });
  return {
    provinces: [...new Set(rows.map((r) => r.province))].sort((a, b) => a.localeCompare(b, "id")),
    years: [...new Set(rows.flatMap((r) => (r.formationYear ? [r.formationYear] : [])))].sort((a, b) => b - a),
  };
}

/** The national feed: the latest published, not withdrawn pieces of every regency. */
export async function listNationalFeed(now = new Date(), limit = 50) {
  const rows = await db.publication.findMany({
    where: { withdrawnAt: null, firstPublishAt: { lte: now }, versions: { some: { publishAt: { lte: now } } } },
    orderBy: [{ firstPublishAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      slug: true,
      firstPublishAt: true,
      regency: { select: { slug: true, name: true, kind: true } },
      versions: {
        where: { publishAt: { lte: now } },
        orderBy: { number: "desc" },
        take: 1,
        select: { title: true, summary: true, publishAt: true },
      },
    },
  });
  return rows.map(({ versions, ...p }) => ({ ...p, current: versions[0] }));
}
