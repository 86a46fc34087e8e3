import type { Actor } from "@/lib/auth/actor";
import { assertAdmin } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { checkRegencyCsv, type RegencyCsvError } from "./csv-import";
import { zoneForRegencyCode } from "./time-zone";

export type ImportResult = { created: number; updated: number; errors: RegencyCsvError[] };

/**
 * Imports regencies from CSV, all or nothing: any bad row (format, duplicate, or a name that
 * another code already uses) rejects the whole file, with each bad row's line and reason.
 * Existing codes are updated (name, province, figures); new codes are created.
 */
export async function importRegencies(actor: Actor, text: string, fileName = "upload.csv"): Promise<ImportResult> {
  assertAdmin(actor);
  const { rows, errors } = checkRegencyCsv(text);
  if (errors.length) return { created: 0, updated: 0, errors };
  return db.$transaction(async (tx) => {
    const existing = await tx.regency.findMany({
      where: { OR: [{ code: { in: rows.map((r) => r.code) } }, { slug: { in: rows.map((r) => r.slug) } }] },
      select: { id: true, code: true, slug: true },
    });
    const byCode = new Map(existing.map((r) => [r.code, r]));
    const bySlug = new Map(existing.map((r) => [r.slug, r]));
    const clash: RegencyCsvError[] = [];
    for (const r of rows) {
      const other = bySlug.get(r.slug);
      if (other && other.code !== r.code)
        clash.push({
          line: r.line,
          reason: "regencies.import.errors.nameTaken",
          values: { value: r.name, code: other.code },
        });
    }
    if (clash.length) return { created: 0, updated: 0, errors: clash };
    let createdCount = 0;
    let updatedCount = 0;
    const figures = { figuresAsOf: String(new Date().getFullYear()), figuresSource: `Impor CSV ${fileName}` };
    for (const r of rows) {
      const data = {
        kind: r.kind,
        name: r.name,
        slug: r.slug,
        province: r.province,
        districts: r.districts,
        areaKm2: r.areaKm2,
        population: r.population,
        ...figures,
      };
      const hit = byCode.get(r.code);
      if (hit) {
        await tx.regency.update({ where: { id: hit.id }, data: { ...data, version: { increment: 1 } } });
        updatedCount++;
      } else {
        await tx.regency.create({ data: { code: r.code, timeZone: zoneForRegencyCode(r.code), ...data } });
        createdCount++;
      }
    }
    await recordAudit(
      tx,
      actor,
      "regencies.imported",
      { type: "regency_import", id: fileName },
      { rows: [null, rows.length], created: [null, createdCount], updated: [null, updatedCount] },
    );
    return { created: createdCount, updated: updatedCount, errors: [] };
  });
}
