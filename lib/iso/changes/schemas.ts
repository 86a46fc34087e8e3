import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/idempotency";

export const CHANGE_PHASES = ["plan", "do", "check", "act", "closed"] as const;
const optionalUuid = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .transform((v) => v || null);
const text = z.string().trim().max(10_000).optional().default("");

export const createChangeSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  title: z.string().trim().min(5, "iso.errors.titleShort").max(200),
  purpose: z.string().trim().min(10, "iso.errors.purposeShort").max(5000),
  consequences: text,
  resources: text,
  ownerPositionId: optionalUuid,
  issueId: optionalUuid,
});
export type CreateChangeInput = z.output<typeof createChangeSchema>;

/** The notes of the current phase; fields of other phases are ignored. */
export const savePhaseNotesSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int(),
  planObjective: text,
  planScope: text,
  planRisks: text,
  doActivities: text,
  checkResults: text,
});
export type SavePhaseNotesInput = z.output<typeof savePhaseNotesSchema>;

export const advanceChangeSchema = z.object({ id: z.uuid(), version: z.coerce.number().int() });

export const actDecisionSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int(),
  decision: z.enum(["standardize", "adjust"], "iso.errors.decisionRequired"),
  note: z.string().trim().min(10, "iso.errors.actNoteShort").max(5000),
});
