import http from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFrontServer } from "./lib/server";

// The front server answers the build's scripts and stylesheets in brotli when the browser takes
// it, and leaves everything else to Next (here a stub that says who answered).
describe("the build's static files in brotli", () => {
  let dir = "";
  let base = "";
  let close: () => Promise<void>;
  const script = `(function(){${"var mekar = 'pemekaran daerah';".repeat(400)}})();`;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "mekar-static-"));
    mkdirSync(path.join(dir, "static", "chunks"), { recursive: true });
    writeFileSync(path.join(dir, "static", "chunks", "app-1a2b.js"), script);
    writeFileSync(path.join(dir, "secret.js"), "outside");
    const front = createFrontServer(
      async (_req, res) => {
        res.writeHead(200, { "Content-Type": "text/plain" }).end("next");
      },
      { trustedProxies: [], log: () => {}, staticDir: dir },
    );
    await new Promise<void>((r) => front.server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(front.server.address() as AddressInfo).port}`;
    close = () => front.close(100);
  });
  afterAll(async () => {
    await close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The raw answer (fetch would unpack the body). */
  const get = (p: string, encoding: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) =>
      http
        .get(base + p, { headers: { "Accept-Encoding": encoding } }, (res) => {
          const parts: Buffer[] = [];
          res.on("data", (d: Buffer) => parts.push(d));
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }),
          );
        })
        .on("error", reject),
    );

  it("sends a script compressed with brotli, cached for good, and the same bytes unpacked", async () => {
    for (let i = 0; i < 2; i++) {
      const res = await get("/_next/static/chunks/app-1a2b.js?dpl=x", "gzip, deflate, br");
      expect(res.status).toBe(200);
      expect(res.headers["content-encoding"]).toBe("br");
      expect(res.headers["content-type"]).toMatch(/javascript/);
      expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(res.headers.vary).toBe("Accept-Encoding");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["x-frame-options"]).toBeUndefined(); // a document's header, not a script's
      expect(res.body.length).toBeLessThan(script.length / 10);
      expect(brotliDecompressSync(res.body).toString()).toBe(script);
    }
  });

  it("leaves to Next a browser without brotli, a file that is not there, other types and paths out of the folder", async () => {
    for (const [p, enc] of [
      ["/_next/static/chunks/app-1a2b.js", "gzip"],
      ["/_next/static/chunks/none.js", "br"],
      ["/_next/static/chunks/app-1a2b.map", "br"],
      ["/_next/static/..%2fsecret.js", "br"],
      ["/_next/static/chunks/..%2F..%2Fsecret.js", "br"],
    ]) {
      const res = await get(p, enc);
      // the stub's answer, compressed on the way out like anything else Next answers
      const sent = res.headers["content-encoding"];
      const body = sent === "br" ? brotliDecompressSync(res.body) : sent === "gzip" ? gunzipSync(res.body) : res.body;
      expect(body.toString(), `${p} (${enc})`).toBe("next");
    }
  });
});
