// The HTTP server in front of Next.js. It exists for what Next cannot do alone: a client IP
// that cannot be spoofed (for the login limit and the audit trail), security headers on every
// response, request size caps counted as bytes arrive, refusing malformed requests before
// Next trips over them, a shutdown that lets requests in flight finish, public pages served
// without the client framework (scripts/lib/lean-html.ts), and brotli where Next has only gzip.
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { CLIENT_IP_HEADER } from "../../lib/client-ip";
import { trustedProxies } from "../../lib/env";
import { bodyCap, limitBody } from "./body-limit";
import { compressAnswer } from "./dynamic-compression";
import { staticBrotli } from "./static-brotli";
import { compileTrust, resolveClient } from "./client-address";
import { isLeanRequest, leanResponse } from "./lean-html";
import { cacheMetadataFiles } from "./metadata-cache";
import { type FetchedPage, NOT_FOUND_PATH, swapEmptyNotFound } from "./not-found-page";
import { tooLargePage } from "./too-large-page";

export { CLIENT_IP_HEADER };

// Sent with every response, static files included; the CSP itself comes from proxy.ts (it
// needs a nonce per request).
const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** 4xx for what Next would answer with a 500: odd methods, paths that do not decode. */
function malformed(req: http.IncomingMessage): { status: number; message: string } | null {
  if (!METHODS.has(req.method ?? "")) return { status: 405, message: "Method not allowed" };
  const url = req.url ?? "";
  // origin-form only, ASCII only (raw bytes >= 0x80 are not a URL), and a path that decodes to UTF-8
  if (!url.startsWith("/") || /[^\x21-\x7e]/.test(url)) return { status: 400, message: "Bad request" };
  // an encoded NUL: Postgres refuses it in text, no link carries one
  if (/%00/i.test(url)) return { status: 400, message: "Bad request" };
  try {
    decodeURIComponent(url.split("?")[0]);
  } catch {
    return { status: 400, message: "Bad request" };
  }
  return null;
}

function plain(res: http.ServerResponse, status: number, message: string, extra: Record<string, string> = {}) {
  res
    .writeHead(status, {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      Connection: "close",
      ...extra,
    })
    .end(message);
}

/**
 * Answers 413 (if the app has not answered yet) and makes whatever the app writes later a
 * no-op. The answer is written to the socket directly: through `res`, Node would close the
 * connection as soon as it is sent ("Connection: close"), before the body stops arriving, and
 * a reset can cost the client the answer; limitBody closes it once the body has stopped.
 */
function refuseTooLarge(req: http.IncomingMessage, res: http.ServerResponse) {
  const socket = req.socket;
  if (res.headersSent || !socket.writable) {
    socket.destroy();
  } else {
    const body = Buffer.from(tooLargePage(req));
    const headers = {
      ...SECURITY_HEADERS,
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": String(body.length),
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'",
      Connection: "close",
    };
    socket.write(
      `HTTP/1.1 413 Payload Too Large\r\n${Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join("")}\r\n`,
    );
    socket.write(body);
  }
  // the app may still be waiting for the body it will never get; its answer goes nowhere
  const ignored = res as unknown as Record<string, unknown>;
  for (const m of [
    "writeHead",
    "setHeader",
    "appendHeader",
    "removeHeader",
    "flushHeaders",
    "writeContinue",
    "writeEarlyHints",
  ])
    ignored[m] = () => res;
  ignored.write = () => true;
  ignored.end = () => res;
}

