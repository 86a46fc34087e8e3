import { z } from "zod";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Every create form carries a one-time key rendered with the form (see components/forms). */
export const idempotencyKeySchema = z.uuid();

/**
 * Runs `create` once per key: a double-clicked or re-sent submit returns the first result
 * instead of a second record. Call inside the mutation's transaction; concurrent duplicates
 * wait on the key's primary-key lock and then find it taken. A key belongs to the user who
 * first used it: anyone else presenting it is refused (never handed the first user's record).
 */
export async function once<T extends Record<string, unknown>>(
  tx: Tx,
  key: string,
  userId: string | null,
  create: () => Promise<T>,
): Promise<T> {
  const inserted =
    await tx.$executeRaw`INSERT INTO "IdempotencyKey" (key, "userId", result) VALUES (${key}, ${userId}::uuid, '{}'::jsonb) ON CONFLICT (key) DO NOTHING`;
  if (inserted === 0) {
    const prior = await tx.idempotencyKey.findUnique({ where: { key } });
    if (prior!.userId !== userId) throw new AppError("CONFLICT", "common.errors.formKeyForeign");
    return prior!.result as T;
  }
  const result = await create();
  await tx.idempotencyKey.update({ where: { key }, data: { result: result as object } });
  return result;
}
