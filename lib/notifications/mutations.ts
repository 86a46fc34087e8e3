import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Reading is the user's own business: no audit row, and nobody else's notifications are reachable.

export async function markNotificationRead(actor: Actor, id: string): Promise<{ link: string | null }> {
  const n = await db.notification.findFirst({
    where: { id, userId: actor.id },
    select: { id: true, link: true, readAt: true },
  });
  if (!n) throw new AppError("NOT_FOUND");
  if (!n.readAt) await db.notification.update({ where: { id: n.id }, data: { readAt: new Date() } });
  return { link: n.link };
}

export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  const res = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  return res.count;
}
