import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { applyTemplate } from "./channels";
import { GATEWAY_TOKEN_PURPOSE, postToGateway } from "./gateway-request";
import { openSecret } from "@/lib/security/secret-box";
import { absoluteLink, send as sendMail } from "./mail";
import { afterFailure, LEASE_INTERVAL, type Outcome, startSweeper, sweepOutbox } from "./sweep";
import { summaryOf } from "./notify";

// The outbox of OutboundMessage rows: every WhatsApp message (a notification, a digest, a phone
// verification code) and the email digests. The same discipline as the email columns in mail.ts:
//  1. claim a batch in one short committed statement (SKIP LOCKED, a claim id and a lease);
//  2. send each message outside any transaction, to the destination as it is *now* (the user's
//     verified number with WhatsApp on, or their email with email on; only a verification code
//     is fixed to the number being verified), through the gateway of the message's regency;
//  3. mark it sent (only while the claim is ours), or count the attempt and back off; failed
//     after the last attempt and listed for the admin (listFailedMessages). A message with no
//     destination any more (number removed, channel off, account disabled) is cancelled.
// Digests: queueDueDigests() turns each user's held notifications whose digest time has come
// into one message per channel, in one transaction that also marks them digested.

const SWEEP_MS = 5_000;
const BATCH = 25;
const GATEWAY_TIMEOUT_MS = 15_000;
const DIGEST_LINES = 20;

type Pending = {
  id: string;
  channel: "whatsapp" | "email";
  purpose: "notification" | "digest" | "verification";
  userId: string;
  regencyId: string | null;
  to: string | null;
  subject: string | null;
  body: string;
  link: string | null;
  attempts: number;
  email: string;
  disabled: boolean;
  emailEnabled: boolean | null;
  whatsappEnabled: boolean | null;
  phone: string | null;
  phoneVerified: boolean | null;
};

async function claim(claimId: string, batch: number): Promise<Pending[]> {
  return db.$queryRaw<Pending[]>`
    WITH due AS (
      SELECT id FROM "OutboundMessage"
      WHERE "sentAt" IS NULL AND "failedAt" IS NULL AND "cancelledAt" IS NULL
        AND ("nextAt" IS NULL OR "nextAt" <= now())
        AND ("claimedUntil" IS NULL OR "claimedUntil" < now())
      ORDER BY "createdAt"
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED
    ), claimed AS (
      UPDATE "OutboundMessage" m SET claim = ${claimId}::uuid, "claimedUntil" = now() + ${LEASE_INTERVAL}::interval
      FROM due WHERE m.id = due.id
      RETURNING m.*
    )
    SELECT c.id, c.channel, c.purpose, c."userId", c."regencyId", c."to", c.subject, c.body, c.link, c.attempts,
      u.email, (u."disabledAt" IS NOT NULL) AS disabled,
      p."emailEnabled", p."whatsappEnabled", p.phone, (p."phoneVerifiedAt" IS NOT NULL) AS "phoneVerified"
    FROM claimed c JOIN "User" u ON u.id = c."userId" LEFT JOIN "NotificationPreference" p ON p."userId" = c."userId"
    ORDER BY c."createdAt"`;
}

async function settle(claimId: string, r: Pending, outcome: Outcome): Promise<void> {
  const mine = { id: r.id, claim: claimId };
  // a verification code is not kept once it has gone out (or never will)
  const release = {
    claim: null,
    claimedUntil: null,
    ...(r.purpose === "verification" ? { body: "" } : {}),
  };
  if ("cancelled" in outcome) {
    await db.outboundMessage.updateMany({
      where: mine,
      data: { ...release, cancelledAt: new Date(), error: outcome.cancelled },
    });
  } else if (outcome.sent) {
    await db.outboundMessage.updateMany({
      where: mine,
      data: { ...release, attempts: { increment: 1 }, sentAt: new Date(), error: null },
    });
  } else {
    const next = afterFailure(r.attempts);
    const last = "failedAt" in next;
    await db.outboundMessage.updateMany({
      where: mine,
      data: {
        claim: null,
        claimedUntil: null,
        ...(last && r.purpose === "verification" ? { body: "" } : {}),
        attempts: { increment: 1 },
        error: outcome.error,
        ...next,
      },
    });
  }
}

type Gateway = { url: string; token: string; template: string };

/** The gateway of the message's regency, else of a regency the user belongs to. */
async function gatewayFor(regencyId: string | null, userId: string): Promise<Gateway | null> {
  const select = { url: true, token: true, template: true } as const;
  if (regencyId) {
    const own = await db.whatsAppGateway.findUnique({ where: { regencyId }, select });
    if (own) return own;
  }
  return db.whatsAppGateway.findFirst({
    where: { regency: { memberships: { some: { userId } } } },
    orderBy: { regencyId: "asc" },
    select,
  });
}

