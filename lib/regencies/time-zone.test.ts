import { describe, expect, it } from "vitest";
import { formatDateTime, formatTime } from "@/lib/i18n/format";
import { zoneForRegencyCode, zoneLabel } from "./time-zone";

describe("regency time zones", () => {
  it("follows the province: Java and West/Central Kalimantan WIB, Nusa Tenggara/Sulawesi WITA, Maluku/Papua WIT", () => {
    expect(zoneForRegencyCode("32.18")).toBe("Asia/Jakarta"); // Pangandaran
    expect(zoneForRegencyCode("62.01")).toBe("Asia/Jakarta"); // Kalimantan Tengah
    expect(zoneForRegencyCode("53.21")).toBe("Asia/Makassar"); // Malaka
    expect(zoneForRegencyCode("64.01")).toBe("Asia/Makassar"); // Kalimantan Timur
    expect(zoneForRegencyCode("76.01")).toBe("Asia/Makassar"); // Sulawesi Barat
    expect(zoneForRegencyCode("82.01")).toBe("Asia/Jayapura"); // Maluku Utara
    expect(zoneForRegencyCode("95.01")).toBe("Asia/Jayapura"); // Papua Pegunungan
  });

  it("shows one instant as each regency's own wall clock, labelled", () => {
    const at = new Date("2026-12-03T01:30:00Z");
    expect(formatTime(at, "id", "Asia/Jakarta")).toBe("08.30 WIB");
    expect(formatTime(at, "id", "Asia/Makassar")).toBe("09.30 WITA");
    expect(formatTime(at, "id", "Asia/Jayapura")).toBe("10.30 WIT");
    expect(formatDateTime(at, "id", "Asia/Makassar")).toContain("3 Des 2026");
    expect(zoneLabel("UTC")).toMatch(/^GMT/);
  });
});
