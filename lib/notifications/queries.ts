import "server-only";
import { keysetCursor } from "@/lib/keyset";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { DEFAULT_TEMPLATE, digestTimeOf } from "./channels";

export async function countUnreadNotifications(actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export const NOTIFICATIONS_PAGE_SIZE = 30;

/** The actor's own notifications, newest first; keyset on (createdAt, id). */
export async function listNotifications(actor: Actor, filter: { unread?: string; after?: string }) {
  const cursor = keysetCursor(filter.after, "~");
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
      regency: { select: { name: true, timeZone: true } },
    },
  });
  const page = rows.slice(0, NOTIFICATIONS_PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    rows: page,
    nextCursor: rows.length > NOTIFICATIONS_PAGE_SIZE && last ? `${last.createdAt.toISOString()}~${last.id}` : null,
  };
}

/**
 * The actor's own channels, with their own number (the only place a number is read back).
 * `gateway`: whether a regency the actor belongs to has a WhatsApp gateway.
 */
export async function myNotificationChannels(actor: Actor) {
  const [p, gateways] = await Promise.all([
    db.notificationPreference.findUnique({
      where: { userId: actor.id },
      select: {
        emailEnabled: true,
        whatsappEnabled: true,
        digestMinute: true,
        phone: true,
        phoneVerifiedAt: true,
        pendingPhone: true,
        codeExpiresAt: true,
      },
    }),
    db.whatsAppGateway.count({ where: { regency: { memberships: { some: { userId: actor.id } } } } }),
  ]);
  return {
    emailEnabled: p?.emailEnabled ?? true,
    whatsappEnabled: p?.whatsappEnabled ?? false,
    digestTime: digestTimeOf(p?.digestMinute),
    phone: p?.phoneVerifiedAt ? p.phone : null,
    pendingPhone: p?.pendingPhone && p.codeExpiresAt && p.codeExpiresAt > new Date() ? p.pendingPhone : null,
    gateway: gateways > 0,
  };
}

/** A regency's gateway for those who manage the regency; the token only as "set". */
export async function getWhatsAppGateway(actor: Actor, regencyId: string) {
  if (!can(actor, "regency.manage", regencyId)) return null;
  const g = await db.whatsAppGateway.findUnique({
    where: { regencyId },
    select: { url: true, template: true, version: true, updatedAt: true },
  });
  return {
    regencyId,
    url: g?.url ?? "",
    template: g?.template ?? DEFAULT_TEMPLATE,
    tokenSet: !!g,
    version: g?.version ?? 0,
  };
}
