import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, createFrontServer, MAX_BODY_BYTES } from "./lib/server";

async function start(trustProxy: boolean, delayMs = 0) {
  const seen: string[] = [];
  const front = createFrontServer(async (req, res) => {
    seen.push(String(req.headers[CLIENT_IP_HEADER]));
    await new Promise((r) => setTimeout(r, delayMs));
    res.end("ok");
  }, { trustProxy, log: () => {} });
  await new Promise<void>((r) => front.server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(front.server.address() as AddressInfo).port}`;
  return { ...front, url, seen };
}

describe("front server", () => {
  it("takes the client address from the socket, whatever the request claims", async () => {
    const s = await start(false);
    await fetch(s.url, { headers: { "X-Forwarded-For": "203.0.113.7", [CLIENT_IP_HEADER]: "203.0.113.8" } });
    expect(s.seen).toEqual(["127.0.0.1"]);
    await s.close();
  });

  it("believes X-Forwarded-For only behind a trusted proxy", async () => {
    const s = await start(true);
    await fetch(s.url, { headers: { "X-Forwarded-For": "203.0.113.7, 10.0.0.1" } });
    expect(s.seen).toEqual(["203.0.113.7"]);
    await s.close();
  });

  it("sends the security headers and refuses an oversized body", async () => {
    const s = await start(false);
    const ok = await fetch(s.url);
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    expect(ok.headers.get("x-frame-options")).toBe("DENY");
    const big = await fetch(s.url, { method: "POST", headers: { "Content-Length": String(MAX_BODY_BYTES + 1) }, body: "x".repeat(10), duplex: "half" } as RequestInit).catch(() => null);
    if (big) expect(big.status).toBe(413);
    expect(s.seen).toHaveLength(1); // the oversized request never reached the app
    await s.close();
  });

  it("lets a request in flight finish on shutdown and then stops accepting", async () => {
    const s = await start(false, 600);
    const inFlight = fetch(s.url).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 100));
    const closing = s.close();
    expect(await inFlight).toBe("ok");
    await closing;
    await expect(fetch(s.url)).rejects.toThrow();
  });
});
