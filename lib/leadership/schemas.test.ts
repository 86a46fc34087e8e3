import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { appointHolderSchema } from "./schemas";

describe("appointHolderSchema", () => {
  const base = {
    idempotencyKey: randomUUID(),
    positionId: randomUUID(),
    personName: "Asep Kurnia",
    appointment: "plt",
    startDate: "2026-10-01",
    endDate: "",
    userId: "",
  };

  it("reads empty optional fields from a form as null", () => {
    const v = appointHolderSchema.parse(base);
    expect(v).toMatchObject({ endDate: null, userId: null, appointment: "plt" });
    expect(v.startDate.toISOString()).toBe("2026-10-01T00:00:00.000Z");
  });

  it("rejects an end before the start with a translation key", () => {
    const r = appointHolderSchema.safeParse({ ...base, endDate: "2026-09-30" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["endDate"], message: "leadership.errors.endBeforeStart" });
  });

  it("accepts only the three kinds of appointment", () => {
    expect(appointHolderSchema.safeParse({ ...base, appointment: "honorer" }).success).toBe(false);
  });
});
