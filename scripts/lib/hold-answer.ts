// Holding back an answer Next writes, to send another body in its place: the lean public pages
// (scripts/lib/lean-html.ts) and the not-found page (scripts/lib/not-found-page.ts). Both wrap
// the same four methods of the response the same way, so that is written once, here.
import type http from "node:http";

type Chunk = string | Buffer | Uint8Array;
type Callback = (error?: Error | null) => void;

/**
 * Makes `res` collect what is written when `hold()` says so at the first byte (status and headers
 * are known then), and send `finish(body)` instead once Next ends; a failing `finish` sends what
 * was written. Headers given to writeHead are set one by one, so `finish` may still change them.
 * Anything not held streams through as written. Wrappers installed later see the answer first.
 */
export function holdAnswer(
  res: http.ServerResponse,
  hold: () => boolean,
  finish: (body: Buffer) => Promise<Buffer>,
  onError: (e: unknown) => void,
) {
  const original = { writeHead: res.writeHead, flushHeaders: res.flushHeaders, write: res.write, end: res.end };
  // undecided until the first byte; "send": the held answer's replacement goes
  let mode: "undecided" | "collect" | "pass" | "send" = "undecided";
  const chunks: Buffer[] = [];
  const decide = () => {
    if (mode === "undecided") mode = hold() ? "collect" : "pass";
    return mode;
  };
  const toBuffer = (chunk: Chunk, enc?: BufferEncoding) =>
    typeof chunk === "string" ? Buffer.from(chunk, enc ?? "utf8") : Buffer.from(chunk);

  // Node itself calls writeHead when the first byte is written, and then it really sends
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
    return mode === "pass" || mode === "send" ? original.writeHead.call(res, res.statusCode) : res;
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
      mode = "send";
      (original.end as (...a: unknown[]) => http.ServerResponse).call(res, body, done);
    };
    finish(raw).then(send, (e) => {
      onError(e);
      send(raw);
    });
    return res;
  } as typeof res.end;
}
