import type { Tx } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { DEFAULT_ZONE } from "@/lib/regencies/time-zone";
import { timeZoneOf } from "@/lib/regencies/zone";
import { nextDigestAt } from "./channels";

export type NotificationInput = {
  kind: string; // "<ns>.<event>": the notification centre shows t("<ns>.notifications.<event>", params)
  regencyId?: string | null;
  link?: string | null;
  params?: Record<string, string | number | null>;
  /** Same key for the same user: created once (computed alerts such as stale issues). */
  dedupeKey?: string;
};

/** The one-line summary of a notification, as the bell shows it (Indonesian: the recipient's language is unknown). */
export function summaryOf(kind: string, params: Record<string, string | number | null> | null): string {
  const t = createTranslator(loadMessages("id"));
  const [ns, ...event] = kind.split(".");
  return t(`${ns}.notifications.${event.join(".")}`, params ?? {});
}

/**
 * Notifies users inside the caller's transaction; the actor is never notified of their own act.
 * Each recipient's channels (NotificationPreference) decide, as of now, what else happens:
 * emailed by the outbox in mail.ts (which sees it only once the transaction has committed),
 * not emailed, or held for their daily digest; and with WhatsApp on and a verified number, one
 * WhatsApp message queued in the same transaction (outbox.ts) through the regency's gateway.
 */
export async function notify(tx: Tx, userIds: string[], n: NotificationInput, actorId?: string): Promise<number> {
  const recipients = [...new Set(userIds)].filter((id) => id !== actorId);
  if (!recipients.length) return 0;
  const prefs = new Map(
    (
      await tx.notificationPreference.findMany({
        where: { userId: { in: recipients } },
        select: { userId: true, emailEnabled: true, whatsappEnabled: true, digestMinute: true, phoneVerifiedAt: true },
      })
    ).map((p) => [p.userId, p]),
  );
  const now = new Date();
  // a digest goes out at its time on the clock of the notification's regency (WITA in Malaka)
  const zone =
    n.regencyId && [...prefs.values()].some((p) => p.digestMinute != null)
      ? await timeZoneOf(tx, n.regencyId)
      : DEFAULT_ZONE;
  const created = await tx.notification.createManyAndReturn({
    data: recipients.map((userId) => {
      const p = prefs.get(userId);
      const whatsapp = !!p?.whatsappEnabled && !!p.phoneVerifiedAt;
      const digest = p?.digestMinute != null && (p.emailEnabled || whatsapp);
      return {
        userId,
        kind: n.kind,
        regencyId: n.regencyId ?? null,
        link: n.link ?? null,
        params: n.params ?? {},
        dedupeKey: n.dedupeKey ?? null,
        emailMode: p && !p.emailEnabled ? "off" : digest ? "digest" : "now",
        digestAt: digest ? nextDigestAt(p.digestMinute!, now, zone) : null,
      };
    }),
    skipDuplicates: true,
    select: { id: true, userId: true, digestAt: true },
  });
  const whatsappNow = created.filter((c) => {
    const p = prefs.get(c.userId);
    return !c.digestAt && p?.whatsappEnabled && p.phoneVerifiedAt;
  });
  if (whatsappNow.length) {
    const body = summaryOf(n.kind, n.params ?? null);
    await tx.outboundMessage.createMany({
      data: whatsappNow.map((c) => ({
        channel: "whatsapp",
        purpose: "notification",
        userId: c.userId,
        regencyId: n.regencyId ?? null,
        notificationId: c.id,
        body,
        link: n.link ?? null,
      })),
      skipDuplicates: true,
    });
  }
  return created.length;
}
