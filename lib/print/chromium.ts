import { existsSync } from "node:fs";

// "Unduh PDF" renders the print view in Debian's Chromium (or MEKAR_CHROMIUM_PATH) through
// playwright-core: no browser is downloaded at install. Without one the button is hidden and the
// print view (the browser's own "Save as PDF") still works.
export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

export function chromiumPath(): string {
  return process.env.MEKAR_CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

let known: boolean | undefined;
/** True when the server can render PDFs (checked once per process). */
export function pdfAvailable(): boolean {
  known ??= existsSync(/*turbopackIgnore: true*/ chromiumPath());
  return known;
}
