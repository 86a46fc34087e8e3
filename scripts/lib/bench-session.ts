// A signed-in session for the benchmarks, made through next-auth's own credentials endpoint. The
// password and second-factor steps are Mekar's server actions (tested in the e2e suite); a
// benchmark stands where a user has just passed both, as lib/auth/sign-in.ts's startSignIn and
// passSecondFactor leave it: a challenge row with its code's pass, which next-auth turns into a
// session (lib/auth/sign-in.ts completeSignIn).
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]);

export async function benchSession(base: string, db: PrismaClient, email: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const token = randomBytes(32).toString("base64url");
  await db.signInChallenge.create({
    data: {
      tokenHash: createHash("sha256").update(token).digest("hex"),
      userId: user.id,
      expiresAt: new Date(Date.now() + 5 * 60_000),
      secondFactorAt: new Date(),
    },
  });
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: jar.join("; "), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, challenge: token, callbackUrl: `${base}/dashboard` }),
  });
  const session = cookiesOf(res).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed for ${email} (HTTP ${res.status})`);
  return [...jar, session].join("; ");
}
