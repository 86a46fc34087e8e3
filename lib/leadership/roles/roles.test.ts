import { describe, expect, it } from "vitest";
import { assessLeaderSchema } from "./schemas";
import { fitScore, quadrantScores, roleQuadrant, teamCoverage, uncoveredRoles } from "./roles";

describe("the fit of a leadership configuration, against a hand-computed example", () => {
  // two members; scores in role order mentor, facilitator, innovator, broker, producer, director, coordinator, monitor
  const a = [5, 4, 2, 2, 3, 3, 4, 4]; // quadrants: clan 4.5, adhocracy 2, market 3, hierarchy 4
  const b = [3, 3, 4, 2, 2, 2, 5, 3]; // quadrants: clan 3, adhocracy 3, market 2, hierarchy 4
  const preferred = { clan: 33, adhocracy: 25, market: 21, hierarchy: 21 };

  it("scores a quadrant as the mean of its two roles", () => {
    expect(quadrantScores(a)).toEqual({ clan: 4.5, adhocracy: 2, market: 3, hierarchy: 4 });
    expect(roleQuadrant("broker")).toBe("adhocracy");
    expect(roleQuadrant("monitor")).toBe("hierarchy");
  });

  it("covers each quadrant with the team's mean, as shares of 100", () => {
    const c = teamCoverage([a, b])!;
    // levels 3.75, 2.5, 2.5, 4 (sum 12.75)
    expect(c.level).toEqual({ clan: 3.75, adhocracy: 2.5, market: 2.5, hierarchy: 4 });
    expect(c.share.clan).toBeCloseTo(29.4118, 3); // 3.75 / 12.75
    expect(c.share.adhocracy).toBeCloseTo(19.6078, 3);
    expect(c.share.hierarchy).toBeCloseTo(31.3725, 3);
    // |33 − 29.41| + |25 − 19.61| + |21 − 19.61| + |31.37 − 21| = 20.745; fit = 100 − 10.37 = 89.6
    expect(fitScore(c.share, preferred)).toBe(89.6);
    expect(fitScore(preferred, preferred)).toBe(100);
    expect(teamCoverage([])).toBeNull();
  });

  it("names the roles no member plays at 3.5 or more", () => {
    expect(uncoveredRoles([a, b])).toEqual(["broker", "producer", "director"]);
    expect(uncoveredRoles([a, b], 5)).toEqual([
      "facilitator",
      "innovator",
      "broker",
      "producer",
      "director",
      "monitor",
    ]);
  });
});

describe("the assessment form's input", () => {
  const base = {
    idempotencyKey: "3f0b8f7e-3c1e-4c55-9a55-0a3b6f8c1d2e",
    termId: "8f7e3f0b-3c1e-4c55-9a55-0a3b6f8c1d2e",
    period: "2026",
    kind: "colleague",
    score_mentor: "1",
    score_facilitator: "2",
    score_innovator: "3",
    score_broker: "4",
    score_producer: "5",
    score_director: "1",
    score_coordinator: "2",
    score_monitor: "3",
  };
  it("reads eight scores in role order", () => {
    expect(assessLeaderSchema.parse(base).scores).toEqual([1, 2, 3, 4, 5, 1, 2, 3]);
  });
  it("refuses a missing or out-of-range score", () => {
    expect(assessLeaderSchema.safeParse({ ...base, score_broker: "6" }).success).toBe(false);
    const { score_monitor: _, ...missing } = base;
    const r = assessLeaderSchema.safeParse(missing);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(["score_monitor"]);
  });
});
