import { z } from "zod";
import { calendarDayDate } from "@/lib/calendar-day";
import { idempotencyKeySchema } from "@/lib/idempotency";

export const NC_SOURCES = [
  "internal_audit",
  "public_complaint",
  "process_monitoring",
  "management_review",
  "development_issue",
  "iso18091_assessment",
] as const;
export const NC_SEVERITIES = ["major", "minor"] as const;
export const NC_STATUSES = ["open", "in_progress", "awaiting_verification", "closed"] as const;

const optionalUuid = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .transform((v) => v || null);
const text = (max: number) => z.string().trim().max(max).optional().default("");
const owner = z.string().regex(/^(user|position):[0-9a-f-]{36}$/i, "iso.errors.ownerRequired");

export const createNonconformitySchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  title: z.string().trim().min(5, "iso.errors.titleShort").max(200),
  source: z.enum(NC_SOURCES),
  agencyId: optionalUuid,
  description: z.string().trim().min(10, "iso.errors.descriptionShort").max(10_000),
  requirement: z.string().trim().min(2, "iso.errors.requirementRequired").max(2_000),
  evidence: text(10_000),
  severity: z.enum(NC_SEVERITIES),
  correction: text(5_000),
});
export type CreateNonconformityInput = z.output<typeof createNonconformitySchema>;

export const updateNonconformitySchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int(),
  title: z.string().trim().min(5, "iso.errors.titleShort").max(200),
  agencyId: optionalUuid,
  description: z.string().trim().min(10, "iso.errors.descriptionShort").max(10_000),
  requirement: z.string().trim().min(2, "iso.errors.requirementRequired").max(2_000),
  evidence: text(10_000),
  severity: z.enum(NC_SEVERITIES),
  correction: text(5_000),
  rootCause: text(10_000),
  similarChecked: text(5_000),
});
export type UpdateNonconformityInput = z.output<typeof updateNonconformitySchema>;

export const addCorrectiveActionSchema = z.object({
  nonconformityId: z.uuid(),
  description: z.string().trim().min(5, "iso.errors.actionShort").max(2_000),
  owner,
  dueDate: calendarDayDate("iso.errors.dueDateRequired"),
  idempotencyKey: idempotencyKeySchema,
});
export type AddCorrectiveActionInput = z.output<typeof addCorrectiveActionSchema>;

export const completeCorrectiveActionSchema = z.object({
  actionId: z.uuid(),
  version: z.coerce.number().int(),
  doneNote: z.string().trim().min(5, "iso.errors.doneNoteShort").max(2_000),
});

export const transitionNonconformitySchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int(),
});

export const verifyNonconformitySchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int(),
  effective: z.enum(["yes", "no"], "iso.errors.verificationChoice").transform((v) => v === "yes"),
  note: z.string().trim().min(5, "iso.errors.verificationNoteShort").max(5_000),
});

export const reopenNonconformitySchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int(),
  reason: z.string().trim().min(10, "iso.errors.reopenReasonShort").max(2_000),
});

export const nonconformityFilterSchema = z.object({
  status: z.enum(NC_STATUSES).optional().catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined), // only those with a corrective action past due
  after: z.coerce.number().int().positive().optional().catch(undefined), // keyset cursor: number
});
