import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

import { openTermWhere } from "./holders";
import { whereActorMay } from "@/lib/auth/regency-access";

const termSelect = {
  id: true,
  personName: true,
  appointment: true,
  startDate: true,
  endDate: true,
  version: true,
  userId: true,
  user: { select: { name: true, email: true } },
} as const;

/**
 * The leadership configuration of a regency at a glance: each position with today's holder
 * (null = a gap to fill) and the coordinator flag. Null when the actor may not read it.
 */
export async function getLeadership(actor: Actor, regencyId: string, on = new Date()) {
  if (!can(actor, "leadership.read", regencyId)) return null;
  const positions = await db.position.findMany({
    where: { regencyId },
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
    select: {
      id: true,
      kind: true,
      title: true,
      dprdCommission: true,
      isCoordinator: true,
      version: true,
      agency: { select: { id: true, name: true, shortName: true } },
      terms: { where: openTermWhere(on), orderBy: { startDate: "desc" }, take: 1, select: termSelect },
    },
  });
  const contacts = can(actor, "contacts.read", regencyId);
  return positions.map(({ terms, ...p }) => ({ ...p, holder: terms[0] ? withoutContact(terms[0], contacts) : null }));
}

/** A term as someone without contacts.read sees it: the account's name, not its e-mail. */
function withoutContact<T extends { user: { name: string; email: string } | null }>(term: T, contacts: boolean) {
  return contacts || !term.user ? term : { ...term, user: { ...term.user, email: "" } };
}
export type LeadershipRow = NonNullable<Awaited<ReturnType<typeof getLeadership>>>[number];

/** Every term and handover of the regency, newest first: the configuration's history. */
export async function getLeadershipHistory(actor: Actor, regencyId: string) {
  if (!can(actor, "leadership.read", regencyId)) return null;
  const [terms, handovers] = await Promise.all([
    db.positionTerm
      .findMany({
        where: { position: { regencyId } },
        orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
        take: 200,
        select: { ...termSelect, position: { select: { id: true, title: true } } },
      })
      .then((rows) => rows.map((r) => withoutContact(r, can(actor, "contacts.read", regencyId)))),
    db.positionHandover.findMany({
      where: { regencyId },
      orderBy: [{ handedOverOn: "desc" }, { createdAt: "desc" }],
      take: 100,
      select: {
        id: true,
        handedOverOn: true,
        moved: true,
        createdAt: true,
        position: { select: { title: true } },
        fromTerm: { select: { personName: true, appointment: true } },
        toTerm: { select: { personName: true, appointment: true } },
        recordedBy: { select: { name: true } },
      },
    }),
  ]);
  return { terms, handovers: handovers.map((h) => ({ ...h, moved: (h.moved ?? {}) as Record<string, number> })) };
}

/** One leader (a term) with the profile a coordinator needs. Null outside the actor's regencies. */
export async function getLeader(actor: Actor, termId: string) {
  const term = await db.positionTerm.findFirst({
    where: { id: termId, position: whereActorMay(actor, "leadership.read") },
    select: {
      ...termSelect,
      background: true,
      disciplines: true,
      profileNotes: true,
      position: {
        select: { id: true, title: true, kind: true, regencyId: true, regency: { select: { slug: true, name: true } } },
      },
    },
  });
  return term && withoutContact(term, can(actor, "contacts.read", term.position.regencyId));
}
export type LeaderProfile = NonNullable<Awaited<ReturnType<typeof getLeader>>>;

/** Options for the forms: the regency's agencies and the accounts of its members. */
export async function getLeadershipFormOptions(actor: Actor, regencyId: string) {
  if (!can(actor, "leadership.manage", regencyId)) return null;
  const [agencies, members] = await Promise.all([
    db.agency.findMany({ where: { regencyId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.membership.findMany({
      where: { regencyId, user: { disabledAt: null } },
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  return { agencies, users: members.map((m) => m.user) };
}
