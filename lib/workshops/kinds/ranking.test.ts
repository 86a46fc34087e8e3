import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { bordaRanking } from "./borda";
import { ranking, ranksToOrder } from "./ranking";

describe("ranking activity", () => {
  it("aggregates by Borda count with mean rank and spread (hand-computed)", () => {
    // options A=0, B=1, C=2; four voters, best first. Points per rank: 2, 1, 0.
    // A: 2+2+1+0 = 5, ranks 1,1,2,3 → mean 1.75, sd √(2.75/4) = 0.83
    // B: 1+0+2+1 = 4, ranks 2,3,1,2 → mean 2.00, sd √(2/4) = 0.71
    // C: 0+1+0+2 = 3, ranks 3,2,3,1 → mean 2.25, sd √(2.75/4) = 0.83
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [2, 1, 0],
    ];
    expect(bordaRanking(orders, 3)).toEqual([
      { option: 0, points: 5, meanRank: 1.75, spread: 0.83 },
      { option: 1, points: 4, meanRank: 2, spread: 0.71 },
      { option: 2, points: 3, meanRank: 2.25, spread: 0.83 },
    ]);
  });

  it("everyone agreeing has no spread; ties keep the options' order; malformed orders do not count", () => {
    expect(bordaRanking([[1, 0], [1, 0], [1, 1], [0]], 2)).toEqual([
      { option: 1, points: 2, meanRank: 1, spread: 0 },
      { option: 0, points: 0, meanRank: 2, spread: 0 },
    ]);
    expect(
      bordaRanking(
        [
          [0, 1],
          [1, 0],
        ],
        2,
      ).map((r) => r.option),
    ).toEqual([0, 1]);
    expect(bordaRanking([], 3).map((r) => r.points)).toEqual([0, 0, 0]);
  });

  it("turns a rank per option into an order, refusing a rank used twice or a missing one with a clear message", () => {
    expect(ranksToOrder([2, 3, 1], 3)).toEqual([2, 0, 1]);
    const refusal = (ranks: number[]) => {
      try {
        ranksToOrder(ranks, 3);
      } catch (e) {
        return e instanceof AppError ? e.userMessage : String(e);
      }
      return null;
    };
    expect(refusal([1, 1, 2])).toBe("workshops.join.rankDuplicate");
    expect(refusal([1, 0, 2])).toBe("workshops.join.rankIncomplete");
    expect(refusal([1, 2])).toBe("workshops.join.rankIncomplete");
    expect(refusal([1, 2, 4])).toBe("workshops.join.rankIncomplete");
  });

  it("writes each participant's order in the CSV as numbered options", () => {
    const a = { id: "x", options: ["Aset", "Batas", "ASN"], scaleMin: 1, scaleMax: 5 };
    expect(ranking.describe(a, { choices: [2, 0, 1], scale: null, text: "" })).toBe("1. ASN; 2. Aset; 3. Batas");
  });
});
