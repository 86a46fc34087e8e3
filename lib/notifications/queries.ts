import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export async function countUnreadNotifications(actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}
