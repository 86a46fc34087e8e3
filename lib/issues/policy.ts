import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import type { IssueStageName } from "./schemas";
import { whereActorMay } from "@/lib/auth/regency-access";

/** The issues an actor may read: those of the regencies where they hold issues.read. */
export const visibleIssues = (actor: Actor) => whereActorMay(actor, "issues.read");

export const stagePermission = (stage: IssueStageName) => `issues.stage.${stage}` as Permission;

/**
 * Working on an issue (progress notes, stage moves) belongs to its owner position: the
 * coordinator may always, an official only while holding the owner (or a supporting) position.
 */
export function canWorkOn(
  actor: Actor,
  issue: { regencyId: string; ownerPositionId: string | null; supporterIds?: string[] },
  heldPositionIds: string[],
): boolean {
  if (can(actor, "issues.manage", issue.regencyId)) return true;
  if (!can(actor, "issues.update", issue.regencyId)) return false;
  return heldPositionIds.some((p) => p === issue.ownerPositionId || issue.supporterIds?.includes(p));
}

/** Stages the actor may move an issue into, from the permission table and position ownership. */
export function allowedStages(
  actor: Actor,
  issue: { regencyId: string; ownerPositionId: string | null; stage: string; triage: string },
  heldPositionIds: string[],
): IssueStageName[] {
  if (issue.triage !== "accepted") return [];
  const manager = can(actor, "issues.manage", issue.regencyId);
  const owner = issue.ownerPositionId !== null && heldPositionIds.includes(issue.ownerPositionId);
  if (!manager && !owner) return [];
  const all: IssueStageName[] = ["identification", "analysis", "strategy", "action", "evaluation", "closed"];
  return all.filter((s) => s !== issue.stage && can(actor, stagePermission(s), issue.regencyId));
}
