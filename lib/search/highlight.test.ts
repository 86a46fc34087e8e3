import { describe, expect, it } from "vitest";
import { hasHighlight, MARK_END, MARK_START, splitHighlight } from "./highlight";

const m = (s: string) => `${MARK_START}${s}${MARK_END}`;

describe("splitHighlight", () => {
  it("splits marked text into plain and matched segments", () => {
    expect(splitHighlight(`Usulan ${m("pembangunan")} gedung ${m("DPRD")}`)).toEqual([
      { text: "Usulan ", match: false },
      { text: "pembangunan", match: true },
      { text: " gedung ", match: false },
      { text: "DPRD", match: true },
    ]);
  });

  it("keeps markup as text and drops stray markers", () => {
    expect(splitHighlight(`<b>${m("x")}</b>${MARK_END}`)).toEqual([
      { text: "<b>", match: false },
      { text: "x", match: true },
      { text: "</b>", match: false },
    ]);
    expect(splitHighlight(`a${MARK_START}b`)).toEqual([
      { text: "a", match: false },
      { text: "b", match: false },
    ]);
  });

  it("tells a snippet with a match from one without", () => {
    expect(hasHighlight(`a ${m("b")}`)).toBe(true);
    expect(hasHighlight("a b")).toBe(false);
    expect(hasHighlight(null)).toBe(false);
  });
});
