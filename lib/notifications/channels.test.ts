import { describe, expect, it } from "vitest";
import { applyTemplate, digestMinuteOf, maskPhone, nextDigestAt, normalisePhone } from "./channels";

describe("notification channel helpers", () => {
  it("finds the next digest time on the Jakarta clock (UTC+7), always in the future", () => {
    const minute = digestMinuteOf("07:30")!;
    expect(minute).toBe(450);
    // 06:00 in Jakarta (23:00 UTC the day before): today at 07:30 Jakarta = 00:30 UTC
    expect(nextDigestAt(minute, new Date("2026-12-03T23:00:00Z")).toISOString()).toBe("2026-12-04T00:30:00.000Z");
    // exactly 07:30 Jakarta: the next day
    expect(nextDigestAt(minute, new Date("2026-12-04T00:30:00Z")).toISOString()).toBe("2026-12-05T00:30:00.000Z");
    // 20:00 Jakarta (13:00 UTC): tomorrow morning
    expect(nextDigestAt(minute, new Date("2026-12-04T13:00:00Z")).toISOString()).toBe("2026-12-05T00:30:00.000Z");
    expect(digestMinuteOf("")).toBeNull();
    expect(digestMinuteOf("24:00")).toBeNull();
  });

  it("accepts Indonesian mobile numbers in the usual spellings and masks them", () => {
    for (const raw of ["0812 3456 7890", "+62 812-3456-7890", "6281234567890", "(0812) 3456.7890"])
      expect(normalisePhone(raw)).toBe("+6281234567890");
    for (const raw of ["12345", "0212345678", "+1 415 555 0100", "08abc"]) expect(normalisePhone(raw)).toBeNull();
    expect(maskPhone("+6281234567890")).toBe("+628…90");
  });

  it("fills the gateway template", () => {
    expect(applyTemplate("[Mekar] {{text}}\n{{link}}", "Halo", "https://x/y")).toBe("[Mekar] Halo\nhttps://x/y");
    expect(applyTemplate("{{text}}\n{{link}}", "Halo", null)).toBe("Halo");
  });
});
