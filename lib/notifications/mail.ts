import nodemailer from "nodemailer";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import type { NotificationInput } from "./notify";

// Every notification is also emailed (SMTP_URL set) or written to the log (not set) — but only
// once the transaction that created it has committed, and never at the expense of the user's
// action. notify() cannot see the commit (callers own db.$transaction), so it records the
// transaction's id; after the caller's transaction ends, a background task asks Postgres for that
// transaction's fate (pg_xact_status) and mails only if it committed. Rolled back: nothing is sent.

const FIRST_POLL_MS = 25;
const MAX_POLL_MS = 1000;
const GIVE_UP_MS = 10 * 60_000;

const pending = new Set<Promise<void>>();

/** Called by notify() inside the caller's transaction, for the users who were just notified. */
export async function mailAfterCommit(tx: Tx, userIds: string[], n: NotificationInput): Promise<void> {
  if (!userIds.length) return;
  const [{ xid }] = await tx.$queryRaw<{ xid: string }[]>`SELECT pg_current_xact_id()::text AS xid`;
  const job = deliverWhenCommitted(xid, userIds, n)
    .catch((e) => console.error("[mail] notification email failed", e))
    .finally(() => pending.delete(job));
  pending.add(job);
}

/** Resolves when every queued email has been sent, logged or dropped (tests, graceful shutdown). */
export async function mailsSettled(): Promise<void> {
  while (pending.size) await Promise.allSettled([...pending]);
}

async function deliverWhenCommitted(xid: string, userIds: string[], n: NotificationInput) {
  if ((await transactionFate(xid)) !== "committed") return;
  const users = await db.user.findMany({ where: { id: { in: userIds }, disabledAt: null }, select: { email: true, name: true } });
  const t = createTranslator(loadMessages("id")); // the recipient's language is unknown: Indonesian
  const [ns, ...event] = n.kind.split(".");
  const summary = t(`${ns}.notifications.${event.join(".")}`, n.params ?? {});
  const link = n.link ? absoluteLink(n.link) : null;
  const subject = `[Mekar] ${summary}`;
  for (const u of users) {
    const text = [`Yth. ${u.name},`, "", summary, "", ...(link ? [`Buka di Mekar: ${link}`, ""] : []), "Pesan ini dikirim otomatis oleh Mekar. Atur dan baca semua notifikasi Anda di halaman Notifikasi."].join("\n");
    await send({ to: u.email, subject, text, link });
  }
}

async function transactionFate(xid: string): Promise<string | null> {
  const started = Date.now();
  for (let wait = FIRST_POLL_MS; Date.now() - started < GIVE_UP_MS; wait = Math.min(wait * 2, MAX_POLL_MS)) {
    await new Promise((r) => setTimeout(r, wait));
    const [{ status }] = await db.$queryRaw<{ status: string | null }[]>`SELECT pg_xact_status(${xid}::xid8) AS status`;
    if (status !== "in progress") return status; // committed | aborted | null (too old to know)
  }
  console.warn(`[mail] transaction ${xid} still open after ${GIVE_UP_MS} ms; notification email dropped`);
  return null;
}

async function send(mail: { to: string; subject: string; text: string; link: string | null }) {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    console.info(`[mail] (SMTP_URL not set) to=${mail.to} subject=${JSON.stringify(mail.subject)} link=${mail.link ?? "-"}`);
    return;
  }
  try {
    await transport(SMTP_URL).sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  } catch (e) {
    console.error(`[mail] sending to ${mail.to} failed`, e); // the action already succeeded; the notification centre still has it
  }
}

let cachedTransport: { url: string; t: nodemailer.Transporter } | undefined;
function transport(url: string): nodemailer.Transporter {
  if (cachedTransport?.url !== url) cachedTransport = { url, t: nodemailer.createTransport(url) };
  return cachedTransport.t;
}

/** An absolute URL only from the configured origin (AUTH_URL), never from request headers. */
function absoluteLink(path: string): string {
  const base = process.env.AUTH_URL;
  if (!base || !path.startsWith("/") || path.startsWith("//")) return path;
  try {
    const origin = new URL(base);
    if (origin.protocol !== "https:" && origin.protocol !== "http:") return path;
    return new URL(path, origin.origin).toString();
  } catch {
    return path;
  }
}
