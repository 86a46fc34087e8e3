import { headers } from "next/headers";
import { CLIENT_IP_HEADER } from "@/lib/client-ip";

// scripts/lib/server.ts sets this header from the socket (or, behind the proxies TRUST_PROXY
// names, from the right-most X-Forwarded-For hop that is not one of them) and overwrites
// whatever the client sent, so it cannot be spoofed.

export function clientIpFrom(h: Headers): string {
  return h.get(CLIENT_IP_HEADER) ?? "unknown";
}

/** IP and user agent of the current request, or nulls outside a request (scripts, tests). */
export async function requestContext(): Promise<{ ip: string | null; userAgent: string | null }> {
  try {
    const h = await headers();
    return { ip: h.get(CLIENT_IP_HEADER), userAgent: h.get("user-agent")?.slice(0, 300) ?? null };
  } catch {
    return { ip: null, userAgent: null };
  }
}
