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

/** A path no route matches: Next renders app/not-found.tsx inside the root layout for it. */
export const NOT_FOUND_PATH = "/_mekar/not-found";

/** The marker of Next's empty error shell (its <html> element's id). */
const ERROR_SHELL = 'id="__next_error__"';

/** The headers that belong to the page's body: its nonce'd CSP, its type, its preloads. */
const BODY_HEADERS = ["content-type", "content-security-policy", "link"] as const;

export type FetchedPage = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

type Chunk = string | Buffer | Uint8Array;
type Callback = (error?: Error | null) => void;

/** Whether the answer to this request may be swapped (a page load, not the replacement itself). */
function isPageLoad(req: http.IncomingMessage): boolean {
  if (req.method !== "GET") return false;
  const url = req.url ?? "/";
  if (url === NOT_FOUND_PATH || url.startsWith(`${NOT_FOUND_PATH}?`)) return false;
  const h = req.headers;
  if (h.rsc !== undefined || h["next-router-prefetch"] !== undefined || h["next-action"] !== undefined) return false;
  return !/[?&]_rsc=/.test(url);
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
  const original = { writeHead: res.writeHead, flushHeaders: res.flushHeaders, write: res.write, end: res.end };
  let mode: "undecided" | "collect" | "pass" = "undecided";
  const chunks: Buffer[] = [];
  const decide = () => {
    if (mode === "undecided")
      mode =
        res.statusCode === 404 && /^text\/html/i.test(String(res.getHeader("content-type") ?? "")) ? "collect" : "pass";
    return mode;
  };
  const toBuffer = (chunk: Chunk, enc?: BufferEncoding) =>
    typeof chunk === "string" ? Buffer.from(chunk, enc ?? "utf8") : Buffer.from(chunk);

  // headers given to writeHead are set one by one, so the answer can still change before it goes
  res.writeHead = function (status: number, ...rest: unknown[]) {
    res.statusCode = status;
    const headers = rest.find((r) => typeof r === "object" && r !== null) as
      http.OutgoingHttpHeaders | (string | string[])[] | undefined;
    if (Array.isArray(headers)) {
      const flat = headers.flat();
      for (let i = 0; i + 1 < flat.length; i += 2) res.setHeader(flat[i], flat[i + 1]);
    } else if (headers) for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
    const reason = rest.find((r) => typeof r === "string");
    if (typeof reason === "string") res.statusMessage = reason;
    return decide() === "pass" ? original.writeHead.call(res, res.statusCode) : res;
  } as typeof res.writeHead;
  res.flushHeaders = function () {
    if (decide() === "pass") original.flushHeaders.call(res);
  };
  res.write = function (chunk: Chunk, encOrCb?: BufferEncoding | Callback, cb?: Callback) {
    if (decide() !== "collect") return (original.write as (...a: unknown[]) => boolean).call(res, chunk, encOrCb, cb);
    if (chunk != null) chunks.push(toBuffer(chunk, typeof encOrCb === "string" ? encOrCb : undefined));
    const done = typeof encOrCb === "function" ? encOrCb : cb;
    if (done) process.nextTick(done);
    return true;
  } as typeof res.write;
  res.end = function (chunkOrCb?: Chunk | Callback, encOrCb?: BufferEncoding | Callback, cb?: Callback) {
    if (decide() !== "collect")
      return (original.end as (...a: unknown[]) => http.ServerResponse).call(res, chunkOrCb, encOrCb, cb);
    const done = [chunkOrCb, encOrCb, cb].find((a) => typeof a === "function") as Callback | undefined;
    if (chunkOrCb != null && typeof chunkOrCb !== "function")
      chunks.push(toBuffer(chunkOrCb, typeof encOrCb === "string" ? encOrCb : undefined));
    const raw = Buffer.concat(chunks);
    const send = (body: Buffer) => {
      mode = "pass";
      res.removeHeader("content-length");
      (original.end as (...a: unknown[]) => http.ServerResponse).call(res, body, done);
    };
    if (!raw.includes(ERROR_SHELL)) {
      send(raw);
      return res;
    }
    fetchNotFound(req).then(
      (page) => {
        if (page.status !== 404 || page.body.includes(ERROR_SHELL)) return send(raw);
        for (const name of BODY_HEADERS) {
          const value = page.headers[name];
          if (value === undefined) res.removeHeader(name);
          else res.setHeader(name, value);
        }
        res.removeHeader("etag");
        send(page.body);
      },
      (e) => {
        log(`not-found page: ${(e as Error).message}; the empty one was sent`);
        send(raw);
      },
    );
    return res;
  } as typeof res.end;
}
