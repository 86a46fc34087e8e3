// The build's own scripts and stylesheets compressed with brotli. Next serves /_next/static with
// gzip only; the portal's first visit is mostly the framework's JavaScript (React DOM, the
// router), and brotli sends about 15 % less of it than gzip — the difference between a 3G phone's
// budget met or not (docs/benchmarks.md). The files are immutable (hashed names), so each is
// compressed once, at the highest quality, and kept in memory; the first request for a file
// waits for it, the rest are a lookup. Anything else (no br, another path, a file that is not
// there) is left to Next.
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type http from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { pickEncoding } from "./lean-html";

const TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
};
const brotli = promisify(zlib.brotliCompress);
const DOCUMENT_ONLY = ["X-Frame-Options", "Permissions-Policy", "Cross-Origin-Opener-Policy"];
const PREFIX = "/_next/static/";

export function staticBrotli(distDir: string) {
  const root = path.resolve(distDir, "static");
  const cache = new Map<string, Promise<Buffer>>();

  /** The file a request names, when it is one of the build's scripts or stylesheets. */
  function fileOf(url: string): string | null {
    const pathname = url.split("?")[0];
    if (!pathname.startsWith(PREFIX)) return null;
    let rel: string;
    try {
      rel = decodeURIComponent(pathname.slice(PREFIX.length));
    } catch {
      return null;
    }
    if (!TYPES[path.extname(rel)]) return null;
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep)) return null; // no way out of the folder
    // compressed once already: no disk look-up on the hot path
    if (cache.has(file)) return file;
    return existsSync(file) && statSync(file).isFile() ? file : null;
  }

  function compressed(file: string): Promise<Buffer> {
    let p = cache.get(file);
    if (!p) {
      p = readFile(file).then((bytes) =>
        brotli(bytes, {
          params: {
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }),
      );
      p.catch(() => cache.delete(file));
      cache.set(file, p);
    }
    return p;
  }

  /** Answers the request with the brotli copy and returns true, or returns false for Next to answer. */
  function handle(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (pickEncoding(req.headers["accept-encoding"]) !== "br") return false;
    const file = fileOf(req.url ?? "");
    if (!file) return false;
    compressed(file).then(
      (body) => {
        // what only a document obeys (framing, features, the opener) means nothing on a script or
        // stylesheet; on a phone's first visit a dozen files carry it for nothing
        for (const name of DOCUMENT_ONLY) res.removeHeader(name);
        res.writeHead(200, {
          "Content-Type": TYPES[path.extname(file)],
          "Content-Encoding": "br",
          "Content-Length": String(body.length),
          "Cache-Control": "public, max-age=31536000, immutable",
          Vary: "Accept-Encoding",
        });
        res.end(req.method === "HEAD" ? undefined : body);
      },
      () => {
        if (!res.headersSent) res.writeHead(500).end();
      },
    );
    return true;
  }

  return { handle, fileOf };
}
