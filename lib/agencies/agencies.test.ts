import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { expectRefusal } from "@/lib/iso/test-helpers";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { createAgency, updateAgency } from "./mutations";
import { listAgencies } from "./queries";

let coordinator: Actor;
let official: Actor;
let malaka: Actor;
let pangandaranId: string;

beforeAll(async () => {
  [coordinator, official, malaka] = await Promise.all([
    actorFor(DEMO.coordinator),
    actorFor(DEMO.official),
    actorFor(DEMO.malakaCoordinator),
  ]);
  pangandaranId = await regencyId("pangandaran");
});

describe("perangkat daerah (OPD)", () => {
  it("lists a regency's agencies with their positions and open issues counted, to its own members only", async () => {
    const rows = await listAgencies(official, pangandaranId);
    const bappeda = rows!.find((a) => a.shortName === "Bappeda");
    expect(bappeda?._count.positions).toBeGreaterThan(0);
    const open = await db.issue.count({
      where: { agencyId: bappeda!.id, triage: "accepted", stage: { not: "closed" } },
    });
    expect(bappeda?._count.issues).toBe(open);
    expect(await listAgencies(malaka, pangandaranId)).toBeNull();
  });

  it("a coordinator adds an OPD once per key, audited; the name is unique within the regency", async () => {
    const name = `Dinas Kelautan dan Perikanan ${Date.now()}`;
    const key = randomUUID();
    const before = await lastAuditSeq();
    const input = { idempotencyKey: key, regencyId: pangandaranId, name, shortName: "DKP", kind: "dinas" as const };
    const a = await createAgency(coordinator, input);
    expect(await createAgency(coordinator, input)).toEqual(a); // a double-clicked submit
    expect(await db.agency.count({ where: { regencyId: pangandaranId, name } })).toBe(1);
    const audit = await auditSince(before);
    expect(audit.map((e) => e.action)).toEqual(["agency.created"]);
    expect(audit[0].changes).toMatchObject({ name: [null, name], shortName: [null, "DKP"], kind: [null, "dinas"] });
    await expectRefusal(
      createAgency(coordinator, { ...input, idempotencyKey: randomUUID(), name: name.toUpperCase() }),
      "INVALID",
      "agencies.errors.duplicateName",
    );
  });

  it("refuses an official (FORBIDDEN) and another regency's coordinator (NOT_FOUND), writing nothing", async () => {
    const before = await lastAuditSeq();
    const input = {
      idempotencyKey: randomUUID(),
      regencyId: pangandaranId,
      name: `Badan Penanggulangan Bencana Daerah ${Date.now()}`,
      shortName: null,
      kind: "badan" as const,
    };
    await expectRefusal(createAgency(official, input), "FORBIDDEN", "common.errors.forbidden");
    await expect(createAgency(malaka, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const bappeda = await db.agency.findFirstOrThrow({ where: { regencyId: pangandaranId, shortName: "Bappeda" } });
    await expect(
      updateAgency(malaka, {
        id: bappeda.id,
        version: bappeda.version,
        name: "Diubah dari Malaka",
        shortName: null,
        kind: "badan",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditSince(before)).toHaveLength(0);
    expect((await db.agency.findUniqueOrThrow({ where: { id: bappeda.id } })).name).toBe(bappeda.name);
  });

  it("renames with a version check: a stale form is a conflict, and the diff is audited", async () => {
    const { id } = await createAgency(coordinator, {
      idempotencyKey: randomUUID(),
      regencyId: pangandaranId,
      name: `Dinas Pangan ${Date.now()}`,
      shortName: null,
      kind: "dinas",
    });
    const before = await lastAuditSeq();
    await updateAgency(coordinator, {
      id,
      version: 1,
      name: `Dinas Ketahanan Pangan ${Date.now()}`,
      shortName: "DKP2",
      kind: "dinas",
    });
    await expect(
      updateAgency(coordinator, { id, version: 1, name: "Dinas Pangan Lama", shortName: null, kind: "dinas" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const audit = await auditSince(before);
    expect(audit.map((e) => e.action)).toEqual(["agency.updated"]);
    expect(Object.keys(audit[0].changes as object).sort()).toEqual(["name", "shortName"]);
    expect((await db.agency.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });
});
