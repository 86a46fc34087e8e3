// The HTTP server in front of Next.js. It exists for what Next cannot do alone: a client IP
// that cannot be spoofed (for the login limit and the audit trail), security headers on every
// response, a request size cap, and a shutdown that lets requests in flight finish.
import http from "node:http";
import { CLIENT_IP_HEADER } from "@/lib/client-ip";

export { CLIENT_IP_HEADER };
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

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

/** The server around any handler (Next's in production; a stub in tests). */
export function createFrontServer(handle: Handler, opts: { trustProxy: boolean; log: (m: string) => void }) {
  const server = http.createServer((req, res) => {
    const forwarded = String(req.headers["x-forwarded-for"] ?? "").split(",")[0].trim();
    req.headers[CLIENT_IP_HEADER] = opts.trustProxy && forwarded ? forwarded : (req.socket.remoteAddress ?? "unknown");
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    // HSTS only where we know the browser came over HTTPS (our own proxy says so)
    if (opts.trustProxy && req.headers["x-forwarded-proto"] === "https") res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    const length = Number(req.headers["content-length"] ?? 0);
    if (length > MAX_BODY_BYTES) {
      res.writeHead(413, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" }).end("Payload too large");
      req.resume();
      return;
    }
    handle(req, res).catch((e) => {
      opts.log(`request failed: ${(e as Error).stack ?? e}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
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

export async function serve(opts: { dev: boolean; port: number; hostname?: string; trustProxy: boolean; log: (m: string) => void }) {
  const { default: next } = await import("next");
  const app = next({ dev: opts.dev, dir: process.cwd(), port: opts.port, hostname: opts.hostname ?? "0.0.0.0" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const front = createFrontServer((req, res) => handle(req, res), opts);
  await new Promise<void>((resolve) => front.server.listen(opts.port, opts.hostname ?? "0.0.0.0", resolve));
  return {
    server: front.server,
    close: async () => {
      await front.close();
      await app.close?.();
    },
  };
}
