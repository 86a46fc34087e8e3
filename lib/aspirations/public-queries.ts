import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type AnswerFigures, answerFiguresSql } from "./answer-figures";
import { normalizeTrackingCode } from "./code";

// The one place that reads aspirations without an actor. A tracking code opens its own
// aspiration only (code and regency both match), and never its sender's name or contact.

export async function getAspirationByCode(regencySlug: string, rawCode: string) {
  const code = normalizeTrackingCode(rawCode);
  if (!code) return null;
  return db.aspiration.findFirst({
    where: { code, regency: { slug: regencySlug } },
    select: {
      code: true,
      category: true,
      text: true,
      status: true,
      dueAt: true,
      rejectReason: true,
      createdAt: true,
      issue: { select: { number: true, title: true, isPublic: true } },
      forwardedAgency: { select: { name: true } },
      regency: { select: { name: true, slug: true, kind: true, timeZone: true } },
      // status changes and answers addressed to the sender (public and private); who inside the
      // regency wrote them is not shown, only the agency that answered
      events: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, status: true, body: true, isPublic: true, agencyName: true, createdAt: true },
      },
    },
  });
}
export type PublicAspiration = NonNullable<Awaited<ReturnType<typeof getAspirationByCode>>>;

export type Responsiveness = {
  slug: string;
  received: number;
  answered: number;
  /** median days from receipt to the first answer, of the answered ones */
  medianDays: number | null;
  /** of those whose answer deadline has passed or that were answered: answered on time, 0–1 */
  onTimeShare: number | null;
};

/**
 * How fast regencies answer their citizens, in one aggregate: median days to the first answer,
 * and the share answered within the deadline (of the aspirations that were answered, or are still
 * unanswered past their deadline). Rejected aspirations do not count. Only numbers, no rows.
 */
export async function getResponsiveness(slugs: string[], now = new Date()): Promise<Map<string, Responsiveness>> {
  if (!slugs.length) return new Map();
  const rows = await db.$queryRaw<(AnswerFigures & { slug: string })[]>`
    SELECT g.slug, ${answerFiguresSql(now)}
    FROM "Aspiration" a JOIN "Regency" g ON g.id = a."regencyId"
    WHERE g.slug IN (${Prisma.join(slugs)}) AND a.status <> 'rejected'
    GROUP BY g.slug`;
  return new Map(rows.map((r) => [r.slug, r]));
}

/** What the public form page shows of its regency (and the public issue it is about, if any). */
export async function getAspirationFormTarget(regencySlug: string, issueNumber?: number) {
  const regency = await db.regency.findUnique({
    where: { slug: regencySlug },
    select: { id: true, slug: true, name: true, kind: true, timeZone: true, aspirationFirstResponseDays: true },
  });
  if (!regency) return null;
  const issue =
    issueNumber && Number.isInteger(issueNumber) && issueNumber < 1e9
      ? await db.issue.findFirst({
          where: { regencyId: regency.id, number: issueNumber, isPublic: true, triage: "accepted" },
          select: { number: true, title: true },
        })
      : null;
  return { regency, issue };
}
