import type { BrowserContext, Page } from "@playwright/test";

/**
 * Throttles `page` to a weak 3G uplink (40 KB/s up, 50 KB/s down, 200 ms round trip), so a file
 * of a few hundred KB takes seconds to go up; returns what lifts the throttle.
 */
export async function slowUplink(context: BrowserContext, page: Page): Promise<() => Promise<void>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 200,
    downloadThroughput: 50_000,
    uploadThroughput: 40_000,
  });
  return async () => {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  };
}
