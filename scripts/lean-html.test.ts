import { gunzipSync, brotliDecompressSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import type http from "node:http";
import { isLeanRequest, pickEncoding, stripFrameworkScripts, stripScriptPreloadHeader } from "./lib/lean-html";
import { createFrontServer } from "./lib/server";

// The shape of a page as Next 16 renders it (abridged): chunk scripts, a script preload, the
// Turbopack chunk list, the flight payload; plus React's streaming instruction and an own script.
const NONCE = 'nonce="abc"';
const PAGE = `<!DOCTYPE html><html lang="id"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" ${NONCE} data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" ${NONCE} href="/_next/static/chunks/b.js"/>
<link rel="modulepreload" href="/_next/static/chunks/m.js"/>
<script src="/_next/static/chunks/c.js" async="" ${NONCE}></script>
<script src="/_next/static/chunks/p.js" noModule="" ${NONCE}></script>
<script ${NONCE} id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>
<link rel="canonical" href="http://x/r"/><title>Kabupaten · Mekar</title></head>
<body><main><h1>Kabar</h1><form method="post" action="/r/x/ikuti"><button>Ikuti</button></form></main>
<script ${NONCE}>$RC=function(b,c){/* moves streamed content into place */};$RC("B:0","S:0")</script>
<script src="/culture-form.js" ${NONCE} data-mekar-keep=""></script>
<script ${NONCE}>(self.__next_f=self.__next_f||[]).push([0])</script><script ${NONCE}>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>
</body></html>`;

describe("public pages without the framework", () => {
  it("takes out framework scripts, the flight payload and script preloads, and nothing else", () => {
    const out = stripFrameworkScripts(PAGE);
    expect(out).not.toMatch(/_next\/static\/chunks\/[^"]*\.js/);
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("TURBOPACK");
    expect(out).not.toContain("modulepreload");
    // the stylesheet, the metadata, the content, React's streaming instruction and our own script stay
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(out).toContain('<link rel="canonical" href="http://x/r"/>');
    expect(out).toContain('<form method="post" action="/r/x/ikuti"><button>Ikuti</button></form>');
    expect(out).toContain('$RC("B:0","S:0")');
    expect(out).toContain('<script src="/culture-form.js" nonce="abc" data-mekar-keep=""></script>');
  });

  it("on the sign-in pages, fetches the build's scripts once the page has loaded, never the legacy polyfills", () => {
    const out = stripFrameworkScripts(PAGE, { prefetch: true });
    expect(out).not.toMatch(/<script[^>]*src="\/_next/);
    expect(out).not.toMatch(/<link[^>]*prefetch/); // a link in the HTML would start at once
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("TURBOPACK");
    expect(out).not.toContain("p.js");
    expect(out).toContain('<script src="/culture-form.js" nonce="abc" data-mekar-keep=""></script>');
    const script = /<script nonce="abc">(addEventListener\("load"[^<]*)<\/script><\/body>/.exec(out)?.[1];
    expect(script).toContain('["/_next/static/chunks/c.js"]');
    expect(script).toContain('l.rel="prefetch"');
    // the public pages: nothing added; a page without a nonce gets no script
    expect(stripFrameworkScripts(PAGE)).not.toContain('addEventListener("load"');
    expect(stripFrameworkScripts(PAGE.replaceAll(NONCE, ""), { prefetch: true })).not.toContain("addEventListener");
  });

  it("drops script preloads from the Link header and keeps the style preload", () => {
    expect(
      stripScriptPreloadHeader(
        '</_next/static/chunks/a.css>; rel=preload; as="style"; nonce="n", </_next/static/chunks/b.js>; rel=preload; as="script"',
      ),
    ).toBe('</_next/static/chunks/a.css>; rel=preload; as="style"; nonce="n"');
    expect(stripScriptPreloadHeader("</m.js>; rel=modulepreload")).toBe("");
  });

  it("takes page loads of the public paths only, never an RSC fetch, a prefetch or a server action", () => {
    const req = (url: string, method = "GET", headers: Record<string, string> = {}) =>
      ({ url, method, headers }) as unknown as http.IncomingMessage;
    for (const url of [
      "/r",
      "/r?province=Papua",
      "/r/pangandaran",
      "/r/pangandaran/isu/4",
      "/budaya/PGD2601",
      "/login",
      "/login?next=/r",
      "/login/code",
    ])
      expect(isLeanRequest(req(url)), url).toBe(true);
    expect(isLeanRequest(req("/r/pangandaran", "HEAD"))).toBe(true);
    for (const url of [
      "/",
      "/regencies",
      "/rx",
      "/dashboard",
      "/join/ABC",
      "/login/other",
      "/loginx",
      "/second-factor",
    ])
      expect(isLeanRequest(req(url)), url).toBe(false);
    expect(isLeanRequest(req("/login", "POST"))).toBe(false);
    expect(isLeanRequest(req("/r/pangandaran", "POST"))).toBe(false);
    expect(isLeanRequest(req("/r/pangandaran", "GET", { rsc: "1" }))).toBe(false);
    expect(isLeanRequest(req("/r/pangandaran?_rsc=1x2y"))).toBe(false);
    expect(isLeanRequest(req("/r/pangandaran", "GET", { "next-router-prefetch": "1" }))).toBe(false);
    expect(isLeanRequest(req("/r/pangandaran", "GET", { "next-action": "abc" }))).toBe(false);
  });

  it("picks brotli, else gzip, as the client allows", () => {
    expect(pickEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(pickEncoding("gzip, br;q=0")).toBe("gzip");
    expect(pickEncoding("identity")).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });
});

const ERROR_SHELL = PAGE.replace('<html lang="id">', '<html id="__next_error__">');

/** The front server around a stand-in for Next that answers like Next does for each path. */
async function start() {
  const seenEncoding: (string | undefined)[] = [];
  const front = createFrontServer(
    async (req, res) => {
      seenEncoding.push(req.headers["accept-encoding"] as string | undefined);
      const path = (req.url ?? "").split("?")[0];
      if (path.endsWith(".png")) {
        res.writeHead(200, { "Content-Type": "image/png" });
        res.write(Buffer.alloc(2048, 1));
        return void res.end();
      }
      if (req.method === "HEAD") {
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        return void res.end(null); // as Next answers HEAD
      }
      if (path === "/r/pangandaran/aspirasi/XXXX-XXXX-XXXX") {
        // Next's error shell for notFound(): an empty body that React draws from the flight
        // payload (the front server asks for the full not-found page instead: a 200 here, so kept)
        res.statusCode = 404;
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        return void res.end(ERROR_SHELL);
      }
      if (req.headers.rsc === "1") {
        res.setHeader("Content-Type", "text/x-component");
        return void res.end('1:"$Sreact.fragment"');
      }
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Link", '</a.css>; rel=preload; as="style", </b.js>; rel=preload; as="script"');
      res.setHeader("ETag", '"next"');
      res.flushHeaders(); // as Next's pipe does before the first chunk
      // streamed in pieces that cut through a script tag
      const mid = PAGE.indexOf("self.__next_f.push([1");
      res.write(PAGE.slice(0, mid));
      await new Promise((r) => setTimeout(r, 5));
      res.end(PAGE.slice(mid));
    },
    { trustedProxies: [], log: () => {} },
  );
  await new Promise<void>((r) => front.server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(front.server.address() as AddressInfo).port}`;
  return { ...front, url, seenEncoding };
}

/** The raw bytes as sent (fetch would decompress them). */
async function raw(url: string, headers: Record<string, string>, method = "GET") {
  const { request } = await import("node:http");
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(url, { headers, method }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (c: Buffer) => parts.push(c));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
    })
      .on("error", reject)
      .end();
  });
}

describe("front server on public paths", () => {
  it("serves a public page stripped and compressed, whatever Next would have compressed", async () => {
    const s = await start();
    try {
      const br = await raw(`${s.url}/r/pangandaran`, { "Accept-Encoding": "gzip, br" });
      expect(br.headers["content-encoding"]).toBe("br");
      expect(Number(br.headers["content-length"])).toBe(br.body.length);
      expect(br.headers.link).toBe('</a.css>; rel=preload; as="style"');
      expect(br.headers.etag).toBeUndefined();
      expect(br.headers.vary).toMatch(/Accept-Encoding/);
      const html = brotliDecompressSync(br.body).toString();
      expect(html).toBe(stripFrameworkScripts(PAGE));
      // Next was asked for the page uncompressed, so it could be read
      expect(s.seenEncoding[0]).toBeUndefined();

      const gz = await raw(`${s.url}/budaya/ABC123`, { "Accept-Encoding": "gzip" });
      expect(gz.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(gz.body).toString()).toBe(stripFrameworkScripts(PAGE));

      const head = await raw(`${s.url}/r`, { "Accept-Encoding": "br" }, "HEAD");
      expect(head.headers["content-type"]).toMatch(/text\/html/);
      expect(head.body.length).toBe(0);

      const plain = await raw(`${s.url}/r`, {});
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.toString()).toBe(stripFrameworkScripts(PAGE));
    } finally {
      await s.close(100);
    }
  });

  it("leaves RSC requests, portal pages, not-found pages and images as Next answers them (compressed)", async () => {
    const s = await start();
    try {
      const rsc = await raw(`${s.url}/r/pangandaran`, { RSC: "1", "Accept-Encoding": "br" });
      expect(rsc.body.toString()).toBe('1:"$Sreact.fragment"'); // too small to compress
      const rscQuery = await raw(`${s.url}/r/pangandaran?_rsc=abc`, { "Accept-Encoding": "br" });
      expect(brotliDecompressSync(rscQuery.body).toString()).toContain("__next_f");
      const portal = await raw(`${s.url}/dashboard`, { "Accept-Encoding": "br" });
      expect(brotliDecompressSync(portal.body).toString()).toBe(PAGE);
      expect(s.seenEncoding.slice(0, 3)).toEqual(["br", "br", "br"]);
      const notFound = await raw(`${s.url}/r/pangandaran/aspirasi/XXXX-XXXX-XXXX`, { "Accept-Encoding": "br" });
      expect(brotliDecompressSync(notFound.body).toString()).toBe(ERROR_SHELL);
      const png = await raw(`${s.url}/r/pangandaran/card.png`, { "Accept-Encoding": "br" });
      expect(png.headers["content-type"]).toBe("image/png");
      expect(png.headers["content-encoding"]).toBeUndefined();
      expect(png.body.length).toBe(2048);
    } finally {
      await s.close(100);
    }
  });
});
