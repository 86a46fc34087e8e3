import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

type Reference = "position" | "agency" | "issue" | "member" | "follow_up";

async function countInRegency(tx: Tx, kind: Reference, ids: string[], regencyId: string): Promise<number> {
  switch (kind) {
    case "position":
      return tx.position.count({ where: { id: { in: ids }, regencyId } });
    case "agency":
      return tx.agency.count({ where: { id: { in: ids }, regencyId } });
    case "issue":
      return tx.issue.count({ where: { id: { in: ids }, regencyId } });
    case "member":
      return tx.membership.count({ where: { userId: { in: ids }, regencyId } });
    case "follow_up":
      return tx.followUp.count({ where: { id: { in: ids }, regencyId } });
  }
}

/**
 * "This reference belongs to the same regency": a position, agency, issue, follow-up or member (user id)
 * picked in a form must be of the record's regency, else the form's field says "not a valid
 * choice" (INVALID). A row of another regency is never linked, and its existence is not told.
 * Nothing picked (null, undefined, empty string or list) passes.
 */
export async function assertSameRegency(
  tx: Tx,
  regencyId: string,
  kind: Reference,
  picked: string | readonly string[] | null | undefined,
  field: string,
  message = "common.validation.choice",
): Promise<void> {
  const ids = [...new Set((typeof picked === "string" ? [picked] : (picked ?? [])).filter(Boolean))];
  if (ids.length === 0) return;
  if ((await countInRegency(tx, kind, ids, regencyId)) !== ids.length) {
    throw new AppError("INVALID", "common.errors.invalid", { [field]: [message] });
  }
}
