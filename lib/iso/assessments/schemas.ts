import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/idempotency";
import { ISO_INDICATOR_CODES } from "./indicators";

export const ISO_RATINGS = ["red", "yellow", "green", "not_measurable"] as const;
export type IsoRatingName = (typeof ISO_RATINGS)[number];

export const createAssessmentSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  period: z
    .string()
    .trim()
    .regex(/^\d{4}(-(S[12]|Q[1-4]))?$/, "iso.errors.periodFormat"),
});
export type CreateAssessmentInput = z.output<typeof createAssessmentSchema>;

export type RatingInput = { rating: IsoRatingName | null; evidence: string; notes: string };

/**
 * The whole grid in one form: rating_<code>, evidence_<code>, notes_<code> per indicator.
 * An empty rating leaves the indicator unrated (allowed in a draft, refused at submit).
 */
export const saveRatingsSchema = z
  .object({ id: z.uuid(), version: z.coerce.number().int() })
  .catchall(z.unknown())
  .transform((raw, ctx) => {
    const ratings: Record<string, RatingInput> = {};
    for (const code of ISO_INDICATOR_CODES) {
      const rating = String(raw[`rating_${code}`] ?? "");
      if (rating && !(ISO_RATINGS as readonly string[]).includes(rating)) {
        ctx.addIssue({ code: "custom", path: [`rating_${code}`], message: "common.validation.choice" });
        continue;
      }
      const evidence = String(raw[`evidence_${code}`] ?? "").trim();
      const notes = String(raw[`notes_${code}`] ?? "").trim();
      if (evidence.length > 5000)
        ctx.addIssue({ code: "custom", path: [`evidence_${code}`], message: "iso.errors.textTooLong" });
      if (notes.length > 5000)
        ctx.addIssue({ code: "custom", path: [`notes_${code}`], message: "iso.errors.textTooLong" });
      ratings[code] = { rating: (rating || null) as IsoRatingName | null, evidence, notes };
    }
    return { id: raw.id, version: raw.version, ratings };
  });
export type SaveRatingsInput = z.output<typeof saveRatingsSchema>;

export const transitionAssessmentSchema = z.object({ id: z.uuid(), version: z.coerce.number().int() });

export const verifyAssessmentSchema = z
  .object({
    id: z.uuid(),
    version: z.coerce.number().int(),
    decision: z.enum(["verified", "disputed"], "iso.errors.decisionRequired"),
    note: z.string().trim().max(5000).optional().default(""),
  })
  .refine((v) => v.decision === "verified" || v.note.length >= 10, {
    path: ["note"],
    message: "iso.errors.disputeNoteRequired",
  });
export type VerifyAssessmentInput = z.output<typeof verifyAssessmentSchema>;

export const raiseFromRatingSchema = z.object({
  ratingId: z.uuid(),
  target: z.enum(["nonconformity", "issue", "change"]),
});
export type RaiseTarget = z.output<typeof raiseFromRatingSchema>["target"];

export const compareAssessmentsSchema = z.object({
  a: z.uuid().optional().catch(undefined),
  b: z.uuid().optional().catch(undefined),
});

export const compareRegenciesSchema = z.object({
  period: z
    .string()
    .trim()
    .regex(/^\d{4}(-(S[12]|Q[1-4]))?$/)
    .optional()
    .catch(undefined),
});
