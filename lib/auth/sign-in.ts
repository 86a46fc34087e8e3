import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clientIpFrom } from "@/lib/request-context";
import { verifySecondFactor } from "./second-factor";
import { createSession } from "./sessions";

// Between the password and the session: a one-time token the browser keeps in a cookie.
export const CHALLENGE_COOKIE = "mekar-sign-in";
export const CHALLENGE_TTL_SECONDS = 5 * 60;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** After a correct password: the token that becomes a session (after the code, if the user has a second factor). */
export async function startSignIn(userId: string): Promise<{ token: string; needsCode: boolean }> {
  const token = randomBytes(32).toString("base64url");
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true } });
  // abandoned sign-ins of this user are swept here, so the table stays small without a job
  await db.signInChallenge.deleteMany({ where: { userId, expiresAt: { lt: new Date() } } });
  await db.signInChallenge.create({
    data: { tokenHash: hashToken(token), userId, expiresAt: new Date(Date.now() + CHALLENGE_TTL_SECONDS * 1000) },
  });
  return { token, needsCode: !!user.totpEnabledAt };
}

async function openChallenge(token: string) {
  const challenge = await db.signInChallenge.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { id: true, email: true, name: true } } },
  });
  return challenge && challenge.expiresAt > new Date() ? challenge : null;
}

/** The second step: a TOTP or recovery code for the user whose password was right. */
export async function passSecondFactor(token: string, code: string, ip: string): Promise<void> {
  const challenge = await openChallenge(token);
  if (!challenge) throw new AppError("UNAUTHENTICATED", "auth.errors.signInExpired");
  await verifySecondFactor(challenge.user, code, ip);
  await db.signInChallenge.update({ where: { tokenHash: challenge.tokenHash }, data: { secondFactorAt: new Date() } });
}

export type SignedInUser = { id: string; name: string; email: string; sessionVersion: number; sessionId: string };

/**
 * next-auth's authorize(): turns a passed challenge into a session, once. A password alone
 * never gets here for a user with a second factor: the challenge must carry the code's pass.
 */
export async function completeSignIn(raw: unknown, headers: Headers): Promise<SignedInUser | null> {
  const token = typeof raw === "object" && raw !== null ? (raw as { challenge?: unknown }).challenge : undefined;
  if (typeof token !== "string" || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const challenge = await db.signInChallenge.findUnique({ where: { tokenHash } });
  if (!challenge || challenge.expiresAt <= new Date()) return null;
  // a token opens one session at most: of two racing requests only one deletes it
  if ((await db.signInChallenge.deleteMany({ where: { tokenHash } })).count !== 1) return null;
  const user = await db.user.findUnique({
    where: { id: challenge.userId },
    select: { id: true, name: true, email: true, disabledAt: true, sessionVersion: true, totpEnabledAt: true },
  });
  if (!user || user.disabledAt || (user.totpEnabledAt && !challenge.secondFactorAt)) return null;
  const sessionId = await createSession(user.id, clientIpFrom(headers), headers.get("user-agent"));
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion, sessionId };
}
