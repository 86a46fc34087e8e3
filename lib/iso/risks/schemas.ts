import { z } from "zod";
import { calendarDayDate } from "@/lib/calendar-day";
import { idempotencyKeySchema } from "@/lib/idempotency";

export const RISK_KINDS = ["risk", "opportunity"] as const;
export const RISK_TREATMENTS = ["avoid", "reduce", "share", "accept", "pursue"] as const;

const scale = z.coerce.number().int().min(1).max(5);
const optionalUuid = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .transform((v) => v || null);
const fields = {
  kind: z.enum(RISK_KINDS),
  title: z.string().trim().min(5, "iso.errors.titleShort").max(200),
  context: z.string().trim().max(2000).optional().default(""),
  likelihood: scale,
  impact: scale,
  treatment: z.enum(RISK_TREATMENTS),
  action: z.string().trim().max(2000).optional().default(""),
  ownerPositionId: optionalUuid,
  reviewDate: calendarDayDate("iso.errors.dateRequired"),
};

export const createRiskSchema = z.object({ idempotencyKey: idempotencyKeySchema, regencyId: z.uuid(), ...fields });
export type CreateRiskInput = z.output<typeof createRiskSchema>;

export const updateRiskSchema = z.object({ id: z.uuid(), version: z.coerce.number().int(), ...fields });
export type UpdateRiskInput = z.output<typeof updateRiskSchema>;
