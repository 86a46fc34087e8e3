import { appendFile } from "node:fs/promises";
import nodemailer, { type Transporter } from "nodemailer";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { configuredOrigin } from "@/lib/http/public-origin";
import { formatDateTime } from "@/lib/i18n/format";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { afterFailure, LEASE_INTERVAL, type Outcome, startSweeper, sweepOutbox } from "./sweep";

// Every notification is also emailed (SMTP_URL set) or written to the log (not set) unless its
// recipient turned email off or takes a daily digest (emailMode, see notify.ts), through a
// transactional outbox: notify() only inserts the row inside the caller's transaction, so a
// rolled-back action leaves nothing to send. Each server process sweeps every few seconds:
//  1. claim a batch in one short committed statement (SKIP LOCKED, a claim id and a lease), so
//     several sweepers or instances never take the same row and no transaction is open during SMTP;
//  2. send each mail outside any transaction;
//  3. mark it sent (only while the claim is still ours), or on failure count the attempt and
//     schedule the next one with a growing back-off; after the last attempt it is marked failed
//     and listed for the admin (listFailedMail).
// A crash between sending and marking lets the lease run out and the mail is sent again: at
// least once, never lost; the lease outlasts the slowest batch, so a live sweeper never loses its claim.

const SWEEP_MS = 5_000;
const BATCH = 25;
export { backoffMs, MAX_ATTEMPTS } from "./sweep";
const SMTP_TIMEOUTS = { dnsTimeout: 10_000, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

type Pending = {
  id: string;
  kind: string;
  params: Record<string, string | number | null>;
  link: string | null;
  email: string;
  name: string;
  disabled: boolean;
  attempts: number;
  createdAt: Date;
  /** The zone of the notification's regency (null: none): the mail's time is on its clock. */
  timeZone: string | null;
};

/** Claims up to `batch` mails that are due, oldest first, for this sweep only. */
async function claim(claimId: string, batch: number): Promise<Pending[]> {
  return db.$queryRaw<Pending[]>`
    WITH due AS (
      SELECT id FROM "Notification"
      WHERE "emailedAt" IS NULL AND "emailFailedAt" IS NULL AND "emailMode" = 'now'
        AND ("emailNextAt" IS NULL OR "emailNextAt" <= now())
        AND ("emailClaimedUntil" IS NULL OR "emailClaimedUntil" < now())
      ORDER BY "createdAt"
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED
    ), claimed AS (
      UPDATE "Notification" n SET "emailClaim" = ${claimId}::uuid, "emailClaimedUntil" = now() + ${LEASE_INTERVAL}::interval
      FROM due WHERE n.id = due.id
      RETURNING n.id, n.kind, n.params, n.link, n."userId", n."regencyId", n."emailAttempts", n."createdAt"
    )
    SELECT c.id, c.kind, c.params, c.link, u.email, u.name, (u."disabledAt" IS NOT NULL) AS disabled, c."emailAttempts" AS attempts,
           c."createdAt", r."timeZone"
    FROM claimed c JOIN "User" u ON u.id = c."userId" LEFT JOIN "Regency" r ON r.id = c."regencyId"
    ORDER BY c."createdAt"`;
}

/** Records one claimed mail's outcome, only while the claim is still this sweep's. */
async function settle(claimId: string, r: Pending, outcome: Outcome): Promise<void> {
  const mine = { id: r.id, emailClaim: claimId };
  const release = { emailClaim: null, emailClaimedUntil: null, emailAttempts: { increment: 1 } };
  if ("cancelled" in outcome || outcome.sent) {
    await db.notification.updateMany({ where: mine, data: { ...release, emailedAt: new Date(), emailError: null } });
    return;
  }
  const next = afterFailure(r.attempts);
  await db.notification.updateMany({
    where: mine,
    data: {
      ...release,
      emailError: outcome.error,
      ...("failedAt" in next ? { emailFailedAt: next.failedAt } : { emailNextAt: next.nextAt }),
    },
  });
}

/**
 * One sweep: claims what is due, sends it, and returns how many emails went out.
 * `smtpUrl` defaults to SMTP_URL (tests point it at their own server).
 */
export async function deliverPendingMail(batch = BATCH, smtpUrl = env().SMTP_URL): Promise<number> {
  const t = createTranslator(loadMessages("id")); // the recipient's language is unknown: Indonesian
  let sent = 0;
  await sweepOutbox<Pending>({
    label: "mail",
    batch,
    claim,
    settle,
    describe: (r) => `sending to ${r.email}`,
    handBack: async (claimId, ids) => {
      await db.notification.updateMany({
        where: { id: { in: ids }, emailClaim: claimId },
        data: { emailClaim: null, emailClaimedUntil: null },
      });
    },
    deliver: async (r) => {
      if (r.disabled) return { cancelled: "account disabled" }; // a disabled account gets no mail, now or later
      await send(compose(t, r), smtpUrl);
      sent++;
      return { sent: true };
    },
  });
  return sent;
}

/** Mails given up after their last attempt, newest first: admins only (null for anyone else). */
export async function listFailedMail(actor: Actor, take = 50) {
  if (!actor.isAdmin) return null;
  return db.notification.findMany({
    where: { emailFailedAt: { not: null } },
    orderBy: { emailFailedAt: "desc" },
    take,
    select: {
      id: true,
      kind: true,
      emailFailedAt: true,
      emailAttempts: true,
      emailError: true,
      user: { select: { name: true, email: true } },
    },
  });
}

let sweeper: NodeJS.Timeout | null = null;

/** Starts this process's sweeper (instrumentation.ts). A database outage is logged once per outage. */
export function startMailOutbox(everyMs = SWEEP_MS): void {
  if (sweeper) return;
  sweeper = startSweeper(
    "mail",
    async () => {
      while ((await deliverPendingMail()) === BATCH);
    },
    everyMs,
  );
}

/** The mail of one notification (Indonesian), its time on the clock of the notification's regency. */
export function compose(
  t: ReturnType<typeof createTranslator>,
  r: Pick<Pending, "kind" | "params" | "link" | "email" | "name" | "createdAt" | "timeZone">,
) {
  const [ns, ...event] = r.kind.split(".");
  const summary = t(`${ns}.notifications.${event.join(".")}`, r.params ?? {});
  const link = r.link ? absoluteLink(r.link) : null;
  const text = [
    `Yth. ${r.name},`,
    "",
    summary,
    t("notifications.mail.at", { time: formatDateTime(r.createdAt, "id", r.timeZone ?? undefined) }),
    "",
    ...(link ? [`Buka di Mekar: ${link}`, ""] : []),
    "Pesan ini dikirim otomatis oleh Mekar. Atur dan baca semua notifikasi Anda di halaman Notifikasi.",
  ].join("\n");
  return { to: r.email, subject: `[Mekar] ${summary}`, text, link };
}

/** One email: `headers` adds header fields (List-Unsubscribe of followers' mail). */
export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  link: string | null;
  headers?: Record<string, string>;
};

