import http from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, createBrotliDecompress, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFrontServer } from "./lib/server";

// The front server compresses what Next answers (next.config.mjs has `compress: false`): brotli
// when the browser takes it, else gzip; streamed pages still arrive piece by piece; server-sent
// events, images and answers already encoded pass as they are.
const PAGE = `<!DOCTYPE html><html lang="id"><body>${'<div class="rounded-lg border border-slate-200 bg-white p-4">Isu strategis</div>'.repeat(200)}</body></html>`;

/** Lets a test hold the stub's stream open until the client has seen its first part. */
let firstPartSeen: () => void = () => {};

let base = "";
let close: () => Promise<void>;

beforeAll(async () => {
  const front = createFrontServer(
    async (req, res) => {
      const path = (req.url ?? "").split("?")[0];
      if (path === "/stream") {
        // as Next streams a page with a Suspense boundary: a part, flush, later the rest
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.write(PAGE);
        (res as unknown as { flush?: () => void }).flush?.();
        await new Promise<void>((resolve) => (firstPartSeen = resolve));
        return void res.end("<p>later</p>");
      }
      if (path === "/events") {
        res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
        res.write(`data: ${"x".repeat(2000)}\n\n`);
        return void res.end();
      }
      if (path === "/photo.jpg") {
        res.writeHead(200, { "Content-Type": "image/jpeg" });
        return void res.end(Buffer.alloc(4096, 7));
      }
      if (path === "/encoded") {
        res.writeHead(200, { "Content-Type": "text/plain", "Content-Encoding": "gzip" });
        return void res.end(Buffer.from("already encoded"));
      }
      if (path === "/export.csv") {
        res.setHeader("Content-Type", "text/csv; charset=utf-8");
        return void res.end("kode;nama\n".repeat(500));
      }
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(PAGE);
    },
    { trustedProxies: [], log: () => {} },
  );
  await new Promise<void>((r) => front.server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(front.server.address() as AddressInfo).port}`;
  close = () => front.close(100);
});
afterAll(() => close());

/** The answer's headers and raw bytes (fetch would decompress them). */
function get(path: string, acceptEncoding?: string, method = "GET") {
  return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding };
    http
      .request(`${base}${path}`, { headers, method }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
      })
      .on("error", reject)
      .end();
  });
}

describe("the app's answers compressed by the front server", () => {
  it("sends a page in brotli when the browser takes it, else gzip, else as it is", async () => {
    const br = await get("/dashboard", "gzip, deflate, br, zstd");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    expect(br.body.length).toBeLessThan(PAGE.length / 10);

    const gz = await get("/dashboard", "gzip, deflate");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(PAGE);

    const plain = await get("/dashboard", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);

    const csv = await get("/export.csv", "br");
    expect(csv.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(csv.body).toString()).toBe("kode;nama\n".repeat(500));
  });

  it("delivers a streamed page's first part before the page has ended", async () => {
    // the stub ends the page only once the client has decompressed its first part: without
    // the flush after each part, the first part would wait in the encoder and this never ends
    const text = await new Promise<string>((resolve, reject) => {
      http
        .request(`${base}/stream`, { headers: { "Accept-Encoding": "br" } }, (res) => {
          expect(res.headers["content-encoding"]).toBe("br");
          let out = "";
          const unbrotli = res.pipe(createBrotliDecompress());
          unbrotli.on("data", (c: Buffer) => {
            out += c.toString();
            if (out.length >= PAGE.length) firstPartSeen();
          });
          unbrotli.on("end", () => resolve(out));
          unbrotli.on("error", reject);
        })
        .on("error", reject)
        .end();
    });
    expect(text).toBe(`${PAGE}<p>later</p>`);
  });

  it("leaves server-sent events, images and answers already encoded as they are", async () => {
    const events = await get("/events", "br");
    expect(events.headers["content-encoding"]).toBeUndefined();
    expect(events.body.toString()).toBe(`data: ${"x".repeat(2000)}\n\n`);

    const photo = await get("/photo.jpg", "br");
    expect(photo.headers["content-encoding"]).toBeUndefined();
    expect(photo.body.length).toBe(4096);

    const encoded = await get("/encoded", "br");
    expect(encoded.headers["content-encoding"]).toBe("gzip");
    expect(encoded.body.toString()).toBe("already encoded");

    const head = await get("/dashboard", "br", "HEAD");
    expect(head.headers["content-encoding"]).toBeUndefined();
    expect(head.body.length).toBe(0);
  });
});
