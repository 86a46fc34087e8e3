import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { whereActorMay } from "@/lib/auth/regency-access";
import { cultureSourceLinks } from "@/lib/culture/profiles/links";

export async function listChanges(actor: Actor, regencyId: string) {
  if (!can(actor, "iso.read", regencyId)) return null;
  return db.isoChangeInitiative.findMany({
    where: { regencyId },
    orderBy: [{ phase: "asc" }, { updatedAt: "desc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      phase: true,
      cycle: true,
      updatedAt: true,
      ownerPosition: { select: { title: true } },
      issue: { select: { number: true } },
    },
  });
}

export async function getChange(actor: Actor, id: string) {
  const c = await db.isoChangeInitiative.findFirst({
    where: { id, ...whereActorMay(actor, "iso.read") },
    select: {
      id: true,
      regencyId: true,
      title: true,
      purpose: true,
      consequences: true,
      resources: true,
      phase: true,
      cycle: true,
      version: true,
      createdAt: true,
      planObjective: true,
      planScope: true,
      planRisks: true,
      doActivities: true,
      checkResults: true,
      sourceRef: true,
      regency: { select: { name: true, timeZone: true } },
      ownerPosition: { select: { id: true, title: true } },
      issue: { select: { id: true, number: true, title: true } },
    },
  });
  if (!c) return null;
  const history = await db.isoRecordEvent.findMany({
    where: { recordType: "change", recordId: c.id },
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
  });
  // raised from a red ISO 18091 rating: "assessment:<id>:<indicator>" links back to that assessment
  const [kind, sourceId, indicatorCode] = c.sourceRef?.split(":") ?? [];
  const source = kind === "assessment" && sourceId ? { assessmentId: sourceId, indicatorCode } : null;
  // proposed from a culture gap: "culture:<regencyId>:<agencyId|regency>:<type>:<period>"
  const cultureSource = c.sourceRef ? ((await cultureSourceLinks([c.sourceRef])).get(c.sourceRef) ?? null) : null;
  return { ...c, history, source, cultureSource };
}
export type ChangeDetail = NonNullable<Awaited<ReturnType<typeof getChange>>>;

export async function listIssueOptions(actor: Actor, regencyId: string) {
  if (!can(actor, "iso.read", regencyId) || !can(actor, "issues.read", regencyId)) return [];
  return db.issue.findMany({
    where: { regencyId, triage: { in: ["pending", "accepted"] } },
    orderBy: { number: "desc" },
    take: 200,
    select: { id: true, number: true, title: true },
  });
}
