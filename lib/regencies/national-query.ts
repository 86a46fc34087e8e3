import { z } from "zod";

/** The national portal's filters from the query string; anything malformed falls back to none. */
export const nationalQuerySchema = z.object({
  q: z.string().trim().max(80).optional().catch(undefined),
  province: z.string().trim().max(80).optional().catch(undefined),
  year: z.coerce.number().int().min(1945).max(2100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(999).catch(1),
});
