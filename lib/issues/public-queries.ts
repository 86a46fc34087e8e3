import "server-only";
import { db } from "@/lib/db";

// The one place that reads issues without an actor: public issues of a regency and their public
// timeline notes, public fields only.

export async function listPublicIssues(regencyId: string, limit = 50) {
  return db.issue.findMany({
    where: { regencyId, isPublic: true, triage: "accepted" },
    orderBy: [{ updatedAt: "desc" }],
    take: limit,
    select: { number: true, title: true, category: true, stage: true, percentDone: true, updatedAt: true },
  });
}

export async function getPublicIssue(regencySlug: string, number: number) {
  if (!Number.isInteger(number) || number < 1 || number > 1e9) return null;
  return db.issue.findFirst({
    where: { number, isPublic: true, triage: "accepted", regency: { slug: regencySlug } },
    select: {
      number: true,
      title: true,
      description: true,
      category: true,
      stage: true,
      percentDone: true,
      dueDate: true,
      closedAt: true,
      createdAt: true,
      regency: { select: { name: true, slug: true, kind: true, timeZone: true } },
      agency: { select: { name: true } },
      updates: {
        where: { isPublic: true },
        orderBy: { createdAt: "desc" },
        take: 100,
        select: {
          id: true,
          kind: true,
          body: true,
          percentDone: true,
          fromStage: true,
          toStage: true,
          createdAt: true,
        },
      },
    },
  });
}
