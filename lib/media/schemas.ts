import { z } from "zod";
import { calendarDayDate } from "@/lib/calendar-day";
import { idempotencyKeySchema } from "@/lib/idempotency";
import { idList } from "@/lib/publications/schemas";

export const SENTIMENTS = ["positif", "netral", "negatif"] as const;
export const MEDIA_TYPES = ["online", "cetak", "tv", "radio", "medsos"] as const;

const coverageFields = {
  outlet: z.string().trim().min(2).max(120),
  mediaType: z.enum(MEDIA_TYPES),
  url: z.url({ protocol: /^https?$/ }).max(1000),
  publishedOn: calendarDayDate(),
  headline: z.string().trim().min(3).max(300),
  sentiment: z.enum(SENTIMENTS),
  reach: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce.number().int().min(0).max(1_000_000_000).nullable(),
  ),
  notes: z.string().trim().max(2000).default(""),
  issueIds: idList,
};

export const createCoverageSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  ...coverageFields,
});
export const updateCoverageSchema = z.object({ id: z.uuid(), version: z.coerce.number().int(), ...coverageFields });
export const coverageFilterSchema = z.object({
  issueId: z.uuid().optional().catch(undefined),
  sentiment: z.enum(SENTIMENTS).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
});

export type CreateCoverageInput = z.output<typeof createCoverageSchema>;
export type UpdateCoverageInput = z.output<typeof updateCoverageSchema>;
