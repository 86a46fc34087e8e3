import type { Tx } from "@/lib/db";

export type NotificationInput = {
  kind: string; // "<ns>.<event>": the notification centre shows t("<ns>.notifications.<event>", params)
  regencyId?: string | null;
  link?: string | null;
  params?: Record<string, string | number | null>;
  /** Same key for the same user: created once (computed alerts such as stale issues). */
  dedupeKey?: string;
};

/**
 * Notifies users inside the caller's transaction; the actor is never notified of their own act.
 * Each new notification is also emailed (or logged without SMTP_URL) by the outbox in mail.ts,
 * which sees it only once the transaction has committed.
 */
export async function notify(tx: Tx, userIds: string[], n: NotificationInput, actorId?: string): Promise<number> {
  const recipients = [...new Set(userIds)].filter((id) => id !== actorId);
  if (!recipients.length) return 0;
  const created = await tx.notification.createManyAndReturn({
    data: recipients.map((userId) => ({
      userId,
      kind: n.kind,
      regencyId: n.regencyId ?? null,
      link: n.link ?? null,
      params: n.params ?? {},
      dedupeKey: n.dedupeKey ?? null,
    })),
    skipDuplicates: true,
    select: { userId: true },
  });
  return created.length;
}
