import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db";
import { findPublicTarget, type PublicTarget } from "./public-queries";
import type { FollowInput } from "./schemas";
import { followerOfUnsubscribeKey, keyedHash, sha256 } from "./tokens";

// Following by email, without an account. The citizen is no actor: audit rows are written as
// "system" and never carry the address. Every answer a form gets is the same whether or not the
// address already follows (no one can learn who follows what).

/** Subscription requests per address and per client address, per hour (held in Postgres). */
export const REQUESTS_PER_ADDRESS = 5;
export const REQUESTS_PER_IP = 30;
const WINDOW_MS = 3_600_000;

export type FollowOutcome = "sent" | "limited" | "not_found";

/**
 * Counts this request against both limits (written first, then counted, so N requests at once
 * cannot all slip under the limit) and says whether it may go on.
 */
async function withinLimits(email: string, ip: string): Promise<boolean> {
  const keys = [keyedHash("follow-address", email), keyedHash("follow-ip", ip)];
  await db.followerRequest.createMany({ data: keys.map((keyHash) => ({ keyHash })) });
  const since = new Date(Date.now() - WINDOW_MS);
  const [byAddress, byIp] = await Promise.all(
    keys.map((keyHash) => db.followerRequest.count({ where: { keyHash, createdAt: { gte: since } } })),
  );
  return byAddress <= REQUESTS_PER_ADDRESS && byIp <= REQUESTS_PER_IP;
}

/**
 * A follow form was posted: creates the (unconfirmed) subscription and queues the confirmation
 * mail. An address that already follows, or was stopped by a bounce, gets the same answer and no
 * new mail; a double submit makes one subscription and one confirmation mail.
 */
export async function requestFollow(
  regencySlug: string,
  input: FollowInput,
  ip: string,
  now = new Date(),
): Promise<{ outcome: FollowOutcome; target?: PublicTarget }> {
  const target = await findPublicTarget(regencySlug, input.target, now);
  if (!target) return { outcome: "not_found" };
  if (input.website) return { outcome: "sent", target }; // the honeypot: a robot is told nothing else
  if (!(await withinLimits(input.email, ip))) return { outcome: "limited", target };
  await db.$transaction(async (tx) => {
    await tx.follower.createMany({
      data: [
        {
          regencyId: target.regencyId,
          issueId: target.issueId,
          publicationId: target.publicationId,
          target: target.key,
          email: input.email,
          mode: input.mode,
        },
      ],
      skipDuplicates: true,
    });
    const [f] = await tx.$queryRaw<
      {
        id: string;
        confirmedAt: Date | null;
        unsubscribedAt: Date | null;
        bouncedAt: Date | null;
        complainedAt: Date | null;
      }[]
    >`SELECT id, "confirmedAt", "unsubscribedAt", "bouncedAt", "complainedAt" FROM "Follower"
      WHERE email = ${input.email} AND target = ${target.key} FOR UPDATE`;
    if (f.bouncedAt || f.complainedAt) return; // the provider said this address does not want mail
    if (f.confirmedAt && !f.unsubscribedAt) return; // already follows: nothing changes, nothing is said
    const pending = await tx.followerMail.count({
      where: { followerId: f.id, kind: "confirm", sentAt: null, failedAt: null, cancelledAt: null },
    });
    // a new request (or one after unsubscribing) chooses its mode and must be confirmed again
    await tx.follower.update({
      where: { id: f.id },
      data: { mode: input.mode, confirmedAt: null, unsubscribedAt: null },
    });
    if (pending === 0) await tx.followerMail.create({ data: { followerId: f.id, kind: "confirm" } });
    await recordAudit(
      tx,
      null,
      "follower.requested",
      { type: "follower", id: f.id, regencyId: target.regencyId },
      { target: [null, target.path], mode: [null, input.mode] },
    );
  });
  return { outcome: "sent", target };
}

/** The confirmation link was opened: a token that is known and not expired confirms its subscription. */
export async function confirmFollow(token: string, now = new Date()): Promise<"confirmed" | "expired"> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return "expired";
  return db.$transaction(async (tx) => {
    const f = await tx.follower.findUnique({
      where: { confirmTokenHash: sha256(token) },
      select: { id: true, regencyId: true, confirmExpiresAt: true, confirmedAt: true, mode: true },
    });
    if (!f || !f.confirmExpiresAt || f.confirmExpiresAt < now) return "expired";
    if (f.confirmedAt) return "confirmed"; // a second click changes nothing
    await tx.follower.update({
      where: { id: f.id },
      data: { confirmedAt: now, unsubscribedAt: null, lastDigestAt: now },
    });
    await recordAudit(
      tx,
      null,
      "follower.confirmed",
      { type: "follower", id: f.id, regencyId: f.regencyId },
      { confirmedAt: [null, now.toISOString()] },
    );
    return "confirmed";
  });
}

/** Cancels every mail of these followers not sent yet. */
async function cancelPending(tx: Tx, followerIds: string[], reason: string) {
  await tx.followerMail.updateMany({
    where: { followerId: { in: followerIds }, sentAt: null, failedAt: null, cancelledAt: null },
    data: { cancelledAt: new Date(), error: reason },
  });
}

/** One click on the link of any mail (or the mail client's one-click POST): no more mail. Idempotent. */
export async function unsubscribe(key: string, now = new Date()): Promise<"unsubscribed" | "invalid"> {
  const id = followerOfUnsubscribeKey(key);
  if (!id) return "invalid";
  await db.$transaction(async (tx) => {
    const f = await tx.follower.findUnique({
      where: { id },
      select: { id: true, regencyId: true, unsubscribedAt: true },
    });
    if (!f || f.unsubscribedAt) return;
    await tx.follower.update({ where: { id }, data: { unsubscribedAt: now, confirmTokenHash: null } });
    await cancelPending(tx, [id], "unsubscribed");
    await recordAudit(
      tx,
      null,
      "follower.unsubscribed",
      { type: "follower", id, regencyId: f.regencyId },
      { unsubscribedAt: [null, now.toISOString()] },
    );
  });
  return "unsubscribed";
}

/**
 * The mail provider (or our SMTP server, permanently) refused an address, or its owner marked our
 * mail as spam: every subscription of that address stops, now and later. Returns how many stopped.
 */
export async function stopAddress(email: string, reason: "bounce" | "complaint", now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const stamp = reason === "bounce" ? { bouncedAt: now } : { complainedAt: now };
    const followers = await tx.follower.findMany({
      where: {
        email: email.trim().toLowerCase(),
        ...(reason === "bounce" ? { bouncedAt: null } : { complainedAt: null }),
      },
      select: { id: true, regencyId: true },
    });
    if (!followers.length) return 0;
    const ids = followers.map((f) => f.id);
    await tx.follower.updateMany({ where: { id: { in: ids } }, data: stamp });
    await cancelPending(tx, ids, reason);
    for (const f of followers)
      await recordAudit(
        tx,
        null,
        "follower.stopped",
        { type: "follower", id: f.id, regencyId: f.regencyId },
        {
          reason: [null, reason],
        },
      );
    return followers.length;
  });
}
