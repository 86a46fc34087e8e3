// Compression of the app's own answers (pages, RSC payloads, JSON, CSV), brotli when the browser
// takes it. Next compresses with gzip only (next.config.mjs sets `compress: false`, this replaces
// it): a portal page's document is 140–300 KB of HTML plus its flight payload, and brotli at
// quality 5 sends a third less of it than gzip (dashboard 29.7 → 20.3 KB) for the same CPU
// (~2 ms) — on issue 17's 3G phone that is 0.2 s of every first page load (docs/benchmarks.md).
// Streaming is kept: Next flushes after each chunk it writes (`res.flush`, which the middleware
// provides), so a Suspense boundary still arrives when it resolves. Server-sent events are left
// uncompressed: each stream would hold an encoder's window for hours (5,000 workshop
// participants), and an event is a few hundred bytes.
import type http from "node:http";
import zlib from "node:zlib";
import compression from "compression";

const EVENT_STREAM = /^text\/event-stream/i;

function worthCompressing(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (EVENT_STREAM.test(String(res.getHeader("content-type") ?? ""))) return false;
  return compression.filter(
    req as Parameters<typeof compression.filter>[0],
    res as Parameters<typeof compression.filter>[1],
  );
}

const middleware = compression({
  filter: worthCompressing,
  level: 6,
  brotli: {
    params: {
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
      // a 1 MB window: documents are ≤ 300 KB, and each answer in flight holds one
      [zlib.constants.BROTLI_PARAM_LGWIN]: 20,
    },
  },
});

/** Compresses `res` as `req`'s Accept-Encoding allows (br, else gzip) once its type is known. */
export function compressAnswer(req: http.IncomingMessage, res: http.ServerResponse) {
  middleware(req as Parameters<typeof middleware>[0], res as Parameters<typeof middleware>[1], () => {});
}
