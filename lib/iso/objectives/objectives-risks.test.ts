import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { createRisk, updateRisk } from "../risks/mutations";
import { listRisks } from "../risks/queries";
import { expectRefusal } from "../test-helpers";
import { createObjective, recordMeasurement } from "./mutations";
import { listObjectives } from "./queries";
import { createObjectiveSchema } from "./schemas";

describe("quality objectives (sasaran mutu) and the risk register (risiko dan peluang)", () => {
  it("an objective is measured once per period; measurements are kept, and the latest decides whether the target is met", async () => {
    const coordinator = await actorFor(DEMO.coordinator);
    const regency = await regencyId("pangandaran");
    const input = {
      idempotencyKey: randomUUID(),
      regencyId: regency,
      title: `Waktu layanan KTP-el ${Date.now()}`,
      indicator: "Rata-rata hari penerbitan KTP-el",
      unit: "hari",
      baseline: 21,
      target: 14,
      direction: "decrease" as const,
      ownerPositionId: null,
      dueDate: null,
    };
    const before = await lastAuditSeq();
    const { id } = await createObjective(coordinator, input);
    expect((await auditSince(before)).map((e) => e.action)).toEqual(["iso_objective.created"]);
    expect((await createObjective(coordinator, input)).id).toBe(id);
    await recordMeasurement(coordinator, { objectiveId: id, period: "2026-Q3", value: 18, note: "" });
    await expectRefusal(
      recordMeasurement(coordinator, { objectiveId: id, period: "2026-Q3", value: 12, note: "" }),
      "INVALID",
      "iso.errors.measurementExists",
    );
    let row = (await listObjectives(coordinator, regency))!.find((o) => o.id === id)!;
    expect(row.met).toBe(false);
    await recordMeasurement(coordinator, { objectiveId: id, period: "2026-Q4", value: 13, note: "Loket tambahan" });
    row = (await listObjectives(coordinator, regency))!.find((o) => o.id === id)!;
    expect(row.measurements.map((m) => [m.period, m.value])).toEqual([
      ["2026-Q3", 18],
      ["2026-Q4", 13],
    ]);
    expect(row.met).toBe(true);
    const malaka = await actorFor(DEMO.malakaCoordinator);
    expect(await listObjectives(malaka, regency)).toBeNull();
    await expect(
      recordMeasurement(malaka, { objectiveId: id, period: "2027-Q1", value: 10, note: "" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createObjective(await actorFor(DEMO.humas), { ...input, idempotencyKey: randomUUID() }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // a target that points the wrong way is refused by the schema
    const parsed = createObjectiveSchema.safeParse({
      ...input,
      baseline: "21",
      target: "30",
      ownerPositionId: "",
      dueDate: "",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0].message).toBe("iso.errors.targetDirection");
  });

  it("a risk's level is likelihood × impact; a review is audited old → new; a stale version is a CONFLICT", async () => {
    const coordinator = await actorFor(DEMO.coordinator);
    const regency = await regencyId("pangandaran");
    const base = {
      kind: "risk" as const,
      title: `Aset P3D belum bersertifikat ${Date.now()}`,
      context: "Serah terima dari Kabupaten Ciamis",
      likelihood: 4,
      impact: 5,
      treatment: "reduce" as const,
      action: "Percepat sertifikasi dengan BPN",
      ownerPositionId: null,
      reviewDate: new Date("2027-01-31"),
    };
    const { id } = await createRisk(coordinator, { idempotencyKey: randomUUID(), regencyId: regency, ...base });
    expect(await db.isoRisk.findUniqueOrThrow({ where: { id } })).toMatchObject({ level: 20, version: 1 });
    const before = await lastAuditSeq();
    await updateRisk(coordinator, { id, version: 1, ...base, likelihood: 2 });
    const events = await auditSince(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "iso_risk.updated", changes: { likelihood: [4, 2], level: [20, 10] } });
    await expect(updateRisk(coordinator, { id, version: 1, ...base, likelihood: 3 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const malaka = await actorFor(DEMO.malakaCoordinator);
    expect(await listRisks(malaka, regency)).toBeNull();
    await expect(updateRisk(malaka, { id, version: 2, ...base })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
