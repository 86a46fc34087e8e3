// Public pages without the client framework. The public pages (/r…, /budaya/…) are React
// server components that work as plain HTML with forms posting to route handlers; none of them
// uses a client component of ours, yet Next sends its client runtime (145–175 KB gzip) and the
// page again as an RSC flight payload (self.__next_f) so that React can hydrate. Here, in the
// front server, those are taken out of the HTML answers to those paths, and what is left is
// compressed (brotli, else gzip). Everything else passes untouched: RSC requests (header `RSC: 1`,
// `?_rsc`, prefetches, server actions) answer text/x-component and are never rewritten, so a
// portal <Link> to /r still navigates client-side.
//
// Why here and not in Next: route handlers run in React's server-component build, where
// `react-dom/server` resolves to a module that throws ("react-dom/server is not supported in
// React Server Components"), so rendering the same component tree to static markup there would
// mean loading a second React outside the bundler, beside Next's request context — fragile
// across upgrades. App-router pages have no switch to drop the runtime (the pages router's
// `unstable_runtimeJS` does not exist here). Post-processing the HTML keeps pages, metadata
// and the proxy.ts CSP nonce exactly as Next renders them; it depends only on the shape of a
// script tag, and tests/e2e/public-weight.spec.ts fails if a framework chunk comes back after
// an upgrade. Only 2xx pages are rewritten: Next's not-found and error pages are drawn in the
// browser from the flight payload (their HTML body is empty), so they keep their scripts. The
// cost: these HTML answers are buffered before they are sent (they are 10–70 KB and have no
// Suspense boundaries that would stream later; React's own streaming instructions, inline
// scripts that need no runtime, are kept anyway).
import { promisify } from "node:util";
import zlib from "node:zlib";
import type http from "node:http";
import { holdAnswer } from "./hold-answer";

/** Put this attribute on an own script a public page truly needs: it is kept. */
export const KEEP_SCRIPT_ATTRIBUTE = "data-mekar-keep";

/**
 * The sign-in pages. Their two forms work as plain HTML (Next posts a useActionState form to its
 * action without JavaScript, and the answer, an error or a redirect, comes as a whole page), so on
 * a slow link an official sees a form to type into at once instead of waiting for the runtime.
 * The runtime is still wanted right after: the portal needs it. So here its scripts become
 * prefetches, fetched at idle priority after the page has loaded, while the official types, and
 * the first portal page after signing in finds them in the cache.
 */
export const SIGN_IN_PATHS: ReadonlySet<string> = new Set(["/login", "/login/code"]);

/** The paths served without the framework runtime: the public portal, the culture survey, sign-in. */
export function isLeanPath(pathname: string): boolean {
  return (
    pathname === "/r" || pathname.startsWith("/r/") || pathname.startsWith("/budaya/") || SIGN_IN_PATHS.has(pathname)
  );
}

/** A browser loading a document: not an RSC fetch, a router prefetch or a server action. */
export function isDocumentLoad(req: http.IncomingMessage): boolean {
  const h = req.headers;
  if (h.rsc !== undefined || h["next-router-prefetch"] !== undefined || h["next-action"] !== undefined) return false;
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  return !(q >= 0 && /(^|&)_rsc=/.test(url.slice(q + 1)));
}

/** Only page loads: RSC fetches, prefetches and server actions are left to Next. */
export function isLeanRequest(req: http.IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  return isLeanPath((req.url ?? "/").split("?")[0]) && isDocumentLoad(req);
}

// React escapes `<` in text and attribute values and Next escapes `</script` inside its inline
// scripts, so in React's HTML a `<script` or `<link` is always a real tag.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK = /<link\b[^>]*>/gi;
/** Inline scripts that feed the framework runtime (flight payload, chunk lists, beforeInteractive). */
const FRAMEWORK_INLINE = /self\.__next_f|__next_s|TURBOPACK|\/_next\//;

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
}

function isScriptPreload(rel: string, as: string | null) {
  const rels = rel.toLowerCase().split(/\s+/);
  return rels.includes("modulepreload") || (rels.includes("preload") && as?.toLowerCase() === "script");
}

/**
 * The HTML without framework scripts, the flight payload and script preloads. With `prefetch`,
 * the build's script files it named are fetched once the page has loaded (SIGN_IN_PATHS): a
 * small script, under the page's CSP nonce, adds `<link rel="prefetch">` for them on `load`.
 * Written as links in the HTML they would start at once and take the link from the stylesheet.
 */
