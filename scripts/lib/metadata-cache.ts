// The favicon and the web app manifest are asked for on every page load, and Next answers both
// with `Cache-Control: public, max-age=0, must-revalidate` and no validator: about 2 KB again on
// each page, on a 3G phone a fifth of a repeat visit. The favicon's URL carries a hash of the
// file (`/icon.png?icon.<hash>.png`, from app/icon.png), so that URL may be kept for good; the
// manifest (app/manifest.ts) for a day.
import type http from "node:http";

const CACHE: { test: (url: string) => boolean; value: string }[] = [
  { test: (url) => /^\/icon\.png\?[\w.-]+$/.test(url), value: "public, max-age=31536000, immutable" },
  { test: (url) => url === "/manifest.webmanifest", value: "public, max-age=86400" },
];

/** Sets the longer Cache-Control on a 200 answer to those URLs (install before Next writes). */
export function cacheMetadataFiles(req: http.IncomingMessage, res: http.ServerResponse) {
  if (req.method !== "GET" && req.method !== "HEAD") return;
  const rule = CACHE.find((r) => r.test(req.url ?? ""));
  if (!rule) return;
  const writeHead = res.writeHead;
  res.writeHead = function (this: http.ServerResponse, status: number, ...rest: unknown[]) {
    if (status === 200) {
      res.setHeader("Cache-Control", rule.value);
      // headers handed to writeHead win over setHeader: take theirs out
      for (const r of rest)
        if (r && typeof r === "object" && !Array.isArray(r))
          for (const k of Object.keys(r))
            if (k.toLowerCase() === "cache-control") delete (r as Record<string, unknown>)[k];
    }
    return (writeHead as (...a: unknown[]) => http.ServerResponse).call(this, status, ...rest);
  } as typeof res.writeHead;
}
