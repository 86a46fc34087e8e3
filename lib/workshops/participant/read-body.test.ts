import { describe, expect, it } from "vitest";
import { escapeHtml, html, trusted } from "./html";
import { BodyTooLargeError, readBodyLimited } from "./read-body";

/** A chunked body (no Content-Length) of `chunks` pieces of 1 KB; counts how many were pulled. */
function chunkedRequest(chunks: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(1024).fill(97));
    },
  });
  const request = new Request("http://localhost/api/workshops/join/ABCDEF/submit", {
    method: "POST",
    body,
    duplex: "half",
  } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("readBodyLimited", () => {
  it("reads a small body", async () => {
    const request = new Request("http://localhost/x", { method: "POST", body: "activityId=1&choices=0&choices=2" });
    expect(await readBodyLimited(request, 8192)).toBe("activityId=1&choices=0&choices=2");
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    const { request, pulled } = chunkedRequest(40 * 1024); // 40 MB if read to the end
    await expect(readBodyLimited(request, 8192)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled()).toBeLessThan(20);
  });

  it("refuses a declared length over the limit without reading", async () => {
    const { request, pulled } = chunkedRequest(100);
    const declared = new Request(request, { headers: { "content-length": String(100 * 1024) } });
    await expect(readBodyLimited(declared, 8192)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled()).toBeLessThan(5); // the stream may buffer ahead a little; nothing is read
  });
});

describe("html", () => {
  it("escapes every interpolated value unless it is itself markup", () => {
    const evil = `"><script>alert(1)</script>`;
    const item = (x: string) => html`<li title="${x}">${x}</li>`;
    const out = html`<ul data-x="${evil}">${[evil, "b"].map(item)}${trusted("<hr>")}${null}${false}${3}</ul>`.value;
    expect(out).not.toContain("<script>");
    expect(out).toBe(
      `<ul data-x="${escapeHtml(evil)}"><li title="${escapeHtml(evil)}">${escapeHtml(evil)}</li><li title="b">b</li><hr>3</ul>`,
    );
  });
});
