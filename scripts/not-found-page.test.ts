import { brotliDecompressSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import http from "node:http";
import { describe, expect, it } from "vitest";
import { NOT_FOUND_PATH } from "./lib/not-found-page";
import { createFrontServer } from "./lib/server";

// Next 16 answers notFound() in a page with an empty error shell; the front server sends the
// not-found page Next renders for a path no route matches (scripts/lib/not-found-page.ts).
const SHELL =
  '<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/static/chunks/c.js" async="" nonce="a"></script></head>' +
  '<body><div hidden=""></div><script nonce="a">self.__next_f.push([1,"Halaman tidak ditemukan"])</script></body></html>';
const page = (who: string) =>
  `<!DOCTYPE html><html lang="id"><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/></head><body><main><h1>Halaman tidak ditemukan</h1><p>${who}</p><p>${"Halaman yang Anda cari tidak ada. ".repeat(40)}</p></main>` +
  '<script src="/_next/static/chunks/c.js" async="" nonce="b"></script><script nonce="b">self.__next_f.push([1,"x"])</script></body></html>';

async function start(notFoundStatus = 404) {
  const asked: string[] = [];
  const front = createFrontServer(
    async (req, res) => {
      asked.push(req.url ?? "");
      if (req.url === NOT_FOUND_PATH) {
        res.statusCode = notFoundStatus;
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.setHeader("Content-Security-Policy", "script-src 'nonce-b'");
        return void res.end(page(`${req.headers.cookie} ${req.headers["accept-language"]}`));
      }
      res.statusCode = 404;
      res.setHeader("Content-Security-Policy", "script-src 'nonce-a'");
      if (req.headers.rsc === "1") {
        res.setHeader("Content-Type", "text/x-component");
        return void res.end("0:null");
      }
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Set-Cookie", "seen=1; Path=/");
      res.flushHeaders(); // as Next's pipe does before the first chunk
      res.write(SHELL.slice(0, 40));
      res.end(req.method === "HEAD" ? undefined : SHELL.slice(40));
    },
    { trustedProxies: [], log: () => {} },
  );
  await new Promise<void>((r) => front.server.listen(0, "127.0.0.1", r));
  return { ...front, asked, url: `http://127.0.0.1:${(front.server.address() as AddressInfo).port}` };
}

function get(url: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request(url, { headers, method }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
      })
      .on("error", reject)
      .end();
  });
}

describe("a page that calls notFound()", () => {
  it("answers 404 with the not-found page, for the visitor's session and language, under its own CSP", async () => {
    const s = await start();
    try {
      // a public page: the not-found page, without framework scripts (scripts/lib/lean-html.ts)
      const pub = await get(`${s.url}/r/pangandaran/aspirasi/XXXX-XXXX-XXXX`, {
        Cookie: "mekar-locale=en; session=s1",
        "Accept-Language": "en",
      });
      expect(pub.status).toBe(404);
      const html = pub.body.toString();
      expect(html).toContain("<h1>Halaman tidak ditemukan</h1>");
      expect(html).toContain("mekar-locale=en; session=s1 en");
      expect(html).not.toContain("__next_error__");
      expect(html).not.toMatch(/<script[^>]*src=/);
      expect(pub.headers["content-security-policy"]).toBe("script-src 'nonce-b'");
      expect(pub.headers["set-cookie"]).toEqual(["seen=1; Path=/"]); // the page's own answer's
      expect(s.asked).toEqual(["/r/pangandaran/aspirasi/XXXX-XXXX-XXXX", NOT_FOUND_PATH]);

      // a portal page: the same, compressed, its scripts kept
      const portal = await get(`${s.url}/issues/00000000-0000-0000-0000-000000000000`, { "Accept-Encoding": "br" });
      expect(portal.status).toBe(404);
      expect(portal.headers["content-encoding"]).toBe("br");
      const portalHtml = brotliDecompressSync(portal.body).toString();
      expect(portalHtml).toContain("<h1>Halaman tidak ditemukan</h1>");
      expect(portalHtml).toContain('<script src="/_next/static/chunks/c.js" async="" nonce="b">');
    } finally {
      await s.close(100);
    }
  });

  it("leaves RSC requests, HEAD and a failed swap as Next answered them", async () => {
    const s = await start(500);
    try {
      const rsc = await get(`${s.url}/issues/x`, { RSC: "1" });
      expect(rsc.status).toBe(404);
      expect(rsc.body.toString()).toBe("0:null");
      const head = await get(`${s.url}/issues/x`, {}, "HEAD");
      expect(head.status).toBe(404);
      expect(s.asked).not.toContain(NOT_FOUND_PATH);
      // the not-found page could not be had: the shell, as before
      const failed = await get(`${s.url}/issues/x`);
      expect(failed.status).toBe(404);
      expect(failed.body.toString()).toBe(SHELL);
      expect(failed.headers["content-security-policy"]).toBe("script-src 'nonce-a'");
    } finally {
      await s.close(100);
    }
  });
});
