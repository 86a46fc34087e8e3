// The client's address for the login limit and the audit trail. X-Forwarded-* headers are
// believed only from the proxies TRUST_PROXY names; from anyone else they are removed, so
// neither Next, next-auth nor our own code can be told a forged protocol, host or address.
import type http from "node:http";
import proxyaddr from "proxy-addr";

const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-proto",
  "x-forwarded-host",
  "x-forwarded-port",
  "forwarded",
];

export type TrustedProxies = ReturnType<typeof proxyaddr.compile>;

export function compileTrust(list: string[]): TrustedProxies {
  return proxyaddr.compile(list);
}

/**
 * Drops forwarding headers unless the peer is a trusted proxy, and returns the client address:
 * the right-most X-Forwarded-For hop that is not a trusted proxy (the left-most entries are
 * whatever the client wrote).
 */
export function resolveClient(
  req: http.IncomingMessage,
  trust: TrustedProxies,
): { address: string; viaTrustedProxy: boolean } {
  const peer = req.socket.remoteAddress ?? "";
  const viaTrustedProxy = peer !== "" && trust(peer, 0);
  if (!viaTrustedProxy) for (const h of FORWARDING_HEADERS) delete req.headers[h];
  return { address: peer === "" ? "unknown" : proxyaddr(req, trust), viaTrustedProxy };
}
