import { db } from "@/lib/db";

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 50; // an office behind one NAT shares an address

function since(): Date {
  return new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);
}

/** Counted in Postgres, so the limit holds across every instance of Mekar. */
export async function isLoginLimited(email: string, ip: string): Promise<boolean> {
  const [byAccount, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, success: false, createdAt: { gte: since() } } }),
    db.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: since() } } }),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, success } });
}
