import { CULTURE_TYPES, type CultureType } from "@/lib/culture/instrument";
import type { TypeScores } from "@/lib/culture/profile";

// The eight leadership roles of the Competing Values Framework (R. E. Quinn, "Beyond Rational
// Management", 1988; K. S. Cameron & R. E. Quinn, "Diagnosing and Changing Organizational
// Culture"): two roles in each of the four quadrants the culture types sit in. A leader is scored
// 1–5 on how much they play each role; the descriptions are Mekar's own wording
// (messages/<locale>/leadership.json, leadership.roles.names/descriptions).

/** The roles in quadrant order (clan, adhocracy, market, hierarchy), two per quadrant. */
export const LEADERSHIP_ROLES = [
  "mentor",
  "facilitator",
  "innovator",
  "broker",
  "producer",
  "director",
  "coordinator",
  "monitor",
] as const;
export type LeadershipRole = (typeof LEADERSHIP_ROLES)[number];

export const ROLE_SCORE_MIN = 1;
export const ROLE_SCORE_MAX = 5;
/** Colleague assessments needed before their mean is shown (to anyone, the admin included). */
export const MIN_COLLEAGUES = 3;
/** A role is covered when at least one team member plays it this much (mean score). */
export const COVERED_LEVEL = 3.5;

/** The culture type (quadrant) a role belongs to. */
export const roleQuadrant = (role: LeadershipRole): CultureType =>
  CULTURE_TYPES[Math.floor(LEADERSHIP_ROLES.indexOf(role) / 2)];

export const roleNameKey = (role: LeadershipRole) => `leadership.roles.names.${role}`;
export const roleDescriptionKey = (role: LeadershipRole) => `leadership.roles.descriptions.${role}`;

/** Eight scores in LEADERSHIP_ROLES order. */
export type RoleScores = readonly number[];

const round1 = (x: number) => Math.round(x * 10) / 10;

/** One leader's quadrant scores: the mean of the quadrant's two roles. */
export function quadrantScores(scores: RoleScores): TypeScores {
  return Object.fromEntries(
    CULTURE_TYPES.map((type, q) => [type, (scores[2 * q] + scores[2 * q + 1]) / 2]),
  ) as TypeScores;
}

/**
 * The team's coverage of each quadrant: the mean over the members of their quadrant scores (1–5),
 * and each quadrant's share of the four (adding up to 100, comparable with a culture profile).
 * Null for a team without any profile.
 */
export function teamCoverage(members: readonly RoleScores[]): { level: TypeScores; share: TypeScores } | null {
  if (members.length === 0) return null;
  const quads = members.map(quadrantScores);
  const level = Object.fromEntries(
    CULTURE_TYPES.map((type) => [type, quads.reduce((s, q) => s + q[type], 0) / quads.length]),
  ) as TypeScores;
  const total = CULTURE_TYPES.reduce((s, type) => s + level[type], 0);
  const share = Object.fromEntries(CULTURE_TYPES.map((type) => [type, (level[type] / total) * 100])) as TypeScores;
  return { level, share };
}

/**
 * The fit of the configuration with the culture the regency prefers: 100 minus half the sum of
 * the absolute differences between the team's coverage shares and the preferred profile (both add
 * up to 100, so the half-sum is the share that would have to move): 100 = the same emphasis,
 * 0 = nothing in common. One decimal.
 */
export function fitScore(share: TypeScores, preferred: TypeScores): number {
  const moved = CULTURE_TYPES.reduce((s, type) => s + Math.abs(share[type] - preferred[type]), 0) / 2;
  return round1(100 - moved);
}

/** The roles no member plays at COVERED_LEVEL or more. */
export function uncoveredRoles(members: readonly RoleScores[], level = COVERED_LEVEL): LeadershipRole[] {
  return LEADERSHIP_ROLES.filter((_, r) => !members.some((m) => m[r] >= level));
}

/** Rounds a TypeScores for display and for DTOs. */
export const roundScores = (s: TypeScores): TypeScores =>
  Object.fromEntries(CULTURE_TYPES.map((type) => [type, round1(s[type])])) as TypeScores;
export const roundRoles = (s: RoleScores): number[] => s.map(round1);