export function stripFrameworkScripts(html: string, { prefetch = false } = {}): string {
  const later: string[] = [];
  let nonce: string | null = null;
  const out = html
    .replace(SCRIPT, (tag, attrs: string, body: string) => {
      if (new RegExp(`\\s${KEEP_SCRIPT_ATTRIBUTE}(?=[\\s=/]|$)`, "i").test(attrs)) return tag;
      nonce ??= attr(attrs, "nonce");
      const src = attr(attrs, "src");
      if (src === null) return FRAMEWORK_INLINE.test(body) ? "" : tag;
      // not the legacy browsers' polyfills (nomodule): a browser that prefetches never runs them
      if (attr(attrs, "nomodule") === null && /^\/_next\/static\/[\w./-]+\.js$/.test(src)) later.push(src);
      return "";
    })
    .replace(LINK, (tag) => (isScriptPreload(attr(tag, "rel") ?? "", attr(tag, "as")) ? "" : tag));
  if (!prefetch || later.length === 0 || !nonce || !/^[\w+/=-]+$/.test(nonce)) return out;
  const script =
    `<script nonce="${nonce}">addEventListener("load",function(){${JSON.stringify(later)}.forEach(function(h){` +
    `var l=document.createElement("link");l.rel="prefetch";l.as="script";l.href=h;document.head.appendChild(l)})})</script>`;
  const end = out.lastIndexOf("</body>");
  return end < 0 ? out + script : out.slice(0, end) + script + out.slice(end);
}

/** A `Link:` response header without script preloads (Next sends style preloads there). */
export function stripScriptPreloadHeader(value: string): string {
  return value
    .split(/,(?=\s*<)/)
    .filter((entry) => {
      const rel = /;\s*rel="?([^";]+)"?/i.exec(entry)?.[1] ?? "";
      const as = /;\s*as="?([^";]+)"?/i.exec(entry)?.[1] ?? null;
      return !isScriptPreload(rel, as);
    })
    .map((e) => e.trim())
    .join(", ");
}

/** br, else gzip, else nothing, as the client's Accept-Encoding allows. */
export function pickEncoding(acceptEncoding: string | undefined): "br" | "gzip" | null {
  const allowed = new Set<string>();
  for (const part of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    if (name && (q === undefined || Number(q) > 0)) allowed.add(name.trim());
  }
  if (allowed.has("br")) return "br";
  if (allowed.has("gzip") || allowed.has("*")) return "gzip";
  return null;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|rss\+xml|javascript|manifest\+json)|image\/svg\+xml)/i;
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

async function compress(body: Buffer, encoding: "br" | "gzip"): Promise<Buffer> {
  if (encoding === "br")
    return brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
      },
    });
  return gzip(body, { level: 6 });
}

/**
 * Makes `res` collect a text answer (HTML, feeds) instead of sending it, then sends it stripped
 * of framework scripts (HTML only) and compressed. Any other answer (images, redirects without a
 * body) streams through as written. Call before Next sees the request: it removes the request's
 * Accept-Encoding, so that Next does not compress first, and compresses as the client asked.
 */
export function leanResponse(req: http.IncomingMessage, res: http.ServerResponse, log: (m: string) => void) {
  const acceptEncoding = req.headers["accept-encoding"];
  delete req.headers["accept-encoding"];
  const encoding = pickEncoding(Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : acceptEncoding);
  holdAnswer(
    res,
    () => COMPRESSIBLE.test(String(res.getHeader("content-type") ?? "")) && !res.getHeader("content-encoding"),
    finish,
    (e) => log(`lean html failed: ${(e as Error).stack ?? e}`),
  );

  async function finish(raw: Buffer): Promise<Buffer> {
    if (res.statusCode === 204 || res.statusCode === 304) return raw;
    let body = raw;
    // Only a page rendered in full: Next sends an error page (error.tsx) as an empty shell that
    // React draws from the flight payload in the browser, so it keeps its scripts. A not-found
    // page comes in full (scripts/lib/not-found-page.ts swaps notFound()'s empty shell).
    const rendered =
      (res.statusCode >= 200 && res.statusCode < 300) ||
      (res.statusCode === 404 && !raw.includes('id="__next_error__"'));
    if (rendered && /^text\/html/i.test(String(res.getHeader("content-type"))) && body.length > 0) {
      const prefetch = SIGN_IN_PATHS.has((req.url ?? "/").split("?")[0]);
      body = Buffer.from(stripFrameworkScripts(body.toString("utf8"), { prefetch }));
      const link = res.getHeader("link");
      if (link !== undefined) {
        const kept = stripScriptPreloadHeader([link].flat().join(", "));
        if (kept) res.setHeader("Link", kept);
        else res.removeHeader("Link");
      }
      // the validator Next computed belongs to the page with its scripts
      res.removeHeader("ETag");
    }
    const vary = String(res.getHeader("vary") ?? "");
    if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    if (encoding && body.length >= 512 && req.method !== "HEAD") {
      body = await compress(body, encoding);
      res.setHeader("Content-Encoding", encoding);
    }
    if (req.method !== "HEAD") res.setHeader("Content-Length", String(body.length));
    else res.removeHeader("Content-Length");
    return body;
  }
}
