import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/idempotency";
import { optionalDate, optionalText, requiredDate } from "@/lib/regencies/schemas";

export const POSITION_KINDS = [
  "bupati",
  "wakil_bupati",
  "sekda",
  "kepala_bappeda",
  "ketua_dprd",
  "wakil_ketua_dprd",
  "anggota_dprd",
  "inspektur",
  "kepala_opd",
  "kepala_humas",
  "camat",
  "other",
] as const;
export const APPOINTMENT_KINDS = ["definitif", "pj", "plt"] as const;
/** Only these positions may be the regency's issue-management coordinator. */
export const COORDINATOR_KINDS = ["wakil_bupati", "sekda"] as const;

const optionalUuid = z.preprocess((v) => (v === "" ? undefined : v), z.uuid().optional()).transform((v) => v ?? null);

export const createPositionSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  kind: z.enum(POSITION_KINDS),
  title: z.string().trim().min(3).max(160),
  agencyId: optionalUuid,
  dprdCommission: optionalText(60),
});
export type CreatePositionInput = z.output<typeof createPositionSchema>;

export const appointHolderSchema = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    positionId: z.uuid(),
    personName: z.string().trim().min(3).max(160),
    appointment: z.enum(APPOINTMENT_KINDS),
    startDate: requiredDate,
    endDate: optionalDate,
    userId: optionalUuid,
  })
  .refine((v) => !v.endDate || v.endDate >= v.startDate, {
    path: ["endDate"],
    message: "leadership.errors.endBeforeStart",
  });
export type AppointHolderInput = z.output<typeof appointHolderSchema>;

export const endTermSchema = z.object({
  termId: z.uuid(),
  version: z.coerce.number().int(),
  endDate: requiredDate,
});
export type EndTermInput = z.output<typeof endTermSchema>;

export const setCoordinatorSchema = z.object({ positionId: z.uuid() });

export const updateLeaderProfileSchema = z.object({
  termId: z.uuid(),
  version: z.coerce.number().int(),
  background: optionalText(4000),
  disciplines: optionalText(500),
  profileNotes: optionalText(4000),
});
export type UpdateLeaderProfileInput = z.output<typeof updateLeaderProfileSchema>;
