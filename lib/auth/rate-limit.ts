import { db } from "@/lib/db";

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 50; // an office behind one NAT shares an address

function since(): Date {
  return new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);
}

/** A guess being checked: it counts as a failure until `succeeded()` says otherwise. */
export type LoginAttempt = { succeeded(): Promise<void> };

/**
 * Opens an attempt under the limits, or returns null when the account or the address is limited.
 * The attempt is written (as a failure) before the failures are counted, so of N guesses sent at
 * once the k-th counts at least k rows: at most the limit pass, whatever the timing. Counted in
 * Postgres, so the limit holds across every instance of Mekar.
 */
export async function beginLoginAttempt(email: string, ip: string): Promise<LoginAttempt | null> {
  const row = await db.loginAttempt.create({ data: { email, ip, success: false }, select: { id: true } });
  const failed = { success: false, createdAt: { gte: since() } };
  const [byAccount, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, ...failed } }),
    db.loginAttempt.count({ where: { ip, ...failed } }),
  ]);
  if (byAccount > MAX_FAILURES_PER_ACCOUNT || byIp > MAX_FAILURES_PER_IP) {
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
