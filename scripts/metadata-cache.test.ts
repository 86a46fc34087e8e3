import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createFrontServer } from "./lib/server";

// Next answers the favicon and the manifest with max-age=0 and no validator: ~2 KB again on every
// page load of a 3G phone (scripts/lib/metadata-cache.ts).
describe("the favicon and the manifest", () => {
  it("are cached: the hashed favicon for good, the manifest for a day; anything else as Next says", async () => {
    const front = createFrontServer(
      async (req, res) => {
        res.writeHead(req.url === "/missing.png" ? 404 : 200, {
          "Content-Type": "image/png",
          "Cache-Control": "public, max-age=0, must-revalidate",
        });
        res.end("x");
      },
      { trustedProxies: [], log: () => {} },
    );
    await new Promise<void>((r) => front.server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(front.server.address() as AddressInfo).port}`;
    const cache = async (path: string) => (await fetch(`${url}${path}`)).headers.get("cache-control");
    try {
      expect(await cache("/icon.png?icon.12k0rb9ux7d_s.png")).toBe("public, max-age=31536000, immutable");
      expect(await cache("/manifest.webmanifest")).toBe("public, max-age=86400");
      // without its hash the favicon may change under the same URL
      expect(await cache("/icon.png")).toBe("public, max-age=0, must-revalidate");
      expect(await cache("/dashboard")).toBe("public, max-age=0, must-revalidate");
    } finally {
      await front.close(100);
    }
  });
});
