// Reading and checking a regency master-data CSV (the format of prisma/data/kabupaten-kota.csv:
// code,kind,name,province,districts,area_km2,population). Pure: no database.
import { slugify } from "@/lib/slug";

export const REGENCY_CSV_HEADER = ["code", "kind", "name", "province", "districts", "area_km2", "population"] as const;

export type RegencyCsvRow = {
  line: number;
  code: string;
  kind: "kabupaten" | "kota";
  name: string;
  slug: string;
  province: string;
  districts: number | null;
  areaKm2: number | null;
  population: number | null;
};
export type RegencyCsvError = { line: number; reason: string; values?: Record<string, string | number> };

/** RFC 4180 rows with the line each row starts on (quoted newlines kept inside the field). */
export function parseCsvWithLines(text: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      if (row.length > 1 || row[0] !== "") out.push({ line: rowLine, cells: row });
      row = [];
      field = "";
      line++;
      rowLine = line;
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    if (row.length > 1 || row[0] !== "") out.push({ line: rowLine, cells: row });
  }
  return out;
}

export function regencySlugFor(kind: string, name: string): string {
  return kind === "kota" ? `kota-${slugify(name)}` : slugify(name);
}

function parseNumber(v: string, integer: boolean): number | null | undefined {
  const s = v.trim();
  if (s === "") return null;
  if (!/^\d+(\.\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  if (integer && !Number.isInteger(n)) return undefined;
  return n;
}

/** Every row checked; errors carry the line number and a translation key for the reason. */
export function checkRegencyCsv(text: string): { rows: RegencyCsvRow[]; errors: RegencyCsvError[] } {
  const parsed = parseCsvWithLines(text);
  const errors: RegencyCsvError[] = [];
  const rows: RegencyCsvRow[] = [];
  if (parsed.length === 0) return { rows, errors: [{ line: 1, reason: "regencies.import.errors.empty" }] };
  const header = parsed[0].cells.map((h) => h.trim().toLowerCase());
  if (header.join(",") !== REGENCY_CSV_HEADER.join(",")) {
    return {
      rows,
      errors: [
        {
          line: parsed[0].line,
          reason: "regencies.import.errors.header",
          values: { expected: REGENCY_CSV_HEADER.join(",") },
        },
      ],
    };
  }
  if (parsed.length === 1) return { rows, errors: [{ line: 2, reason: "regencies.import.errors.noRows" }] };
  const codes = new Map<string, number>();
  const slugs = new Map<string, number>();
  for (const { line, cells } of parsed.slice(1)) {
    const fail = (reason: string, values?: Record<string, string | number>) => errors.push({ line, reason, values });
    if (cells.length !== REGENCY_CSV_HEADER.length) {
      fail("regencies.import.errors.columns", { count: cells.length, expected: REGENCY_CSV_HEADER.length });
      continue;
    }
    const [code, kind, name, province, districts, area, population] = cells.map((c) => c.trim());
    if (!/^\d{2}\.\d{2}$/.test(code)) {
      fail("regencies.import.errors.code", { value: code });
      continue;
    }
    if (kind !== "kabupaten" && kind !== "kota") {
      fail("regencies.import.errors.kind", { value: kind });
      continue;
    }
    if (name.length < 2 || name.length > 120) {
      fail("regencies.import.errors.name");
      continue;
    }
    if (province.length < 2 || province.length > 120) {
      fail("regencies.import.errors.province");
      continue;
    }
    const d = parseNumber(districts, true);
    const a = parseNumber(area, false);
    const p = parseNumber(population, true);
    if (d === undefined) {
      fail("regencies.import.errors.number", { column: "districts", value: districts });
      continue;
    }
    if (a === undefined) {
      fail("regencies.import.errors.number", { column: "area_km2", value: area });
      continue;
    }
    if (p === undefined) {
      fail("regencies.import.errors.number", { column: "population", value: population });
      continue;
    }
    if (codes.has(code)) {
      fail("regencies.import.errors.duplicateCode", { value: code, other: codes.get(code)! });
      continue;
    }
    const slug = regencySlugFor(kind, name);
    if (slugs.has(slug)) {
      fail("regencies.import.errors.duplicateName", { value: name, other: slugs.get(slug)! });
      continue;
    }
    codes.set(code, line);
    slugs.set(slug, line);
    rows.push({ line, code, kind, name, slug, province, districts: d, areaKm2: a, population: p });
  }
  return { rows, errors };
}
