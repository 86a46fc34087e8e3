import "server-only";
import { AppError, appErrorStatus } from "@/lib/errors";
import { isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { ERROR_MESSAGE_KEYS } from "@/lib/action-state";
import { isSameOrigin } from "@/lib/http/origin";
import { findParticipant, findWorkshopByCode, type Participant, type PublicWorkshop } from "./participant";
import { browserCookieHeader, newBrowserCookie, readBrowserId } from "./cookie";
import { joinCodeSchema } from "../schemas";
import { withoutNul } from "@/lib/http/without-nul";
import { readBodyLimited } from "./read-body";

// Plumbing shared by the participant route handlers (no account: the signed cookie).

export function localeOf(request: Request): Locale {
  const m = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(request.headers.get("cookie") ?? "");
  return m && isLocale(m[1]) ? m[1] : "id";
}

export function translatorOf(request: Request): { t: Translate; locale: Locale } {
  const locale = localeOf(request);
  return { t: translatorFor(locale), locale };
}

export async function workshopFromCode(raw: string): Promise<PublicWorkshop | null> {
  const code = joinCodeSchema.safeParse(raw);
  return code.success ? findWorkshopByCode(code.data) : null;
}

/** The browser id from the cookie, or a new one with the Set-Cookie header to send. */
export function browserOf(request: Request): { browserId: string; setCookie?: string } {
  const id = readBrowserId(request);
  if (id) return { browserId: id };
  const fresh = newBrowserCookie();
  return {
    browserId: fresh.browserId,
    setCookie: browserCookieHeader(fresh.value, new URL(request.url).protocol === "https:"),
  };
}

export async function participantOf(
  request: Request,
  code: string,
): Promise<{ w: PublicWorkshop; p: Participant } | null> {
  const w = await workshopFromCode(code);
  if (!w) return null;
  const p = await findParticipant(w.id, readBrowserId(request));
  return p ? { w, p } : null;
}

export const HTML_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  // nothing inline runs: scripts and styles only from this origin (proxy.ts adds the app's nonce policy too)
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
} as const;

export function html(body: string, init: { status?: number; setCookie?: string } = {}): Response {
  const headers = new Headers(HTML_HEADERS);
  if (init.setCookie) headers.append("Set-Cookie", init.setCookie);
  return new Response(body, { status: init.status ?? 200, headers });
}

export function seeOther(location: string, setCookie?: string): Response {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  if (setCookie) headers.append("Set-Cookie", setCookie);
  return new Response(null, { status: 303, headers });
}

/**
 * Participant posts come only from our own pages. The participant cookie is SameSite=Lax, which
 * already keeps it off cross-site posts; this is the second lock, and it also covers the join form.
 */
export function crossSiteRefusal(request: Request, t: Translate): Response | null {
  if (isSameOrigin(request)) return null;
  return new Response(t("common.errors.forbidden"), {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export { appErrorStatus };

export function appErrorMessage(e: AppError, t: Translate): string {
  return t(e.userMessage ?? ERROR_MESSAGE_KEYS[e.code], e.values);
}

/** Whether the client wants JSON back (the script) rather than a page (a plain form). */
export function wantsJson(request: Request): boolean {
  return (
    (request.headers.get("accept") ?? "").includes("application/json") ||
    (request.headers.get("content-type") ?? "").includes("application/json")
  );
}

/** Participant posts are a few hundred bytes: a vote, a word, a question of at most 500 characters. */
export const PARTICIPANT_BODY_LIMIT = 8192;

/** Repeated form fields that are lists (a multiple-choice vote, a rank per option). */
const LIST_FIELDS = new Set(["choices", "ranks", "now", "preferred"]);

/**
 * Reads a small JSON or form body into a plain object, with a byte limit as it streams
 * (throws BodyTooLargeError past it); null when it is not an object.
 */
export async function readSmallBody(
  request: Request,
  maxBytes = PARTICIPANT_BODY_LIMIT,
): Promise<Record<string, unknown> | null> {
  const text = await readBodyLimited(request, maxBytes);
  if ((request.headers.get("content-type") ?? "").includes("application/json")) {
    try {
      const v = JSON.parse(text, (_key, value: unknown) =>
        typeof value === "string" ? withoutNul(value) : value,
      ) as unknown;
      return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }
  const params = new URLSearchParams(text);
  const out: Record<string, unknown> = {};
  for (const key of new Set(params.keys()))
    out[key] = LIST_FIELDS.has(key) ? params.getAll(key).map(withoutNul) : withoutNul(params.get(key) ?? "");
  return out;
}

/** 413 with a short message in the participant's language (JSON for the script). */
export function tooLarge(request: Request, t: Translate): Response {
  const message = t("workshops.join.tooLarge");
  if (wantsJson(request)) return Response.json({ error: message, code: "TOO_LARGE" }, { status: 413 });
  return new Response(message, {
    status: 413,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" },
  });
}
