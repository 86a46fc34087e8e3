import { lookup, type LookupAddress, type LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

// A regency's coordinator types the WhatsApp gateway's address; the server then POSTs to it with
// the regency's token. Unchecked, that lets a tenant make the server call its own network (the
// database, the metadata service of a cloud host). So a gateway must be https on a public address,
// checked again on the address actually connected to (a name may resolve elsewhere at send time),
// unless the operator names the host in MEKAR_WHATSAPP_HOSTS (a gateway inside the same network).

/** The secret box purpose of a stored gateway token (lib/security/secret-box.ts). */
export const GATEWAY_TOKEN_PURPOSE = "whatsapp-gateway-token";

const NOT_PUBLIC = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  NOT_PUBLIC.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 127],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  NOT_PUBLIC.addSubnet(net, bits, "ipv6");

export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]; // IPv4-mapped IPv6
  if (mapped) return isPublicAddress(mapped);
  const family = isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** Hosts the operator allows whatever their address (MEKAR_WHATSAPP_HOSTS, comma separated). */
export function operatorAllowedHost(hostname: string): boolean {
  const list = (env().MEKAR_WHATSAPP_HOSTS ?? "").split(",").map((h) => h.trim().toLowerCase());
  return list.includes(hostname.toLowerCase().replace(/^\[|\]$/g, ""));
}

/** The message key of what is wrong with a gateway address, or null (names are checked again when sending). */
export function gatewayUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "notifications.gateway.badUrl";
  }
  if (url.username || url.password) return "notifications.gateway.badUrl";
  if (operatorAllowedHost(url.hostname)) return null;
  if (url.protocol !== "https:") return "notifications.gateway.httpsOnly";
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (isIP(host) ? !isPublicAddress(host) : host === "localhost" || /\.(localhost|local|internal)$/.test(host))
    return "notifications.gateway.notPublic";
  return null;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup that refuses names resolving to a non-public address (for http.request's `lookup`). */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, "");
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) {
      const e: NodeJS.ErrnoException = new Error(`${hostname} resolves to a non-public address`);
      e.code = "ENOTPUBLIC";
      return callback(e, "");
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}

/**
 * POSTs a JSON body to a gateway and resolves with the HTTP status. Refuses (rejects with a short
 * reason) an address that fails gatewayUrlProblem or that resolves to a non-public address; never
 * follows a redirect, so the token goes to the configured address only.
 */
export function postToGateway(raw: string, token: string, body: unknown, timeoutMs: number): Promise<number> {
  const problem = gatewayUrlProblem(raw);
  if (problem) return Promise.reject(new Error(`gateway address refused (${problem.split(".").pop()})`));
  const url = new URL(raw);
  const payload = Buffer.from(JSON.stringify(body));
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": payload.length,
          authorization: `Bearer ${token}`,
        },
        lookup: operatorAllowedHost(url.hostname) ? undefined : publicOnlyLookup,
        timeout: timeoutMs,
      },
      (res) => {
        res.resume(); // the answer's body is not used
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("timeout", () => req.destroy(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" })));
    req.on("error", (e: NodeJS.ErrnoException) =>
      reject(new Error(`gateway unreachable${e.code ? ` (${e.code})` : ""}`)),
    );
    req.end(payload);
  });
}
