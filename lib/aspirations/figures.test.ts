import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getPublicAttention } from "@/lib/followers/queries";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";
import { aspirationFigures } from "./queries";

let coordinator: Actor;
let official: Actor;
let malaka: Actor;
let pangandaran: string;

beforeAll(async () => {
  [coordinator, official, malaka] = await Promise.all([
    actorFor(DEMO.coordinator),
    actorFor(DEMO.official),
    actorFor(DEMO.malakaCoordinator),
  ]);
  pangandaran = await regencyId("pangandaran");
});

describe("the public's aspirations beside its attention", () => {
  it("counts received and answered aspirations (not rejected ones) for the regency and per issue", async () => {
    const f = (await aspirationFigures(coordinator, pangandaran))!;
    const rows = await db.aspiration.findMany({
      where: { regencyId: pangandaran, status: { not: "rejected" } },
      select: { issueId: true, answeredAt: true },
    });
    expect(f.regency.received).toBe(rows.length);
    expect(f.regency.answered).toBe(rows.filter((r) => r.answeredAt).length);
    expect(f.regency.answered).toBeGreaterThan(0);
    expect(f.regency.medianDays).not.toBeNull();
    for (const [issueId, x] of f.byIssue) expect(x.received).toBe(rows.filter((r) => r.issueId === issueId).length);
    // the dashboard's panel carries them
    const panel = (await getPublicAttention(coordinator, pangandaran))!;
    expect(panel.regency.aspirations?.received).toBe(rows.length);
  });

  it("is the whole-regency view's only", async () => {
    expect(await aspirationFigures(official, pangandaran)).toBeNull();
    expect(await aspirationFigures(malaka, pangandaran)).toBeNull();
  });
});
