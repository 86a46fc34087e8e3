import { z } from "zod";
import { calendarDay } from "@/lib/calendar-day";
import { idempotencyKeySchema } from "@/lib/idempotency";

// Inputs of the culture survey: the coordinator's forms (portal) and the respondent's code (/budaya/<code>).

const day = calendarDay();

const dates = {
  /** the first day answers are taken, on the regency's calendar */
  opensOn: day,
  /** the last day answers are taken (until 24:00 on the regency's clock) */
  closesOn: day,
};
const closesAfterOpens = (v: { opensOn: string; closesOn: string }) => v.closesOn >= v.opensOn;
const closesRule = { path: ["closesOn"], message: "culture.surveys.errors.closesBeforeOpens" };

export const createSurveySchema = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    regencyId: z.uuid(),
    /** "" = the whole regency */
    agencyId: z.union([z.literal(""), z.uuid()]).default(""),
    period: z.coerce.number().int().min(2000).max(2100),
    title: z.string().trim().min(3).max(200),
    ...dates,
  })
  .refine(closesAfterOpens, closesRule);

export const updateSurveyDatesSchema = z
  .object({ surveyId: z.uuid(), version: z.coerce.number().int(), ...dates })
  .refine(closesAfterOpens, closesRule);

export const closeSurveySchema = z.object({ surveyId: z.uuid(), version: z.coerce.number().int() });

/** A survey's code as typed or linked: letters and digits, case-insensitive. */
export const surveyCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4,12}$/);

export type CreateSurveyInput = z.output<typeof createSurveySchema>;
export type UpdateSurveyDatesInput = z.output<typeof updateSurveyDatesSchema>;
export type CloseSurveyInput = z.output<typeof closeSurveySchema>;
