import { CredentialsSignin } from "next-auth";
import { db } from "@/lib/db";
import { clientIpFrom } from "@/lib/request-context";
import { dummyHash, verifyPassword } from "./password";
import { beginLoginAttempt } from "./rate-limit";
import { loginSchema } from "./schemas";

export class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

export type AuthorizedUser = { id: string; name: string; email: string; sessionVersion: number };

/**
 * Checks the password step of a sign-in, under the limits. Unknown email, wrong password and a
 * disabled account all answer the same, in the same time. A session comes later, from
 * lib/auth/sign-in.ts (after the second factor, if the user has one).
 */
export async function authorizeCredentials(raw: unknown, headers: Headers): Promise<AuthorizedUser | null> {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientIpFrom(headers);
  const attempt = await beginLoginAttempt(email, ip);
  if (!attempt) throw new TooManyAttempts();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const ok = (await verifyPassword(user?.passwordHash ?? (await dummyHash()), password)) && !!user && !user.disabledAt;
  if (!ok || !user) return null;
  await attempt.succeeded();
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
