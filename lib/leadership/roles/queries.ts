import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, roleCan } from "@/lib/auth/permissions";
import { whereActorMay } from "@/lib/auth/regency-access";
import { db } from "@/lib/db";
import { termProfiles } from "./aggregate";
import { FIRST_PERIOD } from "./schemas";
import { DEFAULT_TEAM_KINDS } from "./team";

/**
 * A leader's role profile per period (newest first): the self-assessment and the colleagues' mean
 * (only from MIN_COLLEAGUES on; below that only their number). Culture data: culture.read.
 * Null when the actor may not see it.
 */
export async function getRoleProfile(actor: Actor, termId: string) {
  const term = await db.positionTerm.findFirst({
    where: { id: termId, position: whereActorMay(actor, "culture.read") },
    select: { id: true },
  });
  if (!term) return null;
  return termProfiles(db, { termIds: [term.id] });
}
export type RoleProfile = NonNullable<Awaited<ReturnType<typeof getRoleProfile>>>;

/**
 * What the actor may assess of a leader: as themselves (the leader), on the leader's behalf
 * (the coordinator's paper self-assessment) or as a colleague, in which periods, and what they
 * already submitted (when and which version; never the scores). Null when they may assess nothing.
 */
export async function getAssessOptions(actor: Actor, termId: string) {
  const term = await db.positionTerm.findFirst({
    where: { id: termId, position: whereActorMay(actor, "leadership.assess") },
    select: { id: true, userId: true, startDate: true, endDate: true, position: { select: { regencyId: true } } },
  });
  if (!term) return null;
  const regencyId = term.position.regencyId;
  const isLeader = term.userId !== null && term.userId === actor.id;
  const member = actor.memberships.some(
    (m) => m.regencyId === regencyId && m.role !== "oversight" && roleCan(m.role, "leadership.assess"),
  );
  // a coordinator who is not the leader assesses as a colleague first; "on behalf" is the exception
  const kinds = [
    ...(!isLeader && member ? (["colleague"] as const) : []),
    ...(isLeader || can(actor, "leadership.manage", regencyId) ? (["self"] as const) : []),
  ];
  if (!kinds.length) return null;
  const now = new Date().getUTCFullYear();
  const first = Math.max(FIRST_PERIOD, term.startDate.getUTCFullYear());
  const last = Math.min(now, term.endDate?.getUTCFullYear() ?? now);
  const periods = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => last - i);
  const mine = await db.leadershipAssessment.findMany({
    where: { termId: term.id, OR: [{ raterKey: actor.id }, ...(kinds.includes("self") ? [{ raterKey: "self" }] : [])] },
    orderBy: { period: "desc" },
    select: { period: true, kind: true, version: true, updatedAt: true, onBehalf: true },
  });
  return { termId: term.id, isLeader, onBehalf: !isLeader, kinds, periods, submitted: mine };
}
export type AssessOptions = NonNullable<Awaited<ReturnType<typeof getAssessOptions>>>;

/** Positions of the regency outside the leadership team, for the coordinator's "add" form. */
export async function getTeamCandidates(actor: Actor, regencyId: string) {
  if (!can(actor, "leadership.manage", regencyId)) return null;
  return db.position.findMany({
    where: { regencyId, inLeadershipTeam: false, kind: { notIn: [...DEFAULT_TEAM_KINDS] } },
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
    select: { id: true, title: true },
  });
}
