import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";
import { getCultureStory } from "./queries";

let coordinator: Actor;
let malakaCoordinator: Actor;
let pangandaran: string;
let malaka: string;

beforeAll(async () => {
  [coordinator, malakaCoordinator] = await Promise.all([actorFor(DEMO.coordinator), actorFor(DEMO.malakaCoordinator)]);
  [pangandaran, malaka] = await Promise.all([regencyId("pangandaran"), regencyId("malaka")]);
});

describe("the re-culturing story", () => {
  it("tells the regency's culture over the periods, oldest first, with every part", async () => {
    const story = (await getCultureStory(coordinator, pangandaran))!;
    // other test files may add surveys of other periods: the seeded two are there, in order
    const periods = story.profiles.map((p) => p.period);
    expect(periods).toEqual([...periods].sort((a, b) => a - b));
    const seeded = story.profiles.filter((p) => p.period === 2025 || p.period === 2026);
    expect(seeded.map((p) => p.period)).toEqual([2025, 2026]);
    for (const p of seeded) expect(p.profile).not.toBeNull();
    // the seeded whole-regency answers lean to hierarchy now and to collaboration preferred
    const latest = seeded[1].profile!;
    expect(latest.gap.clan).toBeGreaterThan(5);
    expect(latest.gap.hierarchy).toBeLessThan(-5);
    // the leadership team was assessed in both periods; the Bupati's handover is in the latest
    const assessed = story.leadership.trend.map((f) => f.period);
    expect(assessed).toEqual(expect.arrayContaining([2026, 2025]));
    expect(assessed).toEqual([...assessed].sort((a, b) => b - a));
    expect(story.leadership.latest?.fit).not.toBeNull();
    expect(story.work).not.toBeNull();
    expect(story.participation.length).toBeGreaterThan(0);
    const quarters = story.participation.map((r) => r.quarter);
    expect(quarters).toEqual([...quarters].sort());
    expect(story.iso.length).toBeGreaterThan(0);
  });

  it("is nobody's business outside the regency", async () => {
    expect(await getCultureStory(malakaCoordinator, pangandaran)).toBeNull();
    expect(await getCultureStory(coordinator, malaka)).toBeNull();
  });
});
