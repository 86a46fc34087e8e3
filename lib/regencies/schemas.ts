import { z } from "zod";
import { calendarDayDate, optionalCalendarDayDate } from "@/lib/calendar-day";
import { idempotencyKeySchema } from "@/lib/idempotency";
import { REGENCY_ZONES } from "./time-zone";

/** "" from an empty input → null; otherwise trimmed text up to `max`. */
export const optionalText = (max: number) =>
  z
    .preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.string().trim().max(max).optional(),
    )
    .transform((v) => v ?? null);

export const optionalNumber = (min = 0) =>
  z
    .preprocess(
      (v) => (v === "" || v === null || v === undefined ? undefined : v),
      z.coerce.number().min(min).optional(),
    )
    .transform((v) => v ?? null);

export const optionalDate = optionalCalendarDayDate;

export const requiredDate = calendarDayDate();

export const regencyFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined), // keyset cursor: slug
});

export const updateRegencyProfileSchema = z.object({
  regencyId: z.uuid(),
  version: z.coerce.number().int(),
  status: z.enum(["persiapan", "definitif"]),
  capital: optionalText(120),
  formationLaw: optionalText(80),
  formationDate: optionalDate,
  areaKm2: optionalNumber(0),
  population: optionalNumber(0).pipe(z.number().int().nullable()),
  districts: optionalNumber(0).pipe(z.number().int().nullable()),
  figuresAsOf: optionalText(40),
  figuresSource: optionalText(300),
  // the kop of printouts
  address: optionalText(300),
  phone: optionalText(60),
  email: z
    .preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.email().max(200).optional())
    .transform((v) => v ?? null),
  website: optionalText(200),
  /** Admins only (the field is shown to them); absent: unchanged. */
  timeZone: z.enum(REGENCY_ZONES).optional(),
});
export type UpdateRegencyProfileInput = z.output<typeof updateRegencyProfileSchema>;

const logoFile = z.instanceof(File, { message: "files.errors.empty" });
export const setRegencyLogoSchema = z.object({ regencyId: z.uuid(), version: z.coerce.number().int(), file: logoFile });
export type SetRegencyLogoInput = z.output<typeof setRegencyLogoSchema>;
export const removeRegencyLogoSchema = z.object({ regencyId: z.uuid(), version: z.coerce.number().int() });
export type RemoveRegencyLogoInput = z.output<typeof removeRegencyLogoSchema>;

export const MILESTONE_KINDS = [
  "formation_law",
  "pj_inauguration",
  "p3d_transfer",
  "hibah",
  "boundaries",
  "capital",
  "first_elected_bupati",
  "edob_evaluation",
  "other",
] as const;

const milestoneFields = {
  kind: z.enum(MILESTONE_KINDS),
  title: z.string().trim().min(3).max(200),
  date: requiredDate,
  evidence: optionalText(500),
  score: optionalNumber(0).pipe(z.number().max(100).nullable()),
  notes: optionalText(2000),
};

export const createMilestoneSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  ...milestoneFields,
});
export type CreateMilestoneInput = z.output<typeof createMilestoneSchema>;

/** A correction of a recorded stage (a wrong date or decree number); the audit keeps the old values. */
export const updateMilestoneSchema = z.object({ id: z.uuid(), version: z.coerce.number().int(), ...milestoneFields });
export type UpdateMilestoneInput = z.output<typeof updateMilestoneSchema>;

export const OBLIGATION_STATUSES = ["open", "in_progress", "fulfilled"] as const;
export const OBLIGATION_ASPECTS = ["formation", "governance", "public_services", "welfare", "competitiveness"] as const;

const obligationFields = {
  title: z.string().trim().min(3).max(300),
  aspect: z.enum(OBLIGATION_ASPECTS),
  source: z.string().trim().min(3).max(300),
  dueDate: optionalDate,
  responsiblePositionId: z
    .preprocess((v) => (v === "" ? undefined : v), z.uuid().optional())
    .transform((v) => v ?? null),
};

export const createObligationSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  ...obligationFields,
  evidence: optionalText(1000),
});
export type CreateObligationInput = z.output<typeof createObligationSchema>;

/** A correction of what was recorded (wording, legal basis, due date, responsible position); status has its own form. */
export const updateObligationSchema = z.object({ id: z.uuid(), version: z.coerce.number().int(), ...obligationFields });
export type UpdateObligationInput = z.output<typeof updateObligationSchema>;

export const updateObligationStatusSchema = z.object({
  obligationId: z.uuid(),
  version: z.coerce.number().int(),
  status: z.enum(OBLIGATION_STATUSES),
  evidence: optionalText(1000),
});
export type UpdateObligationStatusInput = z.output<typeof updateObligationStatusSchema>;

export const POTENTIAL_STATUSES = ["identified", "studied", "being_developed"] as const;

export const createPotentialSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  sector: z.string().trim().min(2).max(80),
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(4000).default(""),
  evidence: optionalText(1000),
  estimatedValue: optionalNumber(0),
});
export type CreatePotentialInput = z.output<typeof createPotentialSchema>;

export const updatePotentialStatusSchema = z.object({
  potentialId: z.uuid(),
  version: z.coerce.number().int(),
  status: z.enum(POTENTIAL_STATUSES),
});
export type UpdatePotentialStatusInput = z.output<typeof updatePotentialStatusSchema>;

export const linkPotentialIssueSchema = z.object({
  potentialId: z.uuid(),
  issueId: z.uuid(),
});

export const linkPotentialFollowUpSchema = z.object({
  potentialId: z.uuid(),
  followUpId: z.uuid(),
});

/** The register's filter: every potential, or only those nothing works on yet. */
export const potentialFilterSchema = z.enum(["all", "idle"]).catch("all");

export const importRegenciesSchema = z.object({
  file: z.custom<File>((v) => typeof File !== "undefined" && v instanceof File && v.size > 0, {
    message: "regencies.import.errors.noFile",
  }),
});
