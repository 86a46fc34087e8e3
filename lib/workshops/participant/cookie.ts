import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";

/** One browser = one participant: a random browser id, signed with AUTH_SECRET (HMAC-SHA256). */
export const PARTICIPANT_COOKIE = "mekar-peserta";

function secret(): string {
  const s = process.env.AUTH_SECRET;
  if (!s || s.length < 16) throw new Error("AUTH_SECRET is required for participant cookies");
  return s;
}

function sign(browserId: string): string {
  return createHmac("sha256", secret()).update(`workshop-participant:${browserId}`).digest("base64url");
}

export function newBrowserCookie(): { browserId: string; value: string } {
  const browserId = randomUUID();
  return { browserId, value: `${browserId}.${sign(browserId)}` };
}

/** The browser id if the cookie is ours and untampered, else null. */
export function verifyBrowserCookie(value: string | undefined | null): string | null {
  if (!value) return null;
  const m = /^([0-9a-f-]{36})\.([\w-]{43})$/.exec(value);
  if (!m) return null;
  const expected = Buffer.from(sign(m[1]));
  const got = Buffer.from(m[2]);
  return expected.length === got.length && timingSafeEqual(expected, got) ? m[1] : null;
}

export function readBrowserId(request: Request): string | null {
  const header = request.headers.get("cookie") ?? "";
  const m = new RegExp(`(?:^|;\\s*)${PARTICIPANT_COOKIE}=([^;]+)`).exec(header);
  return verifyBrowserCookie(m ? decodeURIComponent(m[1]) : null);
}

export function browserCookieHeader(value: string, secure: boolean): string {
  return `${PARTICIPANT_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${60 * 60 * 24 * 30}${secure ? "; Secure" : ""}`;
}