/** The server around any handler (Next's in production; a stub in tests). */
export function createFrontServer(
  handle: Handler,
  opts: { trustedProxies: string[]; log: (m: string) => void; staticDir?: string },
) {
  const trust = compileTrust(opts.trustedProxies);
  const brotliStatic = opts.staticDir ? staticBrotli(opts.staticDir) : null;
  const server = http.createServer((req, res) => {
    const client = resolveClient(req, trust);
    req.headers[CLIENT_IP_HEADER] = client.address;
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    // HSTS only where we know the browser came over HTTPS (our own proxy says so)
    if (client.viaTrustedProxy && req.headers["x-forwarded-proto"] === "https")
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    const bad = malformed(req);
    if (bad) return plain(res, bad.status, bad.message, bad.status === 405 ? { Allow: [...METHODS].join(", ") } : {});
    let tooLarge = false;
    limitBody(req, bodyCap(req), () => {
      tooLarge = true;
      refuseTooLarge(req, res);
    });
    if (tooLarge) return; // Content-Length alone said so: the app never sees it
    // the build's scripts and stylesheets in brotli (scripts/lib/static-brotli.ts)
    if (brotliStatic?.handle(req, res)) return;
    // public pages: no framework scripts, compressed here (scripts/lib/lean-html.ts)
    if (isLeanRequest(req)) leanResponse(req, res, opts.log);
    // everything else Next answers: brotli or gzip, streamed (scripts/lib/dynamic-compression.ts)
    else compressAnswer(req, res);
    // a notFound() page's empty 404 becomes the not-found page (scripts/lib/not-found-page.ts)
    swapEmptyNotFound(req, res, notFoundPage, opts.log);
    // the favicon and the manifest cached instead of fetched on every page (scripts/lib/metadata-cache.ts)
    cacheMetadataFiles(req, res);
    handle(req, res).catch((e) => {
      if (tooLarge) return; // the app noticed the body it gave up on
      opts.log(`request failed: ${(e as Error).stack ?? e}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  /** The not-found page as this server renders it for the visitor (their session and language). */
  function notFoundPage(req: http.IncomingMessage): Promise<FetchedPage> {
    const { address, port } = server.address() as AddressInfo;
    const host = address === "::" || address === "0.0.0.0" ? "127.0.0.1" : address;
    const headers: http.OutgoingHttpHeaders = { "accept-encoding": "identity" };
    for (const name of ["cookie", "accept-language", "user-agent", "accept"] as const)
      if (req.headers[name] !== undefined) headers[name] = req.headers[name];
    return new Promise((resolve, reject) => {
      const ask = http.get({ host, port, path: NOT_FOUND_PATH, headers, timeout: 10_000 }, (answer) => {
        const body: Buffer[] = [];
        answer.on("data", (c: Buffer) => body.push(c));
        answer.on("end", () =>
          resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body: Buffer.concat(body) }),
        );
        answer.on("error", reject);
      });
      ask.on("timeout", () => ask.destroy(new Error("timed out")));
      ask.on("error", reject);
    });
  }

  // a request line or header Node cannot parse (an unknown method among them): 400, not a reset
  server.on("clientError", (_err, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    else socket.destroy();
  });
  server.keepAliveTimeout = 65_000;

  /** Stop accepting, let requests in flight finish (up to graceMs), then close the rest (SSE streams). */
  async function close(graceMs = 8_000) {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // keep-alive connections become idle as their last response ends: close them as they do
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.closeIdleConnections();
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    await closed;
    clearInterval(sweep);
    clearTimeout(timer);
  }
  return { server, close };
}

export async function serve(opts: { dev: boolean; port: number; hostname?: string; log: (m: string) => void }) {
  const proxies = trustedProxies();
  // next-auth builds its own links from AUTH_URL; the configured public address is the one to use
  const publicUrl = process.env.MEKAR_PUBLIC_URL;
  if (!process.env.AUTH_URL && publicUrl && URL.canParse(publicUrl)) process.env.AUTH_URL = new URL(publicUrl).origin;
  const { default: next } = await import("next");
  const app = next({ dev: opts.dev, dir: process.cwd(), port: opts.port, hostname: opts.hostname ?? "0.0.0.0" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const front = createFrontServer((req, res) => handle(req, res), {
    trustedProxies: proxies,
    log: opts.log,
    // production only: in development the files change under the same names
    staticDir: opts.dev ? undefined : path.resolve(process.env.NEXT_DIST_DIR || ".next"),
  });
  await new Promise<void>((resolve) => front.server.listen(opts.port, opts.hostname ?? "0.0.0.0", resolve));
  return {
    server: front.server,
    close: async () => {
      await front.close();
      // give the sweep lease back (lib/sweeps/leader.ts, kept on globalThis): another instance leads at once
      const leader = (globalThis as { __mekarSweepLeader?: { release(): Promise<void> } }).__mekarSweepLeader;
      await leader?.release().catch(() => {});
      await app.close?.();
    },
  };
}
