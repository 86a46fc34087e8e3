import "server-only";
import { timingSafeEqual } from "node:crypto";
import { clientIpFrom } from "@/lib/request-context";
import { env } from "@/lib/env";
import { isSameOrigin } from "@/lib/http/origin";
import { withoutNul } from "@/lib/http/without-nul";
import { BodyTooLargeError, readBodyLimited } from "@/lib/workshops/participant/read-body";
import { confirmFollow, requestFollow, stopAddress, unsubscribe } from "./mutations";
import { followSchema, mailEventSchema } from "./schemas";

// The route handlers of following (plain HTML forms and links: no JavaScript, no account). Each
// answer is a 303 to the status page, which says the same whether or not the address already follows.

const BODY_LIMIT = 4096;
export type FollowStatus = "sent" | "limited" | "invalid" | "confirmed" | "expired" | "unsubscribed";

function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

/** Where the status page sends the reader back to: only a path on this regency's public pages. */
function back(path: string | undefined): string {
  return path && /^\/r\/[a-z0-9-]{1,120}(\/isu\/\d{1,9}|\/[a-z0-9-]{1,120})?$/.test(path) ? path : "";
}

export function statusPath(regencySlug: string, status: FollowStatus, from?: string): string {
  if (!/^[a-z0-9-]{1,120}$/.test(regencySlug)) return "/r";
  const b = back(from);
  return `/r/${regencySlug}/ikuti/status?s=${status}${b ? `&back=${encodeURIComponent(b)}` : ""}`;
}

async function formOf(request: Request): Promise<Record<string, string> | null> {
  try {
    const params = new URLSearchParams(await readBodyLimited(request, BODY_LIMIT));
    return Object.fromEntries([...params.keys()].map((k) => [k, withoutNul(params.get(k) ?? "")]));
  } catch (e) {
    if (e instanceof BodyTooLargeError) return null;
    throw e;
  }
}

/** POST /r/<slug>/ikuti: the follow form. */
export async function followPost(request: Request, regencySlug: string): Promise<Response> {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const form = await formOf(request);
  const parsed = form ? followSchema.safeParse(form) : null;
  if (!parsed?.success) return seeOther(statusPath(regencySlug, "invalid"));
  const ip = clientIpFrom(request.headers);
  const { outcome, target } = await requestFollow(regencySlug, parsed.data, ip);
  if (outcome === "not_found") return new Response("Not found", { status: 404 });
  return seeOther(statusPath(regencySlug, outcome, target?.path));
}

/** GET /r/<slug>/ikuti/konfirmasi?token=…: the link of the confirmation mail. */
export async function confirmGet(request: Request, regencySlug: string): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const status = await confirmFollow(token);
  return seeOther(statusPath(regencySlug, status));
}

/**
 * GET (the link in the mail) or POST (the mail client's one-click, RFC 8058) /r/<slug>/ikuti/berhenti?key=…
 * A POST carries no cookie and may come from anywhere: the key is the proof.
 */
export async function unsubscribeRequest(request: Request, regencySlug: string): Promise<Response> {
  const key = new URL(request.url).searchParams.get("key") ?? "";
  const status = await unsubscribe(key);
  if (request.method === "POST") return new Response(null, { status: status === "invalid" ? 400 : 200 });
  return seeOther(statusPath(regencySlug, status === "invalid" ? "invalid" : "unsubscribed"));
}

/** Whether the request carries the mail provider's shared secret (constant-time). */
export function hasWebhookSecret(request: Request, secret = env().MAIL_WEBHOOK_SECRET): boolean {
  if (!secret) return false;
  const given = Buffer.from((request.headers.get("authorization") ?? "").replace(/^Bearer\s+/i, ""));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** POST /api/mail/events: the mail provider's bounce and complaint webhook, {type, email}. */
export async function mailEventPost(request: Request): Promise<Response> {
  if (!hasWebhookSecret(request)) return new Response("Unauthorized", { status: 401 });
  let body: unknown;
  try {
    body = JSON.parse(await readBodyLimited(request, BODY_LIMIT));
  } catch {
    return new Response("Bad request", { status: 400 });
  }
  const event = mailEventSchema.safeParse(body);
  if (!event.success) return new Response("Bad request", { status: 400 });
  await stopAddress(event.data.email, event.data.type);
  // the same answer whether or not the address follows anything
  return new Response(null, { status: 204 });
}
