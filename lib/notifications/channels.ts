import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { addDays, DEFAULT_ZONE, localDay, startOfLocalDay } from "@/lib/regencies/time-zone";
import { DAY_MS } from "@/lib/time";

// Pure helpers of the notification channels (email, WhatsApp, digest): no database here.

/** "HH:MM" (on the clock of the recipient's regency) to minutes after midnight; null for "" (immediate). */
export function digestMinuteOf(time: string | null | undefined): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time ?? "");
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function digestTimeOf(minute: number | null | undefined): string | null {
  if (minute === null || minute === undefined) return null;
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** The next moment (strictly after `now`) when the clock of the zone (the regency's; WIB by default) shows the digest minute. */
export function nextDigestAt(minute: number, now = new Date(), timeZone: string = DEFAULT_ZONE): Date {
  const today = localDay(now, timeZone);
  const at = new Date(startOfLocalDay(today, timeZone).getTime() + minute * 60_000);
  return at > now ? at : new Date(startOfLocalDay(addDays(today, 1), timeZone).getTime() + minute * 60_000);
}

/** An Indonesian mobile number as E.164 (+62…): accepts 08…, 628…, +628…, with spaces or dashes. */
export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/[\s().-]/g, "");
  let national: string | null = null;
  if (/^\+62\d+$/.test(digits)) national = digits.slice(3);
  else if (/^62\d+$/.test(digits)) national = digits.slice(2);
  else if (/^0\d+$/.test(digits)) national = digits.slice(1);
  if (!national || !/^8\d{7,11}$/.test(national)) return null;
  return `+62${national}`;
}

/** What an audit row or anybody but the owner may see of a number: +62 8•• •••• 12 style. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  return `${phone.slice(0, 4)}…${phone.slice(-2)}`;
}

export const CODE_TTL_MS = 10 * 60_000;
export const CODE_MAX_ATTEMPTS = 5;
export const CODE_MIN_INTERVAL_MS = 60_000;
export const CODE_WINDOW_MS = DAY_MS;
export const CODES_PER_WINDOW = 5;

export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

function secret(): string {
  const s = process.env.AUTH_SECRET;
  if (!s || s.length < 16) throw new Error("AUTH_SECRET is required for phone verification codes");
  return s;
}

/** The stored form of a code: bound to the user and the number, so it proves nothing elsewhere. */
export function hashCode(userId: string, phone: string, code: string): string {
  return createHmac("sha256", secret()).update(`phone-code:${userId}:${phone}:${code}`).digest("base64url");
}

export function codeMatches(stored: string, userId: string, phone: string, code: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(hashCode(userId, phone, code));
  return a.length === b.length && timingSafeEqual(a, b);
}

export const DEFAULT_TEMPLATE = "{{text}}\n{{link}}";

/** The gateway's template filled in; an empty {{link}} leaves no trailing blank line. */
export function applyTemplate(template: string, text: string, link: string | null): string {
  return template
    .replaceAll("{{text}}", text)
    .replaceAll("{{link}}", link ?? "")
    .replace(/\s+$/, "");
}
