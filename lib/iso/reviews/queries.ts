import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

import { computeReviewInputs, type ReviewInputs } from "./inputs";
import { whereActorMay } from "@/lib/auth/regency-access";

export async function listReviews(actor: Actor, regencyId: string) {
  if (!can(actor, "iso.read", regencyId)) return null;
  return db.isoManagementReview.findMany({
    where: { regencyId },
    orderBy: { meetingDate: "desc" },
    take: 100,
    select: {
      id: true,
      title: true,
      meetingDate: true,
      status: true,
      chairPosition: { select: { title: true } },
      _count: { select: { actions: true } },
    },
  });
}

/** A review with its inputs: frozen ones once approved, live figures while it is a draft. */
export async function getReview(actor: Actor, id: string) {
  const r = await db.isoManagementReview.findFirst({
    where: { id, ...whereActorMay(actor, "iso.read") },
    select: {
      id: true,
      regencyId: true,
      title: true,
      meetingDate: true,
      attendees: true,
      decisions: true,
      inputs: true,
      status: true,
      approvedAt: true,
      version: true,
      regency: { select: { name: true, timeZone: true } },
      chairPosition: { select: { id: true, title: true } },
      approvedBy: { select: { name: true, nip: true } },
      actions: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          description: true,
          dueDate: true,
          doneAt: true,
          ownerPosition: { select: { title: true } },
        },
      },
    },
  });
  if (!r) return null;
  const inputs =
    r.status === "approved" && r.inputs
      ? (r.inputs as unknown as ReviewInputs)
      : await computeReviewInputs(db, r.regencyId, r.id);
  return { ...r, inputs, live: r.status !== "approved" };
}
export type ReviewDetail = NonNullable<Awaited<ReturnType<typeof getReview>>>;
