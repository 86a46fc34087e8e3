import "server-only";
import { chromium, type Browser } from "playwright-core";
import { chromiumPath } from "./chromium";

// The server's PDF of a print view: the same page, opened with the requester's own cookies (so
// the page authorizes as it does in their browser), print media, the page's own @page size and
// margin boxes (page numbers). One page at a time on a 2-core server: a request waits its turn
// behind at most MAX_WAITING others, else it is told to try again.

const MAX_WAITING = 4;
const TIMEOUT_MS = 45_000;

export class PdfBusyError extends Error {}
export class PdfNotPrintableError extends Error {}
export class PdfTimeoutError extends Error {}

let queue: Promise<unknown> = Promise.resolve();
let waiting = 0;
let browser: Browser | null = null;
let idleTimer: NodeJS.Timeout | null = null;

async function getBrowser(): Promise<Browser> {
  if (browser?.isConnected()) return browser;
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions"],
  });
  return browser;
}

/** Closes the browser after a minute without work, so an idle server holds no Chromium. */
function closeWhenIdle() {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (waiting === 0 && browser) void browser.close().catch(() => {});
    browser = null;
  }, 60_000);
  idleTimer.unref();
}

/** Runs `job` when the ones before it are done; refuses at once when too many already wait. */
function inTurn<T>(job: () => Promise<T>): Promise<T> {
  if (waiting >= MAX_WAITING) return Promise.reject(new PdfBusyError());
  waiting++;
  const run = queue.then(job, job);
  queue = run.catch(() => {}).finally(() => waiting--);
  return run;
}

export type PdfRequest = {
  /** e.g. http://127.0.0.1:3000 — this server */
  origin: string;
  path: string;
  cookieHeader: string;
  forwardedProto?: string;
};

/** The PDF and the reference the page states (data-reference of the naskah). */
export function renderPdf(req: PdfRequest): Promise<{ pdf: Buffer; reference: string }> {
  return inTurn(async () => {
    const b = await getBrowser();
    const context = await b.newContext({
      extraHTTPHeaders: {
        cookie: req.cookieHeader,
        ...(req.forwardedProto ? { "x-forwarded-proto": req.forwardedProto } : {}),
      },
      javaScriptEnabled: true,
    });
    const work = async () => {
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT_MS);
      // only this server: the cookies never go anywhere else
      await page.route("**/*", (route) =>
        new URL(route.request().url()).origin === req.origin ? route.continue() : route.abort(),
      );
      const response = await page.goto(req.origin + req.path, { waitUntil: "networkidle" });
      const naskah = page.locator("article.naskah");
      if (!response?.ok() || new URL(page.url()).pathname !== req.path.split("?")[0] || (await naskah.count()) !== 1)
        throw new PdfNotPrintableError();
      const reference = (await naskah.getAttribute("data-reference")) ?? "naskah";
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      return { pdf, reference };
    };
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        work(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new PdfTimeoutError()), TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      // also ends a page still loading after the time ran out
      await context.close().catch(() => {});
      closeWhenIdle();
    }
  });
}
