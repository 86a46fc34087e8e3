import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor, auditSince, DEMO, lastAuditSeq } from "@/tests/helpers/actors";
import { checkRegencyCsv } from "./csv-import";
import { importRegencies } from "./import";

const HEADER = "code,kind,name,province,districts,area_km2,population";

describe("checking a regency CSV", () => {
  it("reports each bad row with its line and reason", () => {
    const text = [
      HEADER,
      "99.01,kabupaten,Uji Satu,Jawa Barat,10,100.5,1000",
      "99,kabupaten,Kode Salah,Jawa Barat,1,1,1",
      "99.03,provinsi,Jenis Salah,Jawa Barat,1,1,1",
      "99.04,kota,Angka Salah,Jawa Barat,dua,1,1",
      "99.01,kota,Kode Ganda,Jawa Barat,1,1,1",
      "99.06,kabupaten,Kolom Kurang,Jawa Barat",
    ].join("\n");
    const { rows, errors } = checkRegencyCsv(text);
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(errors.map((e) => [e.line, e.reason])).toEqual([
      [3, "regencies.import.errors.code"],
      [4, "regencies.import.errors.kind"],
      [5, "regencies.import.errors.number"],
      [6, "regencies.import.errors.duplicateCode"],
      [7, "regencies.import.errors.columns"],
    ]);
  });

  it("counts lines across quoted newlines and rejects a wrong header", () => {
    const { rows } = checkRegencyCsv(
      `\uFEFF${HEADER}\r\n99.01,kabupaten,"Uji ""Dua""",Jawa Barat,,,\r\n\r\n99.02,kota,Uji Tiga,"Jawa\nBarat",1,2,3\r\n`,
    );
    expect(rows.map((r) => [r.line, r.name])).toEqual([
      [2, 'Uji "Dua"'],
      [4, "Uji Tiga"],
    ]);
    expect(checkRegencyCsv("kode,jenis\n1,2").errors[0]).toMatchObject({
      line: 1,
      reason: "regencies.import.errors.header",
    });
  });
});

describe("importing regencies", () => {
  it("is admin-only", async () => {
    await expect(
      importRegencies(await actorFor(DEMO.coordinator), `${HEADER}\n99.50,kabupaten,Tidak Boleh,Jawa Barat,1,1,1`),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("imports nothing when any row is bad, including a name another code uses", async () => {
    const admin = await actorFor(DEMO.admin);
    const before = await db.regency.count();
    const seq = await lastAuditSeq();
    const res = await importRegencies(
      admin,
      `${HEADER}\n99.51,kabupaten,Uji Baik,Jawa Barat,5,100,1000\n99.52,kabupaten,Uji Buruk,Jawa Barat,-1,100,1000`,
    );
    expect(res.errors.map((e) => e.line)).toEqual([3]);
    const clash = await importRegencies(
      admin,
      `${HEADER}\n99.53,kabupaten,Uji Baik Dua,Jawa Barat,5,100,1000\n99.54,kabupaten,Pangandaran,Jawa Barat,5,100,1000`,
    );
    expect(clash.errors).toEqual([
      { line: 3, reason: "regencies.import.errors.nameTaken", values: { value: "Pangandaran", code: "32.18" } },
    ]);
    expect(await db.regency.count()).toBe(before);
    expect(await auditSince(seq)).toHaveLength(0);
  });

  it("creates new codes and updates existing ones in one audited transaction", async () => {
    const admin = await actorFor(DEMO.admin);
    const malaka = await db.regency.findUniqueOrThrow({ where: { slug: "malaka" } });
    const seq = await lastAuditSeq();
    const res = await importRegencies(
      admin,
      `${HEADER}\n99.61,kabupaten,Uji Impor,Papua Tengah,6,1234.5,45678\n${malaka.code},kabupaten,Malaka,${malaka.province},12,${malaka.areaKm2},199999`,
      "uji.csv",
    );
    expect(res).toEqual({ created: 1, updated: 1, errors: [] });
    expect((await db.regency.findUniqueOrThrow({ where: { code: "99.61" } })).slug).toBe("uji-impor");
    expect((await db.regency.findUniqueOrThrow({ where: { id: malaka.id } })).population).toBe(199999);
    const events = await auditSince(seq);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "regencies.imported",
      changes: { created: [null, 1], updated: [null, 1] },
    });
  });
});
