import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO, regencyId } from "@/tests/helpers/actors";
import { coordinatorUserIds, memberUserIdsWhoCan } from "./coordinators";

let pangandaranId: string;
const userId = async (email: string) =>
  (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;

/** Runs the check inside a transaction that is always rolled back, so the seed stays as it was. */
async function rolledBack(check: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<void>) {
  const done = new Error("rollback");
  await expect(
    db.$transaction(async (tx) => {
      await check(tx);
      throw done;
    }),
  ).rejects.toBe(done);
}

beforeAll(async () => {
  pangandaranId = await regencyId("pangandaran");
});

describe("who coordinates a regency", () => {
  it("is whoever holds the coordinator position today", async () => {
    expect(await coordinatorUserIds(db, pangandaranId)).toEqual([await userId(DEMO.coordinator)]);
  });

  it("while the coordinator post is empty, is the members whose role may triage issues (never nobody)", async () => {
    const coordinator = await userId(DEMO.coordinator);
    await rolledBack(async (tx) => {
      await tx.positionTerm.updateMany({
        where: { position: { regencyId: pangandaranId, isCoordinator: true }, endDate: null },
        data: { endDate: new Date("2020-01-01") },
      });
      const ids = await coordinatorUserIds(tx, pangandaranId);
      expect(ids).toContain(coordinator);
      expect(ids).not.toContain(await userId(DEMO.official));
      expect(ids.sort()).toEqual((await memberUserIdsWhoCan(tx, pangandaranId, "issues.triage")).sort());
    });
  });
});
