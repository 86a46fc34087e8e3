import "server-only";

/** A body bigger than the public form allows: refused without reading the rest. */
export class PostTooLargeError extends Error {}

/** Reads a request body as bytes, counting as they arrive; past `max` stops and throws. */
export async function readBytesLimited(request: Request, max: number): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > max) throw new PostTooLargeError();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw new PostTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
