import { describe, expect, it } from "vitest";
import { formatNip, isValidNip, nipSchema } from "./nip";

describe("NIP (18 digits: born, appointed, sex, serial)", () => {
  it("accepts a well-formed NIP, typed with or without the customary spaces", () => {
    expect(isValidNip("197805122005011003")).toBe(true);
    expect(nipSchema.parse("19780512 200501 1 003")).toBe("197805122005011003");
    expect(nipSchema.parse("19880512.200501.2.003")).toBe("198805122005012003");
  });

  it("leaves the NIP out when the field is empty", () => {
    expect(nipSchema.parse("")).toBeNull();
    expect(nipSchema.parse("   ")).toBeNull();
  });

  it.each([
    ["17 digits", "19780512200501100"],
    ["19 digits", "1978051220050110031"],
    ["letters", "19780512200501100A"],
    ["no such birth date (31 February)", "197802312005011003"],
    ["appointment month 13", "197805122005131003"],
    ["appointed before the age of 15", "197805121985011003"],
    ["sex other than 1 or 2", "197805122005013003"],
  ])("refuses %s with the NIP message", (_why, value) => {
    const parsed = nipSchema.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toBe("users.errors.nip");
  });

  it("prints as 8 6 1 3 under a signature", () => {
    expect(formatNip("197805122005011003")).toBe("19780512 200501 1 003");
  });
});
