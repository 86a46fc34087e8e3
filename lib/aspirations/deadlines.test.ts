import { describe, expect, it } from "vitest";
import { newTrackingCode, normalizeTrackingCode } from "./code";
import { aspirationAttention, DEFAULT_DEADLINE_DAYS, daysForTier, deadlineFrom, workingDayAfter } from "./deadlines";

describe("working-day deadlines", () => {
  it("counts Monday to Friday only: 3 working days from a Friday end on Wednesday", () => {
    // Friday 4 December 2026, 10.00 WIB
    const friday = new Date("2026-12-04T03:00:00Z");
    expect(workingDayAfter(friday, 3, "Asia/Jakarta")).toBe("2026-12-09");
    const { dueAt, escalateAt } = deadlineFrom(friday, 3, "Asia/Jakarta");
    // due by the end of Wednesday: 00:00 WIB on Thursday
    expect(dueAt.toISOString()).toBe("2026-12-09T17:00:00.000Z");
    // escalated after six working days: the end of the following Monday
    expect(escalateAt.toISOString()).toBe("2026-12-14T17:00:00.000Z");
  });

  it("reads the day on the regency's own calendar (WITA in Malaka)", () => {
    // 23.30 WIB Friday is 00.30 WITA Saturday: in Malaka it was sent on a Saturday
    const lateFriday = new Date("2026-12-04T16:30:00Z");
    expect(workingDayAfter(lateFriday, 1, "Asia/Jakarta")).toBe("2026-12-07");
    expect(workingDayAfter(lateFriday, 1, "Asia/Makassar")).toBe("2026-12-07");
    expect(workingDayAfter(lateFriday, 5, "Asia/Makassar")).toBe("2026-12-11");
    expect(deadlineFrom(lateFriday, 5, "Asia/Makassar").dueAt.toISOString()).toBe("2026-12-11T16:00:00.000Z");
  });

  it("takes each tier's days from the regency (defaults of the national system)", () => {
    expect(DEFAULT_DEADLINE_DAYS.aspirationFirstResponseDays).toBe(3);
    expect(daysForTier(DEFAULT_DEADLINE_DAYS, "standard")).toBe(5);
    expect(daysForTier(DEFAULT_DEADLINE_DAYS, "no_field_check")).toBe(14);
    expect(daysForTier(DEFAULT_DEADLINE_DAYS, "field_check")).toBe(60);
    expect(daysForTier({ ...DEFAULT_DEADLINE_DAYS, aspirationStandardDays: 7 }, "standard")).toBe(7);
  });

  it("needs attention past the deadline, escalates past twice, and never once answered", () => {
    const dueAt = new Date("2026-12-10T00:00:00Z");
    const escalateAt = new Date("2026-12-17T00:00:00Z");
    const at = (iso: string, status = "forwarded") => aspirationAttention({ status, dueAt, escalateAt }, new Date(iso));
    expect(at("2026-12-09T23:59:59Z")).toBe("ok");
    expect(at("2026-12-10T00:00:00Z")).toBe("overdue");
    expect(at("2026-12-17T00:00:00Z")).toBe("escalated");
    expect(at("2026-12-20T00:00:00Z", "answered")).toBe("ok");
    expect(at("2026-12-20T00:00:00Z", "rejected")).toBe("ok");
  });
});

describe("tracking codes", () => {
  it("are 12 characters in three groups, without look-alike characters, and different every time", () => {
    const codes = new Set(Array.from({ length: 200 }, newTrackingCode));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
  });

  it("are read back however the citizen typed them, and nothing else is a code", () => {
    expect(normalizeTrackingCode("k7m2 qx9d 3fhp")).toBe("K7M2-QX9D-3FHP");
    expect(normalizeTrackingCode("K7M2QX9D3FHP")).toBe("K7M2-QX9D-3FHP");
    expect(normalizeTrackingCode("K7M2-QX9D")).toBeNull();
    expect(normalizeTrackingCode("' OR 1=1 --")).toBeNull();
    expect(normalizeTrackingCode("K7M2-QX9D-3FH0")).toBeNull();
  });
});
