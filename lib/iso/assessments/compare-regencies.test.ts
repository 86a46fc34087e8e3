import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor, DEMO, regencyId } from "@/tests/helpers/actors";
import { compareRegencies, listVerifiedPeriods } from "./compare-regencies";
import { ISO_INDICATORS } from "./indicators";

const PERIOD = "2199-S1"; // a period no other test or seed uses

/** A verified assessment as the workflow leaves it (the workflow itself is tested in assessments.test.ts). */
async function verified(slug: string, red: string, status: "verified" | "submitted" = "verified") {
  const regency = await regencyId(slug);
  const admin = await actorFor(DEMO.admin);
  return db.isoAssessment.create({
    data: {
      regencyId: regency,
      period: status === "verified" ? PERIOD : "2199-S2",
      status,
      assessorId: admin.id,
      verifiedAt: status === "verified" ? new Date() : null,
      ratings: {
        create: ISO_INDICATORS.map((i) => ({
          indicatorCode: i.code,
          rating: i.code === red ? "red" : i.quadrant === 4 ? "not_measurable" : "green",
        })),
      },
    },
    select: { id: true },
  });
}

describe("ISO 18091 comparison between regencies", () => {
  it("shows each readable regency's verified assessment for the period; a coordinator sees only their own", async () => {
    const pangandaran = await verified("pangandaran", "1.2");
    const malaka = await verified("malaka", "2.3");
    await verified("malaka", "3.1", "submitted"); // not verified: never compared

    const admin = await compareRegencies(await actorFor(DEMO.admin), PERIOD);
    expect(admin.regencies.map((r) => r.assessmentId).sort()).toEqual([pangandaran.id, malaka.id].sort());
    const col = (slugId: string) => admin.regencies.findIndex((r) => r.assessmentId === slugId);
    expect(admin.rows.find((r) => r.code === "1.2")!.ratings[col(pangandaran.id)]).toBe("red");
    expect(admin.rows.find((r) => r.code === "1.2")!.ratings[col(malaka.id)]).toBe("green");
    expect(admin.rows.find((r) => r.code === "2.3")!.ratings[col(malaka.id)]).toBe("red");
    expect(admin.regencies[col(malaka.id)].counts).toMatchObject({ red: 1, unrated: 0 });

    const malakaView = await compareRegencies(await actorFor(DEMO.malakaCoordinator), PERIOD);
    expect(malakaView.regencies.map((r) => r.assessmentId)).toEqual([malaka.id]);
    expect(malakaView.rows.every((r) => r.ratings.length === 1)).toBe(true);
    expect(await listVerifiedPeriods(await actorFor(DEMO.malakaCoordinator))).toContain(PERIOD);
    expect(await listVerifiedPeriods(await actorFor(DEMO.malakaCoordinator))).not.toContain("2199-S2");

    const pangandaranView = await compareRegencies(await actorFor(DEMO.coordinator), PERIOD);
    expect(pangandaranView.regencies.map((r) => r.assessmentId)).toEqual([pangandaran.id]);
  });
});
