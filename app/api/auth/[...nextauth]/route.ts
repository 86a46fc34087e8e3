// next-auth's own endpoints (session, csrf, credentials callback). authorize() in
// lib/auth/auth.ts validates and rate-limits every sign-in that arrives here.
export { GET, POST } from "@/lib/auth/handlers";
