import { z } from "zod";
import { dayToDate, isCalendarDay } from "@/lib/days";
import type { Permission } from "@/lib/auth/permissions";
import { ISSUE_CATEGORIES, createIssueSchema } from "@/lib/issues/schemas";
import { MEDIA_TYPES, SENTIMENTS, createCoverageSchema } from "@/lib/media/schemas";
import { STAKEHOLDER_TYPES, STANCES, createExpertSchema, createStakeholderSchema } from "@/lib/stakeholders/schemas";

// What each kind of record takes from a sheet: its columns (header names in id or en come from
// spreadsheet.import.columns.<kind>.<key>), the choices a column accepts (code or label, in id
// or en), an example row for the template, and the zod schema of one row, built from the
// domain's own create schema so a row is held to the same rules as the form.

export const IMPORT_KINDS = ["issues", "stakeholders", "media", "experts"] as const;
export type ImportKindKey = (typeof IMPORT_KINDS)[number];

export type ImportColumn = {
  key: string;
  required?: boolean;
  /** Allowed codes and the translation key of each code's label. */
  choices?: { values: readonly string[]; label: (code: string) => string };
  example: string;
};

export type ImportKind = {
  key: ImportKindKey;
  /** What creating one such record needs (lib/auth/permissions.ts). */
  permission: Permission;
  /** Where the records are listed (the import page links back). */
  listPath: string;
  columns: ImportColumn[];
  row: z.ZodType<Record<string, unknown>>;
};

/** "04/12/2026" or "4-12-2026" (day first, as Indonesians write it) → "2026-12-04"; ISO dates pass. */
export function dayFirstDate(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v.trim());
  if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00)?)?$/.exec(v.trim());
  return iso ? iso[1] : v;
}

const calendarDate = z.preprocess(
  dayFirstDate,
  z.string().refine(isCalendarDay, "spreadsheet.import.errors.date").transform(dayToDate),
);

const issues: ImportKind = {
  key: "issues",
  // a bulk load of the register is the coordinator's (who also triages what it proposes)
  permission: "issues.manage",
  listPath: "/issues",
  columns: [
    { key: "title", required: true, example: "Jalan poros Kecamatan Parigi rusak berat" },
    {
      key: "category",
      required: true,
      choices: { values: ISSUE_CATEGORIES, label: (c) => `issues.categories.${c}` },
      example: "infrastructure",
    },
    { key: "description", example: "Ruas 4 km di Desa Cintaratu berlubang sejak musim hujan." },
    { key: "impact", example: "4" },
    { key: "urgency", example: "3" },
  ],
  row: createIssueSchema.pick({ title: true, description: true, category: true, impact: true, urgency: true }),
};

const stakeholders: ImportKind = {
  key: "stakeholders",
  permission: "media.manage",
  listPath: "/publications/stakeholders",
  columns: [
    { key: "name", required: true, example: "H. Ahmad Sutisna" },
    { key: "organisation", example: "Forum Nelayan Pangandaran" },
    {
      key: "type",
      required: true,
      choices: { values: STAKEHOLDER_TYPES, label: (c) => `stakeholders.types.${c}` },
      example: "community",
    },
    { key: "power", required: true, example: "3" },
    { key: "interest", required: true, example: "5" },
    { key: "stance", choices: { values: STANCES, label: (c) => `stakeholders.stances.${c}` }, example: "supportive" },
    { key: "notes", example: "Hadir di setiap musrenbang kecamatan." },
  ],
  row: createStakeholderSchema
    .pick({ name: true, organisation: true, type: true, power: true, interest: true, notes: true })
    .extend({ stance: z.enum(STANCES).default("neutral") }),
};

const media: ImportKind = {
  key: "media",
  permission: "media.manage",
  listPath: "/publications/media",
  columns: [
    { key: "publishedOn", required: true, example: "04/12/2026" },
    { key: "outlet", required: true, example: "Pikiran Rakyat" },
    {
      key: "mediaType",
      required: true,
      choices: { values: MEDIA_TYPES, label: (c) => `media.mediaTypes.${c}` },
      example: "online",
    },
    { key: "headline", required: true, example: "Pemkab percepat perbaikan jalan poros Parigi" },
    { key: "url", required: true, example: "https://www.pikiran-rakyat.com/contoh-berita" },
    {
      key: "sentiment",
      required: true,
      choices: { values: SENTIMENTS, label: (c) => `media.sentiments.${c}` },
      example: "positif",
    },
    { key: "reach", example: "25000" },
    { key: "notes", example: "" },
  ],
  row: createCoverageSchema
    .pick({ outlet: true, mediaType: true, url: true, headline: true, sentiment: true, reach: true, notes: true })
    .extend({ publishedOn: calendarDate }),
};

const experts: ImportKind = {
  key: "experts",
  permission: "media.manage",
  listPath: "/publications/network",
  columns: [
    { key: "name", required: true, example: "Dr. Siti Rahmawati" },
    { key: "discipline", required: true, example: "Oseanografi" },
    { key: "institution", example: "Universitas Padjadjaran" },
    { key: "expertise", example: "Abrasi pantai, tata ruang pesisir" },
    { key: "phone", example: "0812 2345 6789" },
    { key: "email", example: "siti.rahmawati@unpad.ac.id" },
  ],
  row: createExpertSchema.pick({
    name: true,
    discipline: true,
    institution: true,
    expertise: true,
    phone: true,
    email: true,
  }),
};

export const IMPORT_KIND: Record<ImportKindKey, ImportKind> = { issues, stakeholders, media, experts };

export const importKindSchema = z.enum(IMPORT_KINDS);