/** POSTs {to, text} with the bearer token; throws on anything but a 2xx answer. */
export async function sendWhatsApp(gateway: Gateway, to: string, text: string, link: string | null): Promise<void> {
  const token = openSecret(gateway.token, GATEWAY_TOKEN_PURPOSE);
  if (token === null) throw new Error("gateway token unreadable (sealed under another AUTH_SECRET): save it again");
  const status = await postToGateway(
    gateway.url,
    token,
    { to, text: applyTemplate(gateway.template, text, link) },
    GATEWAY_TIMEOUT_MS,
  );
  if (status < 200 || status > 299) throw new Error(`gateway answered HTTP ${status}`);
}

async function deliver(r: Pending, smtpUrl: string | undefined): Promise<Outcome> {
  if (r.disabled) return { cancelled: "account disabled" };
  if (r.channel === "email") {
    if (r.emailEnabled === false) return { cancelled: "email turned off" };
    await sendMail({ to: r.email, subject: r.subject ?? "[Mekar]", text: r.body, link: r.link }, smtpUrl);
    return { sent: true };
  }
  const to = r.purpose === "verification" ? r.to : r.whatsappEnabled && r.phoneVerified ? r.phone : null;
  if (!to) return { cancelled: "no verified number with WhatsApp on" };
  const gateway = await gatewayFor(r.regencyId, r.userId);
  if (!gateway) return { sent: false, error: "no WhatsApp gateway configured" };
  await sendWhatsApp(gateway, to, r.body, r.link ? absoluteLink(r.link) : null);
  return { sent: true };
}

/** One sweep of the outbox: returns how many messages it claimed (a full batch: sweep again). */
export async function deliverPendingMessages(batch = BATCH, smtpUrl = env().SMTP_URL): Promise<number> {
  return sweepOutbox<Pending>({
    label: "outbox",
    batch,
    claim,
    settle,
    deliver: (r) => deliver(r, smtpUrl),
    describe: (r) => `${r.channel} ${r.purpose} ${r.id}`,
    handBack: async (claimId, ids) => {
      await db.outboundMessage.updateMany({
        where: { id: { in: ids }, claim: claimId },
        data: { claim: null, claimedUntil: null },
      });
    },
  });
}

/**
 * Queues the digests that are due: for each user with held notifications whose digest time
 * has come, one email (email on) and one WhatsApp message (WhatsApp on, number verified), and
 * the notifications marked digested, in one transaction (rows locked: a digest is queued once).
 */
export async function queueDueDigests(now = new Date()): Promise<number> {
  const users = await db.$queryRaw<{ userId: string }[]>`
    SELECT DISTINCT "userId" FROM "Notification" WHERE "digestAt" <= ${now} AND "digestedAt" IS NULL LIMIT 200`;
  const t = createTranslator(loadMessages("id"));
  let queued = 0;
  for (const { userId } of users) {
    queued += await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<
        { id: string; kind: string; params: Record<string, string | number | null>; regencyId: string | null }[]
      >`
        SELECT id, kind, params, "regencyId" FROM "Notification"
        WHERE "userId" = ${userId}::uuid AND "digestAt" <= ${now} AND "digestedAt" IS NULL
        ORDER BY "createdAt" FOR UPDATE SKIP LOCKED`;
      if (!rows.length) return 0;
      await tx.notification.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { digestedAt: now } });
      const p = await tx.notificationPreference.findUnique({ where: { userId } });
      const lines = rows.slice(0, DIGEST_LINES).map((r) => `• ${summaryOf(r.kind, r.params)}`);
      if (rows.length > DIGEST_LINES) lines.push(t("notifications.digest.more", { count: rows.length - DIGEST_LINES }));
      const body = [t("notifications.digest.heading", { count: rows.length }), "", ...lines].join("\n");
      const regencyId = rows.findLast((r) => r.regencyId)?.regencyId ?? null;
      const messages = [
        ...(p?.emailEnabled
          ? [{ channel: "email", subject: t("notifications.digest.subject", { count: rows.length }) }]
          : []),
        ...(p?.whatsappEnabled && p.phoneVerifiedAt ? [{ channel: "whatsapp", subject: null }] : []),
      ];
      if (messages.length)
        await tx.outboundMessage.createMany({
          data: messages.map((m) => ({
            ...m,
            purpose: "digest",
            userId,
            regencyId,
            body,
            link: "/notifications",
          })),
        });
      return messages.length;
    });
  }
  return queued;
}

/** Messages given up after their last attempt, newest first: admins only. No destination shown. */
export async function listFailedMessages(actor: Actor, take = 50) {
  if (!actor.isAdmin) return null;
  return db.outboundMessage.findMany({
    where: { failedAt: { not: null } },
    orderBy: { failedAt: "desc" },
    take,
    select: {
      id: true,
      channel: true,
      purpose: true,
      failedAt: true,
      attempts: true,
      error: true,
      user: { select: { name: true } },
    },
  });
}

let sweeper: NodeJS.Timeout | null = null;

/** Starts this process's sweeper of digests and the message outbox (instrumentation.ts). */
export function startMessageOutbox(everyMs = SWEEP_MS): void {
  if (sweeper) return;
  sweeper = startSweeper(
    "outbox",
    async () => {
      await queueDueDigests();
      while ((await deliverPendingMessages()) === BATCH);
    },
    everyMs,
  );
}
