import { z } from "zod";
import { isCalendarDay } from "@/lib/days";
import { AUDIT_RECORD_TYPES } from "./catalog";

/** A calendar day "2026-12-03" that exists (no 31 February). */
const day = z.string().trim().refine(isCalendarDay);

/**
 * The audit trail's filters, read from the page's URL (a GET form): every field optional, a bad
 * value is dropped rather than refused, so a hand-edited link still shows the trail.
 * from/to are calendar days of the event's regency (its time zone), both included.
 */
export const auditFilterSchema = z
  .object({
    regencyId: z.uuid().optional().catch(undefined),
    person: z.uuid().optional().catch(undefined),
    type: z.enum(AUDIT_RECORD_TYPES).optional().catch(undefined),
    record: z
      .string()
      .trim()
      .max(200)
      .regex(/^[^\u0000-\u001f]*$/) // no control characters (a NUL would fail the query)
      .transform((s) => s || undefined)
      .optional()
      .catch(undefined),
    from: day.optional().catch(undefined),
    to: day.optional().catch(undefined),
    before: z.coerce.bigint().positive().max(9_223_372_036_854_775_807n).optional().catch(undefined), // keyset cursor: seq
  })
  // a reversed range would match nothing: the dates are ignored and the page says so
  .transform((f) =>
    f.from && f.to && f.from > f.to ? { ...f, from: undefined, to: undefined, rangeIgnored: true } : f,
  );
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The filters as URL parameters (no cursor): links to the next page, the CSV and the print extract. */
export function auditFilterParams(f: AuditFilter): Record<string, string | undefined> {
  return { regencyId: f.regencyId, person: f.person, type: f.type, record: f.record, from: f.from, to: f.to };
}
