// Which Chromium the end-to-end tests drive: CHROMIUM_PATH, else Debian's package, else the one
// `npx playwright install chromium` put in Playwright's cache (undefined: Playwright finds it).
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return undefined;
}

/** True when there is a browser the tests can launch. */
export function chromiumAvailable(): boolean {
  const p = chromiumPath();
  if (p) return existsSync(p);
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}
