import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { NORMAL_BODY_BYTES, SMALL_BODY_BYTES, UPLOAD_BODY_BYTES } from "./lib/body-limit";
import { CLIENT_IP_HEADER, createFrontServer } from "./lib/server";

const SESSION = "mekar-lang=id; authjs.session-token=eyJhbGciOi";

type Seen = { ip: string; proto?: string; bodyBytes: number };

/** A stand-in for Next: records what it was told and reads the whole body, as Next does. */
async function start(trustedProxies: string[] = [], delayMs = 0) {
  const seen: Seen[] = [];
  const front = createFrontServer(
    async (req, res) => {
      const entry: Seen = {
        ip: String(req.headers[CLIENT_IP_HEADER]),
        proto: req.headers["x-forwarded-proto"] as string | undefined,
        bodyBytes: 0,
      };
      seen.push(entry);
      for await (const chunk of req) entry.bodyBytes += (chunk as Buffer).length;
      await new Promise((r) => setTimeout(r, delayMs));
      res.end("ok");
    },
    { trustedProxies, log: () => {} },
  );
  await new Promise<void>((r) => front.server.listen(0, "127.0.0.1", r));
  const port = (front.server.address() as AddressInfo).port;
  return { ...front, port, url: `http://127.0.0.1:${port}`, seen };
}

/** Sends a chunked body of up to `total` bytes, 64 KB at a time, until the answer arrives. */
function sendChunked(port: number, path: string, total: number, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request(
      { port, host: "127.0.0.1", method: "POST", path, headers: { "Transfer-Encoding": "chunked", ...headers } },
      (res) => {
        answered = true;
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, sent }));
        res.on("error", () => resolve({ status: res.statusCode ?? 0, body, sent }));
      },
    );
    req.on("error", (e) => (answered ? undefined : reject(e)));
    const chunk = Buffer.alloc(64 * 1024, 120);
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

/** Writes a raw request (methods and bytes fetch refuses to send) and returns the status code. */
function rawStatus(port: number, request: Buffer | string) {
  return new Promise<number>((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(request));
    let data = "";
    socket.on("data", (c) => (data += c.toString("latin1")));
    socket.on("close", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on("error", reject);
  });
}

const MB = 1024 * 1024;

