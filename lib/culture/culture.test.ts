import { describe, expect, it } from "vitest";
import { CULTURE_TYPES, POINTS_PER_SET } from "./instrument";
import { MIN_GROUP_SIZE, profileOf, respondentScores } from "./profile";
import { cultureAnswerSchema, splitProblems } from "./split";

/** 24 points from six dimension splits (clan, adhocracy, market, hierarchy). */
const set = (...dims: [number, number, number, number][]) => dims.flat();
const even = set(...Array.from({ length: 6 }, () => [25, 25, 25, 25] as [number, number, number, number]));

describe("the ipsative split", () => {
  it("accepts 100 points per dimension and says by how much each other dimension is off", () => {
    expect(splitProblems("now", even)).toEqual([]);
    const off = [...even];
    off[0] = 20; // dominant: 95
    off[5] = 40; // leadership: 115
    expect(splitProblems("now", off)).toEqual([
      { set: "now", dimension: 0, sum: 95, difference: 5 },
      { set: "now", dimension: 1, sum: 115, difference: -15 },
    ]);
  });

  it("the schema refuses a split off 100 with the points missing, and accepts form strings", () => {
    const bad = even.map(String);
    bad[4] = "10"; // leadership: 85
    const r = cultureAnswerSchema.safeParse({ now: bad, preferred: even });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0];
    expect(issue.path).toEqual(["now", 1]);
    expect(issue.message).toBe("culture.split.missing");
    expect((issue as { params?: unknown }).params).toEqual({ points: 15, sum: 85 });
    expect(cultureAnswerSchema.parse({ now: even.map(String), preferred: even }).now).toEqual(even);
  });

  it("refuses negative, fractional and incomplete answers", () => {
    expect(cultureAnswerSchema.safeParse({ now: even.slice(1), preferred: even }).success).toBe(false);
    const neg = [...even];
    neg[0] = -5;
    neg[1] = 55;
    expect(cultureAnswerSchema.safeParse({ now: neg, preferred: even }).success).toBe(false);
    expect(even).toHaveLength(POINTS_PER_SET);
  });
});

describe("the culture profile", () => {
  // Hand-computed: respondent A gives clan 40 in every dimension (mean 40) and hierarchy 30; B
  // gives clan 10 in three dimensions and 40 in three (mean 25). Group clan "now" = (40 + 25) / 2 = 32.5.
  const a = set(...Array.from({ length: 6 }, () => [40, 20, 10, 30] as [number, number, number, number]));
  const b = set(
    [10, 30, 30, 30],
    [10, 30, 30, 30],
    [10, 30, 30, 30],
    [40, 20, 20, 20],
    [40, 20, 20, 20],
    [40, 20, 20, 20],
  );

  it("scores a respondent by the mean of a type over the six dimensions", () => {
    expect(respondentScores(a)).toEqual([40, 20, 10, 30]);
    expect(respondentScores(b)).toEqual([25, 25, 25, 25]);
  });

  it("averages respondents; scores add up to 100; the gap is preferred − now", () => {
    const group = [a, b, a, b, a].map((now) => ({ now, preferred: even }));
    const p = profileOf(group)!;
    // clan now = (3 × 40 + 2 × 25) / 5 = 34; hierarchy now = (3 × 30 + 2 × 25) / 5 = 28
    expect(p.now).toEqual({ clan: 34, adhocracy: 22, market: 16, hierarchy: 28 });
    expect(p.preferred).toEqual({ clan: 25, adhocracy: 25, market: 25, hierarchy: 25 });
    expect(p.gap).toEqual({ clan: -9, adhocracy: 3, market: 9, hierarchy: -3 });
    expect(CULTURE_TYPES.reduce((s, t) => s + p.now[t], 0)).toBe(100);
  });

  it("never profiles a group below the anonymity threshold", () => {
    const four = Array.from({ length: MIN_GROUP_SIZE - 1 }, () => ({ now: a, preferred: b }));
    expect(profileOf(four)).toBeNull();
    expect(profileOf([...four, { now: a, preferred: b }])).not.toBeNull();
  });
});
