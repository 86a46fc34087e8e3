/** Server-Sent Events framing and a stream Response that cleans up when the client leaves. */

export type SseEvent = { id?: string | number | bigint; event?: string; data: unknown };

export function formatSse(e: SseEvent): string {
  let out = "";
  if (e.id !== undefined) out += `id: ${String(e.id)}\n`;
  if (e.event) out += `event: ${e.event.replace(/[\r\n]/g, "")}\n`;
  // JSON.stringify never emits a raw newline, so the data is one line
  out += `data: ${JSON.stringify(e.data)}\n\n`;
  return out;
}

export type SseSink = {
  send: (e: SseEvent) => void;
  sendFrame: (frame: Uint8Array) => void;
  comment: (text: string) => void;
  close: () => void;
  closed: () => boolean;
};

const frameEncoder = new TextEncoder();
/** Encodes an event once, for fan-out to many streams. */
export function encodeSse(e: SseEvent): Uint8Array {
  return frameEncoder.encode(formatSse(e));
}

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
  Connection: "keep-alive",
} as const;

/**
 * A text/event-stream Response. `start` gets a sink and returns a cleanup; the stream sends
 * `retry:` first, a heartbeat comment every `heartbeatMs`, and ends on request abort.
 */
export function sseResponse(
  signal: AbortSignal,
  start: (sink: SseSink) => (() => void) | Promise<() => void>,
  opts: { retryMs?: number; heartbeatMs?: number } = {},
): Response {
  const encoder = new TextEncoder();
  let cleanup: (() => void) | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let done = false;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (text: string) => {
        if (done) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          finish();
        }
      };
      const finish = () => {
        if (done) return;
        done = true;
        if (heartbeat) clearInterval(heartbeat);
        signal.removeEventListener("abort", finish);
        cleanup?.();
        try {
          controller.close();
        } catch {
          /* already closed */
        }
      };
      const writeBytes = (bytes: Uint8Array) => {
        if (done) return;
        try {
          controller.enqueue(bytes);
        } catch {
          finish();
        }
      };
      const sink: SseSink = {
        send: (e) => write(formatSse(e)),
        sendFrame: writeBytes,
        comment: (t) => write(`: ${t.replace(/[\r\n]/g, " ")}\n\n`),
        close: finish,
        closed: () => done,
      };
      if (signal.aborted) return finish();
      signal.addEventListener("abort", finish);
      write(`retry: ${opts.retryMs ?? 3000}\n\n`);
      heartbeat = setInterval(() => write(": hb\n\n"), opts.heartbeatMs ?? 25_000);
      try {
        const c = await start(sink);
        if (done) c();
        else cleanup = c;
      } catch (e) {
        console.error("[live] stream start failed", e);
        finish();
      }
    },
    cancel() {
      done = true;
      if (heartbeat) clearInterval(heartbeat);
      cleanup?.();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}

/** The Last-Event-ID header (or `lastEventId` query for clients that cannot set headers). */
export function lastEventIdFrom(request: Request): bigint | null {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  return raw && /^\d{1,18}$/.test(raw) ? BigInt(raw) : null;
}
