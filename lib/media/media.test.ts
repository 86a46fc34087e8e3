import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { createCoverage, updateCoverage } from "./mutations";
import { currentNegativeRun } from "./negative-run";
import { listCoverage, sentimentOverTime } from "./queries";

let humas: Actor, coordinator: Actor, official: Actor, malaka: Actor, pangandaran: string;

beforeAll(async () => {
  [humas, coordinator, official, malaka] = await Promise.all([
    actorFor(DEMO.humas),
    actorFor(DEMO.coordinator),
    actorFor(DEMO.official),
    actorFor(DEMO.malakaCoordinator),
  ]);
  pangandaran = await regencyId("pangandaran");
});

const item = (over: Partial<Parameters<typeof createCoverage>[1]> = {}) => ({
  idempotencyKey: randomUUID(),
  regencyId: pangandaran,
  outlet: "Kabar Priangan",
  mediaType: "online" as const,
  url: "https://contoh.example/berita",
  publishedOn: new Date("2026-11-01"),
  headline: `Berita ${randomUUID().slice(0, 6)}`,
  sentiment: "netral" as const,
  reach: 1000,
  notes: "",
  issueIds: [] as string[],
  ...over,
});

async function freshIssue(): Promise<{ id: string; number: number }> {
  const max = await db.issue.aggregate({ where: { regencyId: pangandaran }, _max: { number: true } });
  return db.issue.create({
    data: {
      regencyId: pangandaran,
      number: (max._max.number ?? 0) + 1,
      title: `Isu uji media ${randomUUID().slice(0, 6)}`,
      category: "governance",
      triage: "accepted",
    },
    select: { id: true, number: true },
  });
}

describe("media coverage", () => {
  it("the run of negatives is counted from the newest item back", () => {
    const n = (id: string, s: "positif" | "netral" | "negatif") => ({ id, sentiment: s });
    expect(
      currentNegativeRun([n("a", "negatif"), n("b", "negatif"), n("c", "positif"), n("d", "negatif")]).map((x) => x.id),
    ).toEqual(["a", "b"]);
    expect(currentNegativeRun([n("a", "netral"), n("b", "negatif")])).toEqual([]);
  });

  it("humas logs coverage with one audit row; a repeated key creates one record; official and other regencies cannot", async () => {
    const input = item();
    const seq = await lastAuditSeq();
    const a = await createCoverage(humas, input);
    const b = await createCoverage(humas, input);
    expect(b.id).toBe(a.id);
    const events = await auditSince(seq);
    expect(events.map((e) => e.action)).toEqual(["media_coverage.created"]);
    expect(events[0].changes).toMatchObject({ headline: [null, input.headline], sentiment: [null, "netral"] });
    await expect(createCoverage(official, item())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createCoverage(malaka, item())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateCoverage(malaka, { ...item(), id: a.id, version: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await listCoverage(malaka, pangandaran, {})).toBeNull();
  });

  it("an update records old → new and a stale version is a CONFLICT", async () => {
    const { id } = await createCoverage(humas, item({ sentiment: "netral" }));
    const seq = await lastAuditSeq();
    await updateCoverage(humas, { ...item({ sentiment: "positif" }), id, version: 1 });
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0].changes).toMatchObject({ sentiment: ["netral", "positif"] });
    await expect(updateCoverage(humas, { ...item(), id, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("three negative items in a row flag the issue to the coordinator once per run", async () => {
    const issue = await freshIssue();
    const flags = () =>
      db.notification.count({
        where: { userId: coordinator.id, kind: "media.negative_run", link: `/publications/media?issueId=${issue.id}` },
      });
    await createCoverage(
      humas,
      item({ issueIds: [issue.id], sentiment: "negatif", publishedOn: new Date("2026-10-01") }),
    );
    await createCoverage(
      humas,
      item({ issueIds: [issue.id], sentiment: "negatif", publishedOn: new Date("2026-10-02") }),
    );
    expect(await flags()).toBe(0);
    await createCoverage(
      humas,
      item({ issueIds: [issue.id], sentiment: "negatif", publishedOn: new Date("2026-10-03") }),
    );
    expect(await flags()).toBe(1);
    await createCoverage(
      humas,
      item({ issueIds: [issue.id], sentiment: "negatif", publishedOn: new Date("2026-10-04") }),
    );
    expect(await flags()).toBe(1); // same run: deduplicated
    await createCoverage(
      humas,
      item({ issueIds: [issue.id], sentiment: "positif", publishedOn: new Date("2026-10-05") }),
    );
    for (const d of ["06", "07", "08"])
      await createCoverage(
        humas,
        item({ issueIds: [issue.id], sentiment: "negatif", publishedOn: new Date(`2026-10-${d}`) }),
      );
    expect(await flags()).toBe(2); // a new run
  });

  it("sentiment over time is aggregated per month, per issue", async () => {
    const issue = await freshIssue();
    const recent = new Date(Date.now() - 5 * 86_400_000);
    await createCoverage(humas, item({ issueIds: [issue.id], sentiment: "positif", publishedOn: recent }));
    await createCoverage(humas, item({ issueIds: [issue.id], sentiment: "negatif", publishedOn: recent, reach: 500 }));
    const series = await sentimentOverTime(coordinator, pangandaran, issue.id);
    expect(series).toEqual([
      { month: recent.toISOString().slice(0, 7), positif: 1, netral: 0, negatif: 1, reach: 1500 },
    ]);
    expect(await sentimentOverTime(malaka, pangandaran)).toBeNull();
  });
});
