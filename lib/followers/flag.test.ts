import { describe, expect, it } from "vitest";
import { interestOf, interestRises, MIN_INTEREST, risingWhileStale } from "./flag";

const week = (views: number, follows = 0, shares = 0) => ({ views, follows, shares });

describe("interest rises while updates stall", () => {
  it("weighs a follow and a share above a view", () => {
    expect(interestOf(week(10, 1, 2))).toBe(26);
  });

  it("rises at 1.5 × the mean of the previous weeks, and only past a minimum", () => {
    expect(interestRises(60, [40, 40, 40, 40])).toBe(true);
    expect(interestRises(59, [40, 40, 40, 40])).toBe(false);
    expect(interestRises(MIN_INTEREST - 1, [0, 0, 0, 0])).toBe(false); // a handful of views is no trend
    expect(interestRises(MIN_INTEREST, [])).toBe(true);
  });

  it("flags only a stale issue", () => {
    const rising = [week(200, 3, 5), week(50), week(60), week(40), week(55)];
    expect(risingWhileStale(rising, true)).toBe(true);
    expect(risingWhileStale(rising, false)).toBe(false);
    const flat = [week(55), week(50), week(60), week(40), week(55)];
    expect(risingWhileStale(flat, true)).toBe(false);
    expect(risingWhileStale([], true)).toBe(false);
  });

  it("counts new followers as interest even when views stay flat", () => {
    expect(risingWhileStale([week(50, 4), week(50), week(50), week(50), week(50)], true)).toBe(true);
  });
});