describe("front server", () => {
  it("takes the client address from the socket, whatever the request claims, and drops forwarding headers", async () => {
    const s = await start();
    await fetch(s.url, {
      headers: { "X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https", [CLIENT_IP_HEADER]: "203.0.113.8" },
    });
    expect(s.seen).toEqual([{ ip: "127.0.0.1", proto: undefined, bodyBytes: 0 }]);
    await s.close();
  });

  it("behind trusted proxies takes the right-most untrusted X-Forwarded-For hop", async () => {
    const s = await start(["loopback", "10.0.0.0/8"]);
    // the client wrote 198.51.100.1 itself; our proxies appended the real client and themselves
    await fetch(s.url, {
      headers: { "X-Forwarded-For": "198.51.100.1, 203.0.113.7, 10.0.0.1", "X-Forwarded-Proto": "https" },
    });
    expect(s.seen).toEqual([{ ip: "203.0.113.7", proto: "https", bodyBytes: 0 }]);
    await s.close();
  });

  it("sends the security headers", async () => {
    const s = await start();
    const ok = await fetch(s.url);
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    expect(ok.headers.get("x-frame-options")).toBe("DENY");
    await s.close();
  });

  it("refuses a declared oversized body before the app sees it, with a page in the reader's language", async () => {
    const s = await start();
    const status = await new Promise<{ code: number; body: string; connection?: string }>((resolve) => {
      const req = http.request(
        {
          port: s.port,
          host: "127.0.0.1",
          method: "POST",
          path: "/issues/new",
          headers: {
            "Content-Length": String(UPLOAD_BODY_BYTES + 1),
            "Content-Type": "multipart/form-data; boundary=x",
            Cookie: "mekar-lang=en",
          },
        },
        (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => {
            req.destroy(); // the rest of the declared body will never come
            resolve({ code: res.statusCode ?? 0, body, connection: res.headers.connection });
          });
        },
      );
      req.on("error", () => {});
      req.write("--x\r\n");
    });
    expect(status.code).toBe(413);
    expect(status.body).toContain("Too large to send");
    expect(status.connection).toBe("close"); // a keep-alive client must not send its next request here
    expect(s.seen).toHaveLength(0);
    await s.close();
  });

  it.each([
    [
      "the sign-in endpoint",
      "/api/auth/callback/credentials",
      { "Content-Type": "application/x-www-form-urlencoded" },
      SMALL_BODY_BYTES,
    ],
    [
      "a participant join page (no login)",
      "/join/ABC123",
      { "Content-Type": "application/x-www-form-urlencoded" },
      SMALL_BODY_BYTES,
    ],
    ["the participant API", "/api/workshops/join/ABC123", { "Content-Type": "application/json" }, SMALL_BODY_BYTES],
    [
      "a server action without a file",
      "/issues/new",
      { "Content-Type": "text/plain;charset=UTF-8", "Next-Action": "abc" },
      NORMAL_BODY_BYTES,
    ],
    [
      "a signed-in server action with a file",
      "/iso/nonconformities/7f0c",
      { "Content-Type": "multipart/form-data; boundary=x", "Next-Action": "abc", Cookie: SESSION },
      UPLOAD_BODY_BYTES,
    ],
    [
      "a multipart post without a session",
      "/publications/7f0c",
      { "Content-Type": "multipart/form-data; boundary=x", "Next-Action": "abc" },
      NORMAL_BODY_BYTES,
    ],
    [
      "a signed-in multipart post to a page without a file field",
      "/issues/new",
      { "Content-Type": "multipart/form-data; boundary=x", "Next-Action": "abc", Cookie: SESSION },
      NORMAL_BODY_BYTES,
    ],
  ])("answers a chunked 40 MB body to %s with 413 once its cap is passed", async (_name, path, headers, cap) => {
    const s = await start();
    const res = await sendChunked(s.port, path, 40 * MB, headers);
    expect(res.status).toBe(413);
    expect(res.body).toContain("Kiriman terlalu besar"); // no language cookie: Indonesian
    // the app was handed at most the cap, and the rest was never sent, let alone kept
    expect(s.seen[0]?.bodyBytes ?? 0).toBeLessThanOrEqual(cap);
    expect(res.sent).toBeLessThan(cap + 8 * MB);
    await s.close();
  });

  it("lets an upload of the documented maximum through", async () => {
    const s = await start();
    const res = await sendChunked(s.port, "/publications/1", 10 * MB + 256 * 1024, {
      "Content-Type": "multipart/form-data; boundary=x",
      Cookie: SESSION,
    });
    expect(res.status).toBe(200);
    expect(s.seen[0].bodyBytes).toBe(10 * MB + 256 * 1024);
    await s.close();
  });

  it("answers malformed requests with 4xx, never 500", async () => {
    const s = await start();
    const codes = await Promise.all([
      rawStatus(s.port, "TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
      rawStatus(s.port, "TRACK / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), // Node's parser knows no TRACK
      rawStatus(s.port, "PROPFIND / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
      rawStatus(s.port, "FOOBAR / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
      rawStatus(s.port, "GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), // bad percent-encoding
      rawStatus(s.port, "GET /r/%C3%28 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), // not UTF-8
      rawStatus(
        s.port,
        Buffer.concat([
          Buffer.from("GET /r/"),
          Buffer.from([0xff, 0xfe]),
          Buffer.from(" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
        ]),
      ),
      rawStatus(s.port, "GET http://evil.example/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
      rawStatus(s.port, "GET /overview?province=%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), // NUL
    ]);
    expect(codes).toEqual([405, 400, 405, 400, 400, 400, 400, 400, 400]);
    expect(s.seen).toHaveLength(0);
    await s.close();
  });

  it("lets a request in flight finish on shutdown and then stops accepting", async () => {
    const s = await start([], 600);
    const inFlight = fetch(s.url).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 100));
    const closing = s.close();
    expect(await inFlight).toBe("ok");
    await closing;
    await expect(fetch(s.url)).rejects.toThrow();
  });
});
