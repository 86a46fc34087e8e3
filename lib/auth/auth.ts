import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { completeSignIn } from "./sign-in";
import { SESSION_MAX_AGE_SECONDS } from "./sessions";

export { TooManyAttempts } from "./authorize";

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  // The password (and the second factor) are checked by the login actions (lib/auth/actions.ts);
  // what reaches next-auth is their one-time challenge token, which becomes a server-side session.
  providers: [
    Credentials({ credentials: { challenge: {} }, authorize: (raw, request) => completeSignIn(raw, request.headers) }),
  ],
  callbacks: {
    // callbackUrl comes from the request: keep only a path on this site (lib/http/safe-redirect.ts)
    redirect({ url, baseUrl }) {
      const onSite = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
      return `${baseUrl}${safeRedirectPath(onSite)}`;
    },
    // Only the ids (user, server-side session) and session version live in the token; roles and
    // the session row are looked up on every request, so a changed role, a disabled account or
    // an ended session takes effect at once.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: token.sub ?? "" },
        sv: (token.sv as number | undefined) ?? 0,
        sid: token.sid as string | undefined,
      };
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
