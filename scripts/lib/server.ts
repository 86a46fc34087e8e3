// The HTTP server in front of Next.js. It exists for three things Next cannot do alone:
// a client IP that cannot be spoofed (for the login limit and the audit trail), a request
// size cap, and a shutdown that lets requests in flight finish.
import http from "node:http";
import next from "next";

const CLIENT_IP_HEADER = "x-mekar-client-ip";

// Sent with every response, static files included; the CSP itself comes from proxy.ts (it
// needs a nonce per request).
const SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};
const MAX_BODY_BYTES = 16 * 1024 * 1024;

export async function serve(opts: { dev: boolean; port: number; hostname?: string; trustProxy: boolean; log: (m: string) => void }) {
  const app = next({ dev: opts.dev, dir: process.cwd(), port: opts.port, hostname: opts.hostname ?? "0.0.0.0" });
  await app.prepare();
  const handle = app.getRequestHandler();
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
  await new Promise<void>((resolve) => server.listen(opts.port, opts.hostname ?? "0.0.0.0", resolve));

  /** Stop accepting, let requests in flight finish (up to graceMs), then close the rest (SSE streams). */
  async function close(graceMs = 10_000) {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    await closed;
    clearTimeout(timer);
    await app.close?.();
  }
  return { server, close };
}
