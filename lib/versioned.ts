import type { Actor } from "@/lib/auth/actor";
import { diff, recordAudit, type AuditChanges, type AuditEntity } from "@/lib/audit/record";
import type { AuditAction } from "@/lib/audit/actions";
import type { Tx } from "@/lib/db";
import { AppError, isRecordNotFound } from "@/lib/errors";

/**
 * "A stale version is a conflict": every versioned write puts the version the user saw in its
 * where (and increments it); when another save came first Prisma finds no row (P2025), and the
 * user gets CONFLICT instead of overwriting what they never saw. `explain` may build a more
 * telling CONFLICT (which fields changed, by whom).
 */
export async function conflictIfStale<T>(write: () => Promise<T>, explain?: () => Promise<AppError>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isRecordNotFound(e)) throw explain ? await explain() : new AppError("CONFLICT");
    throw e;
  }
}

type Comparable = Parameters<typeof diff>[0][string];

/**
 * The one edit-a-record save: compares `before` with `after` on `fields`; when nothing changed it
 * writes nothing (no version bump, no audit row); otherwise it runs `write` (which carries the
 * user's version, see conflictIfStale) and records one audit row with the old → new values.
 * A stale version is a CONFLICT either way. Returns the changes, or null when nothing changed.
 */
export async function saveVersioned<F extends string>(
  tx: Tx,
  actor: Actor,
  save: {
    /** the version the user's form was loaded with */
    version: number;
    /** the row as it is now, with its current version */
    before: Record<F, Comparable> & { version: number };
    after: Record<F, Comparable>;
    fields: readonly F[];
    write: () => Promise<unknown>;
    action: AuditAction;
    entity: AuditEntity;
  },
): Promise<AuditChanges | null> {
  const changes = diff<Record<F, Comparable>>(save.before, save.after, [...save.fields]);
  if (Object.keys(changes).length === 0) {
    if (save.before.version !== save.version) throw new AppError("CONFLICT");
    return null;
  }
  await conflictIfStale(save.write);
  await recordAudit(tx, actor, save.action, save.entity, changes);
  return changes;
}
