import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** The site's public origin for absolute links (feed, OpenGraph, share): MEKAR_PUBLIC_URL, else the request's host. */
export async function publicOrigin(): Promise<string> {
  const configured = process.env.MEKAR_PUBLIC_URL?.replace(/\/+$/, "");
  if (configured) return configured;
  const h = await headers();
  const host = (env().TRUST_PROXY && h.get("x-forwarded-host")) || h.get("host") || "localhost";
  const proto = (env().TRUST_PROXY && h.get("x-forwarded-proto")?.split(",")[0].trim()) || (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
