import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import type { AuditAction } from "./actions";

export type AuditEntity = { type: string; id: string; regencyId?: string | null };
export type AuditChanges = Record<string, unknown>;

type Comparable = string | number | boolean | null | undefined | Date | readonly unknown[] | Record<string, unknown>;

function normalise(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (v === undefined) return null;
  return v;
}

/** { field: [old, new] } for the fields that changed, dates as ISO strings. */
export function diff<T extends Record<string, Comparable>>(
  before: Partial<T>,
  after: Partial<T>,
  fields: (keyof T)[],
): AuditChanges {
  const out: AuditChanges = {};
  for (const f of fields) {
    const a = normalise(before[f]);
    const b = normalise(after[f]);
    if (JSON.stringify(a) !== JSON.stringify(b)) out[f as string] = [a, b];
  }
  return out;
}

/** { field: [null, value] } for a created record. */
export function created(values: Record<string, unknown>): AuditChanges {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, [null, normalise(v)]]));
}

/**
 * Writes one audit event inside the caller's transaction, so the event exists exactly when
 * the change does. The database chains and seals it (see the init migration).
 */
export async function recordAudit(
  tx: Tx,
  actor: Actor | null,
  action: AuditAction,
  entity: AuditEntity,
  changes?: AuditChanges,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? "system",
      action,
      entityType: entity.type,
      entityId: entity.id,
      regencyId: entity.regencyId ?? null,
      changes: (changes ?? {}) as object,
      ip: actor?.ip ?? null,
      userAgent: actor?.userAgent ?? null,
    },
  });
}
