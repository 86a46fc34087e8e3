import { describe, expect, it } from "vitest";
import { BUDGETS, budgetsFor, interactiveAt, KB, type Visit } from "./weight";

const visit = (over: Partial<Visit> = {}): Visit => ({
  path: "/x",
  status: 200,
  bytes: { document: 10 * KB, script: 0, css: 5 * KB, image: 0, font: 0, other: 0 },
  total: 15 * KB,
  requests: 3,
  fromCache: 0,
  photoBytes: 0,
  lcpMs: 1500,
  loadMs: 3000,
  interactiveMs: 3000,
  ...over,
});

describe("time to interactive (load, then 500 ms without a long task)", () => {
  it("is the load event when no long task follows it", () => {
    expect(interactiveAt(2000, [])).toBe(2000);
    expect(interactiveAt(2000, [{ start: 500, end: 900 }])).toBe(2000);
    expect(interactiveAt(2000, [{ start: 2600, end: 2700 }])).toBe(2000);
  });

  it("moves to the end of long tasks that come less than 500 ms apart", () => {
    const tasks = [
      { start: 3000, end: 3100 },
      { start: 1900, end: 2100 },
      { start: 2300, end: 2600 },
      { start: 3700, end: 3800 },
    ];
    expect(interactiveAt(2000, tasks)).toBe(3100);
  });
});

describe("the budgets of issue 17", () => {
  it("a piece page counts everything but its photo", () => {
    const [b] = budgetsFor("piece", visit({ total: 30 * KB, photoBytes: 200 * KB }), null, false);
    expect(b.met).toBe(true);
    expect(budgetsFor("piece", visit({ total: 30 * KB + 1 }), null, false)[0].met).toBe(false);
  });

  it("portal pages: JavaScript first and again; times only when asked", () => {
    const cold = visit({ bytes: { ...visit().bytes, script: BUDGETS.portalJsCold + 1 } });
    const warm = visit({ bytes: { ...visit().bytes, script: 2 * KB } });
    expect(budgetsFor("portal", cold, warm, false).map((b) => [b.label, b.met])).toEqual([
      ["JS, first visit", false],
      ["JS, repeat visit", true],
    ]);
    const slow = budgetsFor("portal", visit({ interactiveMs: 3600, lcpMs: 2000 }), warm, true);
    expect(slow.filter((b) => b.unit === "ms").map((b) => b.met)).toEqual([false, false]);
    expect(budgetsFor("portal", visit({ lcpMs: null }), warm, true).at(-1)!.met).toBe(false);
  });
});
