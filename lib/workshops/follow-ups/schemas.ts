import { z } from "zod";
import { calendarDayDate } from "@/lib/calendar-day";
import { FollowUpStatus } from "@/lib/generated/prisma/enums";
import { idempotencyKeySchema } from "@/lib/idempotency";

export const FOLLOW_UP_STATUSES = Object.values(FollowUpStatus);
/** Statuses in which a follow-up is still work to do (past its due date it is overdue). */
export const OPEN_FOLLOW_UP: FollowUpStatus[] = ["planned", "in_progress"];

/** A workshop answer or question becomes a rencana tindak lanjut on an open issue. */
export const createFollowUpSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  entryId: z.uuid(),
  issueId: z.uuid(),
  text: z.string().trim().min(3).max(2000),
  ownerPositionId: z.uuid("workshops.followUps.ownerRequired"),
  dueDate: calendarDayDate("workshops.followUps.dueRequired"),
});
export type CreateFollowUpInput = z.output<typeof createFollowUpSchema>;

export const setFollowUpStatusSchema = z.object({
  followUpId: z.uuid(),
  status: z.enum(FOLLOW_UP_STATUSES),
  version: z.coerce.number().int(),
});
export type SetFollowUpStatusInput = z.output<typeof setFollowUpStatusSchema>;
