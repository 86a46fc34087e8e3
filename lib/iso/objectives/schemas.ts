import { z } from "zod";
import { optionalCalendarDayDate } from "@/lib/calendar-day";
import { idempotencyKeySchema } from "@/lib/idempotency";

const optionalUuid = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .transform((v) => v || null);
const optionalDate = optionalCalendarDayDate;
const number = z.coerce.number("iso.errors.numberRequired").finite();

export const createObjectiveSchema = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    regencyId: z.uuid(),
    title: z.string().trim().min(5, "iso.errors.titleShort").max(200),
    indicator: z.string().trim().min(3, "iso.errors.indicatorRequired").max(300),
    unit: z.string().trim().max(30).optional().default(""),
    baseline: number,
    target: number,
    direction: z.enum(["increase", "decrease"]),
    ownerPositionId: optionalUuid,
    dueDate: optionalDate,
  })
  .refine((v) => (v.direction === "increase" ? v.target > v.baseline : v.target < v.baseline), {
    path: ["target"],
    message: "iso.errors.targetDirection",
  });
export type CreateObjectiveInput = z.output<typeof createObjectiveSchema>;

export const recordMeasurementSchema = z.object({
  objectiveId: z.uuid(),
  period: z
    .string()
    .trim()
    .regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?$/, "iso.errors.measurementPeriod"),
  value: number,
  note: z.string().trim().max(2000).optional().default(""),
});
export type RecordMeasurementInput = z.output<typeof recordMeasurementSchema>;
