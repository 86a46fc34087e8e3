import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/idempotency";
import { optionalText } from "@/lib/regencies/schemas";

/** The kinds of perangkat daerah (OPD) a regency forms, in the order of its organisation chart. */
export const AGENCY_KINDS = ["sekretariat", "dprd", "inspektorat", "dinas", "badan", "kecamatan", "lainnya"] as const;

const agencyFields = {
  name: z.string().trim().min(3).max(160),
  shortName: optionalText(30),
  kind: z.enum(AGENCY_KINDS),
};

export const createAgencySchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  regencyId: z.uuid(),
  ...agencyFields,
});
export type CreateAgencyInput = z.output<typeof createAgencySchema>;

export const updateAgencySchema = z.object({ id: z.uuid(), version: z.coerce.number().int(), ...agencyFields });
export type UpdateAgencyInput = z.output<typeof updateAgencySchema>;
