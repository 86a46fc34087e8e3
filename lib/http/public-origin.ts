import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** The configured public origin (MEKAR_PUBLIC_URL, else AUTH_URL), or null: never from a request. */
export function configuredOrigin(): string | null {
  for (const raw of [process.env.MEKAR_PUBLIC_URL, process.env.AUTH_URL]) {
    if (!raw) continue;
    try {
      const url = new URL(raw);
      if (url.protocol === "https:" || url.protocol === "http:") return url.origin;
    } catch {
      // not a URL: try the next one
    }
  }
  return null;
}

/**
 * The site's public origin for absolute links (feed, OpenGraph, share links, the workshop QR
 * code): the configured one, else the request's host (forwarded headers only behind TRUST_PROXY).
 */
export async function publicOrigin(): Promise<string> {
  return originFrom(await headers());
}

/** Same as publicOrigin(), for code that has the request's headers in hand. */
export function originFrom(h: Headers): string {
  const configured = configuredOrigin();
  if (configured) return configured;
  const host = (env().TRUST_PROXY && h.get("x-forwarded-host")) || h.get("host") || "localhost";
  const proto =
    (env().TRUST_PROXY && h.get("x-forwarded-proto")?.split(",")[0].trim()) ||
    (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
