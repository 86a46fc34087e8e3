import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

// The secrets of following by email. Nothing here is stored in plain:
//  - the confirmation token is random, sent once, and kept only as its SHA-256 hash (and expires);
//  - the unsubscribe key of every mail is an HMAC of the follower's id (nothing stored at all);
//  - the rate limit and the feed-reader count keep keyed hashes of addresses, never the values.

/** How long a confirmation link works. */
export const CONFIRM_TTL_MS = 48 * 3_600_000;

function keyFor(purpose: string): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 16) throw new Error("AUTH_SECRET is required for followers' links");
  return Buffer.from(hkdfSync("sha256", secret, "mekar-followers", purpose, 32));
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}

/** A fresh confirmation token and the hash that is stored. */
export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: sha256(token) };
}

/** The unsubscribe key of one follower: "<id>.<hmac>", the same in every mail. */
export function unsubscribeKey(followerId: string): string {
  return `${followerId}.${createHmac("sha256", keyFor("unsubscribe")).update(followerId).digest("base64url")}`;
}

/** The follower id an unsubscribe key names, or null when the key is not one we made. */
export function followerOfUnsubscribeKey(key: string): string | null {
  const [id, mac, extra] = key.split(".");
  if (!id || !mac || extra !== undefined || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const expected = Buffer.from(unsubscribeKey(id).split(".")[1]);
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

/** A keyed hash of a value (an address, an IP) for counting, not reversible without AUTH_SECRET. */
export function keyedHash(purpose: string, value: string): string {
  return createHmac("sha256", keyFor(purpose)).update(value).digest("base64url");
}
