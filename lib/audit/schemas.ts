import { z } from "zod";

export const auditFilterSchema = z.object({
  regencyId: z.uuid().optional().catch(undefined),
  action: z.string().trim().max(100).optional().catch(undefined),
  entityType: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().trim().max(200).optional().catch(undefined),
  before: z.coerce.bigint().positive().optional().catch(undefined), // keyset cursor: seq
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
