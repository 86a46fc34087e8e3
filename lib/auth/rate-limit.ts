import { isIPv4, isIPv6 } from "node:net";
import { db } from "@/lib/db";

export const LOGIN_WINDOW_MINUTES = 15;
/** Guesses at one account from one address: the limit a single guesser meets. */
export const MAX_FAILURES_PER_ACCOUNT_FROM_IP = 10;
export const MAX_FAILURES_PER_IP = 50; // an office behind one NAT shares an address
/**
 * Guesses at one account from all addresses together: stops a guesser spread over many
 * addresses, and is far above what one address may send, so one attacker cannot lock the
 * owner out (OWASP: no hard lock that anyone can trigger against an account).
 */
export const MAX_FAILURES_PER_ACCOUNT = 100;

function since(): Date {
  return new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);
}

/**
 * The address as the limits count it: an IPv6 client gets a whole /64 (one subscriber's network),
 * so stepping through its own addresses neither dodges the per-address limits nor buys extra
 * guesses toward the account-wide ceiling. IPv4 (also IPv4-mapped IPv6) counts per address.
 */
export function limitedAddress(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  const bare = ip.split("%")[0];
  if (!isIPv6(bare)) return ip;
  const [head, tail] = bare.includes("::") ? bare.split("::") : [bare, undefined];
  const hextets = (part: string | undefined) =>
    !part
      ? []
      : part.split(":").flatMap((h) => {
          if (!isIPv4(h)) return [h];
          const [a, b, c, d] = h.split(".").map(Number);
          return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
        });
  const front = hextets(head);
  const back = hextets(tail);
  const all = [...front, ...Array<string>(8 - front.length - back.length).fill("0"), ...back];
  return `${all
    .slice(0, 4)
    .map((h) => parseInt(h, 16).toString(16))
    .join(":")}::/64`;
}

/** A guess being checked: it counts as a failure until `succeeded()` says otherwise. */
export type LoginAttempt = { succeeded(): Promise<void> };

/**
 * Opens an attempt under the limits, or returns null when this address is limited for the
 * account, the address is limited overall, or the account is limited across all addresses.
 * Every check of a secret (password at sign-in, second-factor code, the signed-in user's own
 * password re-check) goes through here, under the same rule.
 * The attempt is written (as a failure) before the failures are counted, so of N guesses sent at
 * once the k-th counts at least k rows: at most the limit pass, whatever the timing. Counted in
 * Postgres, so the limit holds across every instance of Mekar.
 */
export async function beginLoginAttempt(email: string, clientIp: string): Promise<LoginAttempt | null> {
  const ip = limitedAddress(clientIp);
  const row = await db.loginAttempt.create({ data: { email, ip, success: false }, select: { id: true } });
  const failed = { success: false, createdAt: { gte: since() } };
  const [byAccountFromIp, byIp, byAccount] = await Promise.all([
    db.loginAttempt.count({ where: { email, ip, ...failed } }),
    db.loginAttempt.count({ where: { ip, ...failed } }),
    db.loginAttempt.count({ where: { email, ...failed } }),
  ]);
  if (
    byAccountFromIp > MAX_FAILURES_PER_ACCOUNT_FROM_IP ||
    byIp > MAX_FAILURES_PER_IP ||
    byAccount > MAX_FAILURES_PER_ACCOUNT
  ) {
    // a refused request is no guess: it does not extend the lock
    await db.loginAttempt.delete({ where: { id: row.id } });
    return null;
  }
  return {
    succeeded: async () => {
      await db.loginAttempt.update({ where: { id: row.id }, data: { success: true } });
    },
  };
}
