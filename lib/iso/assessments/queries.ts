import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

import { ISO_INDICATORS } from "./indicators";
import { listEvidenceFiles } from "../files/queries";
import { whereActorMay } from "@/lib/auth/regency-access";

export type RatingCounts = { red: number; yellow: number; green: number; not_measurable: number; unrated: number };

function countRatings(ratings: { rating: string | null }[]): RatingCounts {
  const c: RatingCounts = { red: 0, yellow: 0, green: 0, not_measurable: 0, unrated: 0 };
  for (const r of ratings) c[(r.rating ?? "unrated") as keyof RatingCounts]++;
  return c;
}

/** A regency's assessments, newest period first, with their colour counts (one per period: no paging needed). */
export async function listAssessments(actor: Actor, regencyId: string) {
  if (!can(actor, "iso.read", regencyId)) return null;
  const rows = await db.isoAssessment.findMany({
    where: { regencyId },
    orderBy: { period: "desc" },
    select: {
      id: true,
      period: true,
      status: true,
      submittedAt: true,
      verifiedAt: true,
      assessor: { select: { name: true } },
      verifier: { select: { name: true } },
    },
  });
  const counts = await db.isoAssessmentRating.groupBy({
    by: ["assessmentId", "rating"],
    where: { assessment: { regencyId } },
    _count: { _all: true },
  });
  return rows.map((a) => {
    const c: RatingCounts = { red: 0, yellow: 0, green: 0, not_measurable: 0, unrated: 0 };
    for (const g of counts.filter((g) => g.assessmentId === a.id))
      c[(g.rating ?? "unrated") as keyof RatingCounts] += g._count._all;
    return { ...a, counts: c };
  });
}
export type AssessmentRow = NonNullable<Awaited<ReturnType<typeof listAssessments>>>[number];

export async function getAssessment(actor: Actor, id: string) {
  const a = await db.isoAssessment.findFirst({
    where: { id, ...whereActorMay(actor, "iso.read") },
    select: {
      id: true,
      regencyId: true,
      period: true,
      status: true,
      submittedAt: true,
      verifiedAt: true,
      disputeNote: true,
      version: true,
      assessorId: true,
      createdAt: true,
      regency: { select: { name: true, timeZone: true } },
      assessor: { select: { name: true, nip: true } },
      verifier: { select: { name: true, nip: true } },
      ratings: {
        select: {
          id: true,
          indicatorCode: true,
          rating: true,
          evidence: true,
          notes: true,
          nonconformityId: true,
          issueId: true,
          changeId: true,
          nonconformity: { select: { number: true } },
          issue: { select: { number: true } },
        },
      },
    },
  });
  if (!a) return null;
  const byCode = new Map(a.ratings.map((r) => [r.indicatorCode, r]));
  const indicators = ISO_INDICATORS.map((i) => ({ ...i, rating: byCode.get(i.code)! }));
  const [history, files] = await Promise.all([
    db.isoRecordEvent.findMany({
      where: { recordType: "assessment", recordId: a.id },
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
    listEvidenceFiles("assessment", a.id),
  ]);
  return { ...a, indicators, counts: countRatings(a.ratings), history, files };
}
export type AssessmentDetail = NonNullable<Awaited<ReturnType<typeof getAssessment>>>;

/** Two assessments of the same regency side by side, indicator by indicator. */
export async function compareAssessments(actor: Actor, regencyId: string, aId: string, bId: string) {
  if (!can(actor, "iso.read", regencyId)) return null;
  const rows = await db.isoAssessment.findMany({
    where: { id: { in: [aId, bId] }, regencyId },
    select: { id: true, period: true, status: true, ratings: { select: { indicatorCode: true, rating: true } } },
  });
  const a = rows.find((r) => r.id === aId);
  const b = rows.find((r) => r.id === bId);
  if (!a || !b) return null;
  const ra = new Map(a.ratings.map((r) => [r.indicatorCode, r.rating]));
  const rb = new Map(b.ratings.map((r) => [r.indicatorCode, r.rating]));
  return {
    a: { id: a.id, period: a.period, status: a.status, counts: countRatings(a.ratings) },
    b: { id: b.id, period: b.period, status: b.status, counts: countRatings(b.ratings) },
    rows: ISO_INDICATORS.map((i) => ({ ...i, a: ra.get(i.code) ?? null, b: rb.get(i.code) ?? null })),
  };
}
