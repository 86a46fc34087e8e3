import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export const USERS_PAGE_SIZE = 50;

const userRow = {
  id: true,
  name: true,
  email: true,
  isAdmin: true,
  disabledAt: true,
  lastLoginAt: true,
  version: true,
  totpEnabledAt: true,
  memberships: {
    select: { role: true, regency: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" as const },
  },
} as const;

/** Admin only: everyone else gets null (the page shows 404). */
export async function listUsers(actor: Actor, filter: { q?: string; after?: string }) {
  if (!actor.isAdmin) return null;
  const rows = await db.user.findMany({
    where: {
      AND: [
        filter.q
          ? {
              OR: [
                { name: { contains: filter.q, mode: "insensitive" } },
                { email: { contains: filter.q.toLowerCase() } },
              ],
            }
          : {},
        filter.after ? { email: { gt: filter.after } } : {},
      ],
    },
    orderBy: { email: "asc" },
    take: USERS_PAGE_SIZE + 1,
    select: userRow,
  });
  const users = rows.slice(0, USERS_PAGE_SIZE);
  return { users, nextCursor: rows.length > USERS_PAGE_SIZE ? users[users.length - 1].email : null };
}
export type UserRow = NonNullable<Awaited<ReturnType<typeof listUsers>>>["users"][number];

export async function getUser(actor: Actor, id: string) {
  if (!actor.isAdmin) return null;
  return db.user.findUnique({ where: { id }, select: userRow });
}

export async function listRegencyOptions() {
  return db.regency.findMany({
    orderBy: [{ province: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, province: true },
  });
}

/** The signed-in user's own NIP, for the account page. */
export async function myNip(actor: Actor): Promise<string | null> {
  return (await db.user.findUnique({ where: { id: actor.id }, select: { nip: true } }))?.nip ?? null;
}
