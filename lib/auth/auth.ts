import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { clientIpFrom } from "@/lib/request-context";
import { dummyHash, verifyPassword } from "./password";
import { isLoginLimited, recordLoginAttempt } from "./rate-limit";
import { loginSchema } from "./schemas";

export class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

async function authorize(raw: unknown, request: Request) {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientIpFrom(request.headers);
  // The limit is checked here, not in the form action, because next-auth's own callback
  // endpoint reaches this function too.
  if (await isLoginLimited(email, ip)) throw new TooManyAttempts();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const ok = (await verifyPassword(user?.passwordHash ?? (await dummyHash()), password)) && !!user && !user.disabledAt;
  await recordLoginAttempt(email, ip, ok);
  if (!ok || !user) return null;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [Credentials({ credentials: { email: {}, password: {} }, authorize })],
  callbacks: {
    // Only the id and session version live in the token; roles are looked up on every request
    // so a changed role or a disabled account takes effect at once.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub ?? "" }, sv: (token.sv as number | undefined) ?? 0 };
    },
  },
  logger: {
    error(error) {
      // a wrong password is not an error worth a stack trace
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
    warn() {},
  },
});
