// Request bodies are counted as they arrive, whatever the client declares: a chunked body has
// no Content-Length to check up front. Past the cap the request is answered 413 at once and
// the rest is dropped, never kept. The connection is closed when the body ends or after
// DRAIN_BYTES more: closing a socket with unread data makes the kernel send a reset, which
// can cost the client the 413 it was about to read (a browser would show "connection reset").
import type http from "node:http";
import { MAX_CITIZEN_POST_BYTES, MAX_FILE_BYTES } from "../../lib/files/limits";

/** Sign-in, the participant join form and its API: a few fields, posted without an account. */
export const SMALL_BODY_BYTES = 64 * 1024;
/** Any other request: forms without files, route handlers. */
export const NORMAL_BODY_BYTES = 1024 * 1024;
/** A signed-in multipart post to a page that takes a file: one file plus the form's fields. */
export const UPLOAD_BODY_BYTES = MAX_FILE_BYTES + 1024 * 1024;
/** What is still read (and dropped) after the 413 before the connection is cut. */
export const DRAIN_BYTES = 2 * 1024 * 1024;

const SMALL_PATHS = [/^\/api\/auth(\/|$)/, /^\/join(\/|$)/, /^\/api\/workshops\/join(\/|$)/];
/** The pages with a file field: a publication's image, ISO evidence, the regency and spreadsheet imports. */
export const UPLOAD_PATHS = [
  /^\/publications\/[^/]+$/,
  /^\/iso\/(assessments|audits|nonconformities)\/[^/]+$/,
  /^\/regencies\/import$/,
  /^\/import\/[a-z]+$/,
  // a form's file sent with upload progress (lib/uploads/route.ts)
  /^\/api\/uploads\/[a-z-]+$/,
];
/** The public aspiration form (no account): a citizen's photo and a few fields (lib/aspirations). */
export const CITIZEN_POST_PATHS = [/^\/r\/[a-z0-9-]{1,80}\/aspirasi\/kirim$/];
export const CITIZEN_POST_BYTES = MAX_CITIZEN_POST_BYTES + 64 * 1024;
/** next-auth's session cookie (plain, or with the __Secure- prefix behind HTTPS). */
const SESSION_COOKIE = /(^|;\s*)(__Secure-)?authjs\.session-token(\.\d+)?=/;

export function bodyCap(req: Pick<http.IncomingMessage, "method" | "url" | "headers">): number {
  const pathname = (req.url ?? "/").split("?")[0];
  if (SMALL_PATHS.some((p) => p.test(pathname))) return SMALL_BODY_BYTES;
  // the front server cannot check the session; the cookie's presence at least keeps anonymous
  // posts (public pages, crawlers) at the normal cap, and Next checks the session before it acts
  const multipart = /^multipart\/form-data/i.test(String(req.headers["content-type"] ?? ""));
  const signedIn = SESSION_COOKIE.test(String(req.headers.cookie ?? ""));
  if (req.method === "POST" && multipart && signedIn && UPLOAD_PATHS.some((p) => p.test(pathname)))
    return UPLOAD_BODY_BYTES;
  if (req.method === "POST" && multipart && CITIZEN_POST_PATHS.some((p) => p.test(pathname))) return CITIZEN_POST_BYTES;
  return NORMAL_BODY_BYTES;
}

/**
 * Calls onExceeded once the body passes `cap` (at once when Content-Length says so); from then
 * on further chunks are dropped instead of buffered. Node's HTTP parser hands every body chunk
 * to `req.push`, so counting there sees bytes as they arrive, before anyone reads them.
 */
export function limitBody(req: http.IncomingMessage, cap: number, onExceeded: () => void): void {
  const socket = req.socket;
  const declared = Number(req.headers["content-length"] ?? 0);
  let received = 0;
  let dropped = -1; // counts once the cap is passed
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (dropped >= 0) {
      if (chunk === null || chunk === undefined)
        socket.end(); // the body ended: close after the 413
      else if ((dropped += (chunk as Buffer).length) > DRAIN_BYTES) socket.destroy();
      return true;
    }
    if (chunk !== null && chunk !== undefined && (received += (chunk as Buffer).length) > cap) {
      dropped = 0;
      onExceeded();
      return true;
    }
    return push(chunk, encoding);
  };
  if (declared > cap) {
    dropped = 0;
    onExceeded();
    req.resume(); // nobody else reads it: let the chunks flow through the counter above
  }
}
