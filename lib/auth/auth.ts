import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { authorizeCredentials } from "./authorize";

export { TooManyAttempts } from "./authorize";

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [Credentials({ credentials: { email: {}, password: {} }, authorize: (raw, request) => authorizeCredentials(raw, request.headers) })],
  callbacks: {
    // callbackUrl comes from the request: keep only a path on this site (lib/http/safe-redirect.ts)
    redirect({ url, baseUrl }) {
      const onSite = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
      return `${baseUrl}${safeRedirectPath(onSite)}`;
    },
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
