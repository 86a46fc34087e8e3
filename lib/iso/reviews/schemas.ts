import { z } from "zod";
import { calendarDayDate } from "@/lib/calendar-day";
import { idempotencyKeySchema } from "@/lib/idempotency";

const optionalUuid = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .transform((v) => v || null);
const date = calendarDayDate("iso.errors.dateRequired");

export const createReviewSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  title: z.string().trim().min(5, "iso.errors.titleShort").max(200),
  meetingDate: date,
  chairPositionId: optionalUuid,
  attendees: z.string().trim().max(5000).optional().default(""),
});
export type CreateReviewInput = z.output<typeof createReviewSchema>;

export const updateReviewSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int(),
  attendees: z.string().trim().max(5000).optional().default(""),
  decisions: z.string().trim().max(20_000).optional().default(""),
});

export const addReviewActionSchema = z.object({
  reviewId: z.uuid(),
  description: z.string().trim().min(5, "iso.errors.actionShort").max(2000),
  ownerPositionId: optionalUuid,
  dueDate: date,
  idempotencyKey: idempotencyKeySchema,
});

export const completeReviewActionSchema = z.object({ reviewId: z.uuid(), actionId: z.uuid() });
export const approveReviewSchema = z.object({ id: z.uuid(), version: z.coerce.number().int() });