/**
 * Sends one email, or logs it without an SMTP URL (and, when MEKAR_MAIL_LOG names a file, appends
 * the whole mail to it as one JSON line: how end-to-end tests read their mail); throws when the
 * SMTP server refuses.
 */
export async function send(mail: OutgoingMail, SMTP_URL: string | undefined) {
  const { MAIL_FROM, MEKAR_MAIL_LOG } = env();
  if (!SMTP_URL) {
    console.info(
      `[mail] (SMTP_URL not set) to=${mail.to} subject=${JSON.stringify(mail.subject)} link=${mail.link ?? "-"}`,
    );
    if (MEKAR_MAIL_LOG) await appendFile(MEKAR_MAIL_LOG, `${JSON.stringify({ ...mail, at: new Date() })}\n`);
    return;
  }
  await transport(SMTP_URL).sendMail({
    from: MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    headers: mail.headers,
  });
}

/** An SMTP refusal that will never change (a 5xx reply: no such mailbox, rejected): stop mailing the address. */
export function isPermanentRefusal(e: unknown): boolean {
  const code = (e as { responseCode?: unknown })?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

let cachedTransport: { url: string; t: Transporter } | undefined;
function transport(url: string): Transporter {
  if (cachedTransport?.url !== url) cachedTransport = { url, t: nodemailer.createTransport({ url, ...SMTP_TIMEOUTS }) };
  return cachedTransport.t;
}

/** An absolute URL only from the configured origin, never from request headers. */
export function absoluteLink(path: string): string {
  const origin = configuredOrigin();
  return origin && path.startsWith("/") && !path.startsWith("//") ? `${origin}${path}` : path;
}
