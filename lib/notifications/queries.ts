import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export async function countUnreadNotifications(actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export const NOTIFICATIONS_PAGE_SIZE = 30;

/** The actor's own notifications, newest first; keyset on (createdAt, id). */
export async function listNotifications(actor: Actor, filter: { unread?: string; after?: string }) {
  const [at, id] = (filter.after ?? "").split("~");
  const cursor =
    at && id && !Number.isNaN(Date.parse(at)) && /^[0-9a-f-]{36}$/i.test(id) ? { at: new Date(at), id } : null;
  const rows = await db.notification.findMany({
    where: {
      userId: actor.id,
      ...(filter.unread ? { readAt: null } : {}),
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATIONS_PAGE_SIZE + 1,
    select: {
      id: true,
      kind: true,
      params: true,
      link: true,
      readAt: true,
      createdAt: true,
      regency: { select: { name: true } },
    },
  });
  const page = rows.slice(0, NOTIFICATIONS_PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    rows: page,
    nextCursor: rows.length > NOTIFICATIONS_PAGE_SIZE && last ? `${last.createdAt.toISOString()}~${last.id}` : null,
  };
}
