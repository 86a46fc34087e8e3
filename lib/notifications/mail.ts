import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { configuredOrigin } from "@/lib/http/public-origin";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";

// Every notification is also emailed (SMTP_URL set) or written to the log (not set), through a
// transactional outbox: notify() only inserts the row inside the caller's transaction, so a
// rolled-back action leaves nothing to send. Each server process sweeps every few seconds: it
// locks a batch of unsent rows (SKIP LOCKED — several instances never take the same row), sends,
// and marks them in the same transaction. A crash mid-batch releases the lock and the batch is
// sent again (at least once, never lost); a failing address is retried, then given up.

const SWEEP_MS = 5_000;
const BATCH = 25;
const MAX_ATTEMPTS = 5;
// One send gives up within about 50 s (timeouts below); a batch stops starting new sends after
// 60 s, so it always commits before the transaction's 120 s limit (a timed-out batch would re-send).
const BATCH_BUDGET_MS = 60_000;
const SMTP_TIMEOUTS = { dnsTimeout: 10_000, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

type Pending = { id: string; kind: string; params: Record<string, string | number | null>; link: string | null; email: string; name: string; disabled: boolean; attempts: number };

/** One sweep: sends what is waiting (oldest first) and returns how many emails went out. */
export async function deliverPendingMail(batch = BATCH): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<Pending[]>`
        SELECT n.id, n.kind, n.params, n.link, u.email, u.name, (u."disabledAt" IS NOT NULL) AS disabled, n."emailAttempts" AS attempts
        FROM "Notification" n JOIN "User" u ON u.id = n."userId"
        WHERE n."emailedAt" IS NULL
        ORDER BY n."createdAt"
        LIMIT ${batch}
        FOR UPDATE OF n SKIP LOCKED`;
      const t = createTranslator(loadMessages("id")); // the recipient's language is unknown: Indonesian
      const done: string[] = [];
      const failed: string[] = [];
      let sent = 0;
      const started = Date.now();
      for (const r of rows) {
        if (Date.now() - started > BATCH_BUDGET_MS) break; // a slow SMTP server: the rest waits for the next sweep
        if (r.disabled) { done.push(r.id); continue; } // a disabled account gets no mail, now or later
        try {
          await send(compose(t, r));
          done.push(r.id);
          sent++;
        } catch (e) {
          console.error(`[mail] sending to ${r.email} failed (attempt ${r.attempts + 1} of ${MAX_ATTEMPTS})`, e);
          (r.attempts + 1 >= MAX_ATTEMPTS ? done : failed).push(r.id);
        }
      }
      if (done.length) await tx.notification.updateMany({ where: { id: { in: done } }, data: { emailedAt: new Date(), emailAttempts: { increment: 1 } } });
      if (failed.length) await tx.notification.updateMany({ where: { id: { in: failed } }, data: { emailAttempts: { increment: 1 } } });
      return sent;
    },
    { timeout: 120_000 }, // SMTP can be slow; the rows stay locked meanwhile, nothing else waits on them
  );
}

let sweeper: NodeJS.Timeout | null = null;

/** Starts this process's sweeper (instrumentation.ts). A database outage is logged once per outage. */
export function startMailOutbox(everyMs = SWEEP_MS): void {
  if (sweeper) return;
  let running = false;
  let failing = false;
  sweeper = setInterval(() => {
    if (running) return;
    running = true;
    const drain = async () => { while ((await deliverPendingMail()) === BATCH); };
    drain()
      .then(() => { failing = false; })
      .catch((e: unknown) => { if (!failing) console.error("[mail] outbox sweep failed; retrying", (e as Error).message); failing = true; })
      .finally(() => { running = false; });
  }, everyMs);
  sweeper.unref();
}

function compose(t: ReturnType<typeof createTranslator>, r: Pending) {
  const [ns, ...event] = r.kind.split(".");
  const summary = t(`${ns}.notifications.${event.join(".")}`, r.params ?? {});
  const link = r.link ? absoluteLink(r.link) : null;
  const text = [`Yth. ${r.name},`, "", summary, "", ...(link ? [`Buka di Mekar: ${link}`, ""] : []), "Pesan ini dikirim otomatis oleh Mekar. Atur dan baca semua notifikasi Anda di halaman Notifikasi."].join("\n");
  return { to: r.email, subject: `[Mekar] ${summary}`, text, link };
}

/** Sends one email, or logs it without SMTP_URL; throws when the SMTP server refuses. */
async function send(mail: { to: string; subject: string; text: string; link: string | null }) {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    console.info(`[mail] (SMTP_URL not set) to=${mail.to} subject=${JSON.stringify(mail.subject)} link=${mail.link ?? "-"}`);
    return;
  }
  await transport(SMTP_URL).sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
}

let cachedTransport: { url: string; t: Transporter } | undefined;
function transport(url: string): Transporter {
  if (cachedTransport?.url !== url) cachedTransport = { url, t: nodemailer.createTransport({ url, ...SMTP_TIMEOUTS }) };
  return cachedTransport.t;
}

/** An absolute URL only from the configured origin, never from request headers. */
function absoluteLink(path: string): string {
  const origin = configuredOrigin();
  return origin && path.startsWith("/") && !path.startsWith("//") ? `${origin}${path}` : path;
}
