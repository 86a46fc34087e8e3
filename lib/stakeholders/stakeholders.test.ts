import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { actorFor, auditSince, DEMO, lastAuditSeq, regencyId } from "@/tests/helpers/actors";
import { createExpert, createStakeholder, updateExpert, updateStakeholder } from "./mutations";
import { listExperts, listStakeholders } from "./queries";
import { quadrantOf } from "./schemas";

let humas: Actor, official: Actor, facilitator: Actor, malaka: Actor, pangandaran: string;

beforeAll(async () => {
  [humas, official, facilitator, malaka] = await Promise.all([
    actorFor(DEMO.humas),
    actorFor(DEMO.official),
    actorFor(DEMO.facilitator),
    actorFor(DEMO.malakaCoordinator),
  ]);
  pangandaran = await regencyId("pangandaran");
});

const stakeholder = (over = {}) => ({
  idempotencyKey: randomUUID(),
  regencyId: pangandaran,
  name: `Tokoh ${randomUUID().slice(0, 6)}`,
  organisation: "Paguyuban",
  type: "community" as const,
  power: 2,
  interest: 5,
  stance: "opposed" as const,
  notes: "",
  issueIds: [] as string[],
  ...over,
});
const expert = (over = {}) => ({
  idempotencyKey: randomUUID(),
  regencyId: pangandaran,
  name: `Pakar ${randomUUID().slice(0, 6)}`,
  discipline: "Hidrologi",
  institution: "Universitas",
  expertise: "",
  phone: "+62 812-0000-1111",
  email: "pakar@contoh.ac.id",
  issueIds: [] as string[],
  ...over,
});

describe("stakeholder map", () => {
  it("places stakeholders in Mendelow's quadrants", () => {
    expect(quadrantOf(5, 5)).toBe("manage_closely");
    expect(quadrantOf(4, 1)).toBe("keep_satisfied");
    expect(quadrantOf(1, 4)).toBe("keep_informed");
    expect(quadrantOf(2, 2)).toBe("monitor");
  });

  it("creates with one audit row and idempotency; scoped and permission-checked; stale versions rejected", async () => {
    const input = stakeholder();
    const seq = await lastAuditSeq();
    const a = await createStakeholder(humas, input);
    expect((await createStakeholder(humas, input)).id).toBe(a.id);
    const events = await auditSince(seq);
    expect(events.map((e) => e.action)).toEqual(["stakeholder.created"]);
    const rows = await listStakeholders(humas, pangandaran);
    expect(rows?.find((r) => r.id === a.id)?.quadrant).toBe("keep_informed");
    await expect(createStakeholder(official, stakeholder())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateStakeholder(malaka, { ...stakeholder(), id: a.id, version: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await listStakeholders(malaka, pangandaran)).toBeNull();
    const seq2 = await lastAuditSeq();
    await updateStakeholder(humas, { ...input, id: a.id, version: 1, power: 5 });
    expect((await auditSince(seq2))[0].changes).toMatchObject({ power: [2, 5] });
    await expect(updateStakeholder(humas, { ...input, id: a.id, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("expert network", () => {
  it("is searchable by discipline and visible only inside the regency", async () => {
    const discipline = `Sosiologi pedesaan ${randomUUID().slice(0, 4)}`;
    const seq = await lastAuditSeq();
    const { id } = await createExpert(humas, expert({ discipline }));
    expect((await auditSince(seq)).map((e) => e.action)).toEqual(["expert_contact.created"]);
    const found = await listExperts(official, pangandaran, { discipline: discipline.slice(0, 12).toLowerCase() });
    expect(found?.map((e) => e.id)).toContain(id);
    expect(found?.find((e) => e.id === id)?.phone).toBe("+62 812-0000-1111");
    expect(await listExperts(malaka, pangandaran, {})).toBeNull();
    expect(await listExperts(facilitator, pangandaran, {})).toBeNull();
    await expect(createExpert(official, expert())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await updateExpert(humas, { ...expert({ discipline }), id, version: 1 });
    await expect(updateExpert(humas, { ...expert({ discipline }), id, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
