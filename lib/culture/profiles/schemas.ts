import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/idempotency";
import { CULTURE_TYPES } from "../instrument";

/** ?period= on the culture pages: a year, or nothing (the latest). */
export const culturePeriodSchema = z.object({
  period: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});

/** The gap (preferred − now, in points) above which a gap proposes a change initiative. */
export const setGapThresholdSchema = z.object({
  regencyId: z.uuid(),
  version: z.coerce.number().int(),
  cultureGapThreshold: z.coerce
    .number({ error: "culture.profiles.errors.threshold" })
    .int("culture.profiles.errors.threshold")
    .min(1, "culture.profiles.errors.threshold")
    .max(50, "culture.profiles.errors.threshold"),
});
export type SetGapThresholdInput = z.output<typeof setGapThresholdSchema>;

/** A gap of one culture type of a group (the regency when agencyId is empty) in one period. */
export const proposeFromGapSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  agencyId: z
    .union([z.uuid(), z.literal("")])
    .optional()
    .transform((v) => v || null),
  type: z.enum(CULTURE_TYPES),
  period: z.coerce.number().int().min(2000).max(2100),
});
export type ProposeFromGapInput = z.output<typeof proposeFromGapSchema>;
