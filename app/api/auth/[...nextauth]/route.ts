// next-auth's own endpoints (session, csrf, credentials callback). authorize() in
// lib/auth/auth.ts validates and rate-limits every sign-in that arrives here.
import { GET as authGet, POST as authPost } from "@/lib/auth/handlers";
import { withPublicOrigin } from "@/lib/http/with-public-origin";

export const GET = withPublicOrigin(authGet);
export const POST = withPublicOrigin(authPost);
