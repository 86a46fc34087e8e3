import "server-only";
import { createHmac, hkdfSync } from "node:crypto";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Abuse limits of the public aspiration form, counted in Postgres so they hold across every
// instance of Mekar: per sender address and per regency, over a sliding hour and day. The address
// is never stored: only an HMAC of it under a key derived from AUTH_SECRET (an address cannot be
// found again by hashing all 2³² IPv4 addresses without the key).

export const PER_ADDRESS_PER_HOUR = 5;
export const PER_ADDRESS_PER_DAY = 20;
export const PER_REGENCY_PER_HOUR = 120;

/** Caps checked before anything is stored. */
export const MAX_TEXT_CHARS = 4000;
export {
  MAX_CITIZEN_PHOTO_BYTES as MAX_PHOTO_BYTES,
  MAX_CITIZEN_PHOTO_LABEL as MAX_PHOTO_LABEL,
  /** The whole multipart post: the photo plus the fields (the front server's cap too). */
  MAX_CITIZEN_POST_BYTES as MAX_POST_BYTES,
} from "@/lib/files/limits";

function key(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 16) throw new Error("AUTH_SECRET is required to hash senders' addresses");
  return Buffer.from(hkdfSync("sha256", secret, "mekar-sender-hash", "aspiration-sender", 32));
}

export function senderHashOf(ip: string | null): string {
  return createHmac("sha256", key())
    .update(ip ?? "unknown")
    .digest("base64url");
}

/**
 * Refuses (RATE_LIMITED) when the sender or the regency has sent too much. Takes a transaction-
 * scoped lock per sender and per regency first, so of N posts sent at once at most the limit
 * pass, whatever the timing; the lock ends with the transaction that creates the aspiration.
 */
export async function assertWithinLimits(tx: Tx, regencyId: string, senderHash: string, now = new Date()) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`aspiration-sender:${senderHash}`}))`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`aspiration-regency:${regencyId}`}))`;
  const hour = new Date(now.getTime() - 3600_000);
  const day = new Date(now.getTime() - 86_400_000);
  const [senderHour, senderDay, regencyHour] = await Promise.all([
    tx.aspiration.count({ where: { senderHash, createdAt: { gte: hour } } }),
    tx.aspiration.count({ where: { senderHash, createdAt: { gte: day } } }),
    tx.aspiration.count({ where: { regencyId, createdAt: { gte: hour } } }),
  ]);
  if (senderHour >= PER_ADDRESS_PER_HOUR || senderDay >= PER_ADDRESS_PER_DAY)
    throw new AppError("RATE_LIMITED", "aspirations.public.errors.tooManyFromYou");
  if (regencyHour >= PER_REGENCY_PER_HOUR)
    throw new AppError("RATE_LIMITED", "aspirations.public.errors.tooManyForRegency");
}
