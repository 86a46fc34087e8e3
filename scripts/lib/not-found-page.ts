// A record that does not exist (a mistyped tracking code, an old link to an issue) is answered
// with notFound() in the page, and Next 16 then sends a 404 whose HTML is an empty error shell
// (`<html id="__next_error__">`, nothing in <body>): the not-found page lives only in the flight
// payload, so a phone without JavaScript shows a blank page, and a phone on a slow link shows one
// until the framework has loaded. (React's server rendering does not run the client error
// boundary that holds the not-found page; upstream: vercel/next.js#62228, PRs #98455 and #98583,
// not merged in 16.4.) A path that matches no route is rendered in full, with the root layout.
// So here, in the front server, such an empty 404 is swapped for the page Next renders for
// NOT_FOUND_PATH, asked of this same server with the visitor's cookies and language: the same
// not-found.tsx, in their language, with the right link back (dashboard or sign-in). Only page
// loads (GET, not RSC or server actions) and only that shell; everything else passes untouched.
import type http from "node:http";
import { holdAnswer } from "./hold-answer";
import { isDocumentLoad } from "./lean-html";

/** A path no route matches: Next renders app/not-found.tsx inside the root layout for it. */
export const NOT_FOUND_PATH = "/_mekar/not-found";

/** The marker of Next's empty error shell (its <html> element's id). */
const ERROR_SHELL = 'id="__next_error__"';

/** The headers that belong to the page's body: its nonce'd CSP, its type, its preloads. */
const BODY_HEADERS = ["content-type", "content-security-policy", "link"] as const;

export type FetchedPage = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** Whether the answer to this request may be swapped (a page load, not the replacement itself). */
function isPageLoad(req: http.IncomingMessage): boolean {
  if (req.method !== "GET") return false;
  const url = req.url ?? "/";
  if (url === NOT_FOUND_PATH || url.startsWith(`${NOT_FOUND_PATH}?`)) return false;
  return isDocumentLoad(req);
}

/**
 * Makes `res` hold back a 404 HTML answer, and send instead, when it is Next's empty error shell,
 * what `fetchNotFound` brings (NOT_FOUND_PATH from this server), keeping the 404. Install it last,
 * after the wrappers that compress or strip: they then see the page that is sent.
 */
export function swapEmptyNotFound(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  fetchNotFound: (req: http.IncomingMessage) => Promise<FetchedPage>,
  log: (m: string) => void,
) {
  if (!isPageLoad(req)) return;
  holdAnswer(
    res,
    () => res.statusCode === 404 && /^text\/html/i.test(String(res.getHeader("content-type") ?? "")),
    async (raw) => {
      res.removeHeader("content-length");
      if (!raw.includes(ERROR_SHELL)) return raw;
      const page = await fetchNotFound(req);
      if (page.status !== 404 || page.body.includes(ERROR_SHELL)) return raw;
      for (const name of BODY_HEADERS) {
        const value = page.headers[name];
        if (value === undefined) res.removeHeader(name);
        else res.setHeader(name, value);
      }
      res.removeHeader("etag");
      return page.body;
    },
    (e) => log(`not-found page: ${(e as Error).message}; the empty one was sent`),
  );
}
