import { describe, expect, it } from "vitest";
import { keysetCursor } from "./keyset";

const ID = "00000000-0000-4000-8000-000000000000";

describe("a list's cursor from the URL", () => {
  it("is the last row's time and id", () => {
    expect(keysetCursor(`2026-12-05T01:30:00.000Z|${ID}`, "|")).toEqual({
      at: new Date("2026-12-05T01:30:00.000Z"),
      id: ID,
    });
    expect(keysetCursor(`2026-12-05_${ID}`, "_")).toEqual({ at: new Date("2026-12-05T00:00:00.000Z"), id: ID });
  });

  // the hostile-query sweep's finds: each of these answered 500 on a list page
  it("is none when the time is no instant in 1900–2200 or the id no UUID", () => {
    for (const after of [
      `0000-01-01T00:00:00.000Z|${ID}`,
      `2026-12-05T01:30:00.000Z|bukan-uuid`,
      `1e300|${ID}`,
      `|${ID}`,
      "2026-12-05T01:30:00.000Z",
      undefined,
      "",
    ])
      expect(keysetCursor(after, "|"), String(after)).toBeNull();
    expect(keysetCursor(`0000-01-01_${ID}`, "_")).toBeNull();
  });
});
