import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { liveHub } from "@/lib/live/hub";
import { listPotentials } from "@/lib/regencies/queries";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { createActivity, createWorkshop, setActivityState } from "./mutations";
import { findWorkshopByCode, joinWorkshop, submitEntry } from "./participant/participant";
import { listActivityEntries } from "./queries";
import { createWorkshopSchema } from "./schemas";
import { entriesToPotentials, potentialTitle } from "./to-potential";

// Hidden potential found and followed: chosen workshop answers become register entries in one
// action (sourced, one potential per answer, audited, never across regencies). What works on a
// potential: lib/regencies/potential-work.test.ts.

let facilitator: Actor;
let coordinator: Actor;
let official: Actor;
let malaka: Actor;
let pangandaran: string;

beforeAll(async () => {
  [facilitator, coordinator, official, malaka] = await Promise.all([
    actorFor(DEMO.facilitator),
    actorFor(DEMO.coordinator),
    actorFor(DEMO.official),
    actorFor(DEMO.malakaCoordinator),
  ]);
  pangandaran = await regencyId("pangandaran");
});
afterAll(async () => {
  await liveHub().stop();
});

/** A fresh discovery question of the Pangandaran sector "Pariwisata" with these answers. */
async function answered(texts: string[]) {
  const w = await createWorkshop(
    facilitator,
    createWorkshopSchema.parse({
      idempotencyKey: crypto.randomUUID(),
      regencyId: pangandaran,
      title: `Lokakarya penggalian potensi ${Date.now()}`,
      startsAt: new Date().toISOString(),
    }),
  );
  const a = await createActivity(facilitator, {
    idempotencyKey: crypto.randomUUID(),
    workshopId: w.id,
    kind: "open_question",
    title: "Penggalian potensi: Pariwisata",
    prompt: "",
    options: [],
    scaleMin: 1,
    scaleMax: 5,
    allowChange: false,
    moderated: false,
    sector: "Pariwisata",
  });
  await setActivityState(facilitator, { activityId: a.id, state: "open" });
  const p = await joinWorkshop((await findWorkshopByCode(w.code))!, crypto.randomUUID(), null);
  for (const text of texts) await submitEntry(p, { activityId: a.id, clientId: crypto.randomUUID(), text });
  const entries = await db.workshopEntry.findMany({ where: { activityId: a.id }, orderBy: { createdAt: "asc" } });
  return { workshopId: w.id, activityId: a.id, entryIds: entries.map((e) => e.id) };
}

describe("answers into the regional-potential register", () => {
  it("turns the chosen answers into potentials in one action, sourced and linked both ways, audited", async () => {
    const x = await answered(["pantai batu karas untuk selancar pemula", "Gula kelapa organik", "Rapat terlalu lama"]);
    const seq = await lastAuditSeq();
    const r = await entriesToPotentials(facilitator, {
      idempotencyKey: crypto.randomUUID(),
      activityId: x.activityId,
      entryIds: x.entryIds.slice(0, 2),
      sector: "Pariwisata",
    });
    expect(r).toEqual({ created: 2, skipped: 0 });
    const made = await db.regionalPotential.findMany({
      where: { workshopId: x.workshopId },
      orderBy: { title: "asc" },
    });
    expect(made.map((p) => [p.title, p.sector, p.status, p.regencyId])).toEqual([
      ["Gula kelapa organik", "Pariwisata", "identified", pangandaran],
      ["Pantai batu karas untuk selancar pemula", "Pariwisata", "identified", pangandaran],
    ]);
    expect(made.map((p) => p.description).sort()).toEqual([
      "Gula kelapa organik",
      "pantai batu karas untuk selancar pemula",
    ]);
    // the potential says where it was found; the answer says which potential it became
    const row = (await listPotentials(coordinator, pangandaran)).rows.find((p) => p.id === made[0].id)!;
    expect(row.workshop?.id).toBe(x.workshopId);
    expect(row.entry?.activity.id).toBe(x.activityId);
    const entries = (await listActivityEntries(facilitator, x.activityId))!.entries;
    expect(Object.fromEntries(entries.map((e) => [e.id, e.potential?.title ?? null]))).toEqual({
      [x.entryIds[0]]: "Pantai batu karas untuk selancar pemula",
      [x.entryIds[1]]: "Gula kelapa organik",
      [x.entryIds[2]]: null,
    });
    const audit = await auditSince(seq);
    expect(audit.map((e) => e.action)).toEqual(Array(2).fill("regional_potential.found_in_workshop"));
    expect(audit.map((e) => e.entityId).sort()).toEqual(made.map((p) => p.id).sort());
    expect(audit[0].changes).toMatchObject({ sector: [null, "Pariwisata"], workshopId: [null, x.workshopId] });
  });

  it("makes one potential of an answer: a re-sent form and a second form both leave one", async () => {
    const x = await answered(["rumput laut"]);
    const input = {
      idempotencyKey: crypto.randomUUID(),
      activityId: x.activityId,
      entryIds: x.entryIds,
      sector: "Perikanan",
    };
    const first = await entriesToPotentials(facilitator, input);
    const seq = await lastAuditSeq();
    expect(await entriesToPotentials(facilitator, input)).toEqual(first); // the same submit again
    const second = await entriesToPotentials(coordinator, { ...input, idempotencyKey: crypto.randomUUID() });
    expect(second).toEqual({ created: 0, skipped: 1 });
    const [a, b] = await Promise.all([
      entriesToPotentials(facilitator, { ...input, idempotencyKey: crypto.randomUUID() }),
      entriesToPotentials(coordinator, { ...input, idempotencyKey: crypto.randomUUID() }),
    ]);
    expect(a.created + b.created).toBe(0);
    expect(await db.regionalPotential.count({ where: { entryId: x.entryIds[0] } })).toBe(1);
    expect(await auditSince(seq)).toHaveLength(0);
    expect(potentialTitle("  rumput laut\nbaris kedua")).toBe("Rumput laut");
  });

  it("is refused across regencies, to a role without workshops.manage, and for another activity's answer", async () => {
    const x = await answered(["Batik motif laut"]);
    const other = await answered(["Kopi Langkaplancar"]);
    const input = () => ({
      idempotencyKey: crypto.randomUUID(),
      activityId: x.activityId,
      entryIds: x.entryIds,
      sector: "UMKM",
    });
    const seq = await lastAuditSeq();
    await expect(entriesToPotentials(malaka, input())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(entriesToPotentials(official, input())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      entriesToPotentials(facilitator, { ...input(), entryIds: [...x.entryIds, ...other.entryIds] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.regionalPotential.count({ where: { entryId: { in: [...x.entryIds, ...other.entryIds] } } })).toBe(
      0,
    );
    expect(await auditSince(seq)).toHaveLength(0);
  });
});
