import { z } from "zod";
import { optionalCalendarDayDate } from "@/lib/calendar-day";
import { idempotencyKeySchema } from "@/lib/idempotency";

export const DOCUMENT_TYPES = ["procedure", "form", "policy", "work_instruction", "external"] as const;
export const DOC_VERSION_STATUSES = ["draft", "in_review", "approved", "effective", "superseded"] as const;

const optionalUuid = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .transform((v) => v || null);
const reviewDate = optionalCalendarDayDate;

export const createDocumentSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  number: z.string().trim().min(2, "iso.errors.docNumberRequired").max(60),
  title: z.string().trim().min(5, "iso.errors.titleShort").max(200),
  type: z.enum(DOCUMENT_TYPES),
  ownerAgencyId: optionalUuid,
  content: z.string().max(100_000).optional().default(""),
});
export type CreateDocumentInput = z.output<typeof createDocumentSchema>;

export const editDraftSchema = z.object({
  versionId: z.uuid(),
  version: z.coerce.number().int(),
  changeSummary: z.string().trim().max(2000).optional().default(""),
  content: z.string().max(100_000),
});

export const versionTransitionSchema = z.object({ versionId: z.uuid(), version: z.coerce.number().int() });

export const reviewVersionSchema = z
  .object({
    versionId: z.uuid(),
    version: z.coerce.number().int(),
    decision: z.enum(["approve", "return"], "iso.errors.decisionRequired"),
    note: z.string().trim().max(2000).optional().default(""),
  })
  .refine((v) => v.decision === "approve" || v.note.length >= 10, {
    path: ["note"],
    message: "iso.errors.returnNoteRequired",
  });

export const makeEffectiveSchema = z.object({
  versionId: z.uuid(),
  version: z.coerce.number().int(),
  reviewDueDate: reviewDate,
});

export const newVersionSchema = z.object({
  documentId: z.uuid(),
  changeSummary: z.string().trim().min(5, "iso.errors.changeSummaryShort").max(2000),
});
