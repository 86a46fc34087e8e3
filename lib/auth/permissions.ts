import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";

/** The roles a regency gives its members (Membership.role). */
export const ROLES = ["coordinator", "official", "humas", "facilitator"] as const;
/**
 * "oversight": read-only supervision by the Ministry (every regency) or a province (its
 * regencies), given per user (lib/auth/oversight.ts), never as a membership.
 */
export type Role = (typeof ROLES)[number] | "oversight";
export const ALL_ROLES: readonly Role[] = [...ROLES, "oversight"];

const ALL = ["coordinator", "official", "humas", "facilitator"] as const;

/**
 * The one table of who may do what in a regency. A global admin may do everything; a
 * permission with no roles is admin-only. Nothing else in the code knows role names.
 */
export const PERMISSIONS = {
  // foundation
  "users.manage": [],
  "regencies.import": [],
  "audit.read": ["coordinator"],
  "workspace.read": [...ALL, "oversight"],
  // regencies and leadership
  "regency.read": [...ALL, "oversight"],
  "regency.manage": ["coordinator"],
  "leadership.read": [...ALL, "oversight"],
  // e-mail addresses and other contact data of people: the regency's own members only
  "contacts.read": ALL,
  "leadership.manage": ["coordinator"],
  // development issues
  "issues.read": [...ALL, "oversight"],
  "issues.propose": ALL,
  "issues.triage": ["coordinator"],
  "issues.manage": ["coordinator"],
  "issues.update": ["coordinator", "official"],
  "dashboard.read": ["coordinator", "official", "oversight"],
  // the dashboard of the whole regency (an official sees the positions they hold)
  "dashboard.whole": ["coordinator", "oversight"],
  // moving an issue into a Chase–Jones stage (officials also need to hold the owner position)
  "issues.stage.identification": ["coordinator"],
  "issues.stage.analysis": ["coordinator", "official"],
  "issues.stage.strategy": ["coordinator"],
  "issues.stage.action": ["coordinator", "official"],
  "issues.stage.evaluation": ["coordinator", "official"],
  "issues.stage.closed": ["coordinator"],
  // ISO records
  "iso.read": ["coordinator", "official", "oversight"],
  "iso.manage": ["coordinator", "official"],
  "iso.approve": ["coordinator"],
  "iso.verify": ["coordinator", "official"],
  // strategic humas
  "publications.read": ["coordinator", "humas", "official"],
  "publications.write": ["humas", "coordinator"],
  "publications.approve": ["coordinator"],
  "media.manage": ["humas", "coordinator"],
  "narrative.manage": ["coordinator"],
  // re-culturing: culture profiles (groups of at least five answers only) and leadership roles
  "culture.read": ["coordinator", "official", "oversight"],
  "culture.manage": ["coordinator"],
  // assessing a leader of the regency on the eight leadership roles (as a colleague, or oneself)
  "leadership.assess": ["coordinator", "official"],
  // live workshops
  "workshops.read": ["facilitator", "coordinator", "official", "humas"],
  "workshops.manage": ["facilitator", "coordinator"],
  // aspirations and reports from citizens: senders' names and contacts stay inside the regency
  // (no oversight); an official sees those forwarded to an agency where they hold a position
  "aspirations.read": ["coordinator", "humas", "official"],
  "aspirations.all": ["coordinator", "humas"],
  "aspirations.triage": ["coordinator"],
  "aspirations.answer": ["coordinator", "humas", "official"],
  "aspirations.settings": ["coordinator"],
  "replyTemplates.manage": ["humas", "coordinator"],
  // the landing page (/dashboard): which desks a member sees first, besides the issue dashboard
  "desk.publications": ["humas"],
  "desk.workshops": ["facilitator"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function can(actor: Actor | null | undefined, permission: Permission, regencyId: string): boolean {
  if (!actor) return false;
  if (actor.isAdmin) return true;
  return actor.memberships.some((m) => m.regencyId === regencyId && roleCan(m.role, permission));
}

export function assertCan(actor: Actor, permission: Permission, regencyId: string): void {
  if (!can(actor, permission, regencyId)) throw new AppError("FORBIDDEN", "common.errors.forbidden");
}

export function assertAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new AppError("FORBIDDEN", "common.errors.forbidden");
}

/** Regencies where the actor holds the permission; "all" for an admin. */
export function regencyIdsWith(actor: Actor, permission: Permission): string[] | "all" {
  if (actor.isAdmin) return "all";
  return actor.memberships.filter((m) => roleCan(m.role, permission)).map((m) => m.regencyId);
}

/** The roles that hold a permission (for a where on Membership.role), straight from the table. */
export function rolesWith(permission: Permission): Role[] {
  return [...PERMISSIONS[permission]];
}
