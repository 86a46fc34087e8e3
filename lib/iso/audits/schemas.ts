import { z } from "zod";
import { calendarDayDate } from "@/lib/calendar-day";
import { idempotencyKeySchema } from "@/lib/idempotency";

export const FINDING_KINDS = ["major_nc", "minor_nc", "observation", "ofi"] as const;
const date = calendarDayDate("iso.errors.dateRequired");

export const createAuditSchema = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    regencyId: z.uuid(),
    programYear: z.coerce.number().int().min(2000).max(2100),
    title: z.string().trim().min(5, "iso.errors.titleShort").max(200),
    scope: z.string().trim().min(5, "iso.errors.scopeRequired").max(5000),
    criteria: z.string().trim().min(2, "iso.errors.criteriaRequired").max(5000),
    auditedAgencyId: z.uuid("iso.errors.agencyRequired"),
    leadAuditorId: z.uuid("iso.errors.auditorRequired"),
    startDate: date,
    endDate: date,
  })
  .refine((v) => v.endDate >= v.startDate, { path: ["endDate"], message: "iso.errors.endBeforeStart" });
export type CreateAuditInput = z.output<typeof createAuditSchema>;

export const addFindingSchema = z.object({
  auditId: z.uuid(),
  kind: z.enum(FINDING_KINDS, "iso.errors.findingKindRequired"),
  clause: z.string().trim().min(1, "iso.errors.clauseRequired").max(200),
  statement: z.string().trim().min(10, "iso.errors.statementShort").max(5000),
  evidence: z.string().trim().max(5000).optional().default(""),
  idempotencyKey: idempotencyKeySchema,
});
export type AddFindingInput = z.output<typeof addFindingSchema>;

export const raiseFromFindingSchema = z.object({
  findingId: z.uuid(),
  target: z.enum(["nonconformity", "issue"]),
});

export const completeAuditSchema = z.object({ id: z.uuid(), version: z.coerce.number().int() });
