import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/idempotency";

export const attachEvidenceSchema = z.object({
  recordType: z.enum(["nonconformity", "assessment", "audit"]),
  recordId: z.uuid(),
  file: z.instanceof(File, { message: "files.errors.empty" }),
  idempotencyKey: idempotencyKeySchema,
});
