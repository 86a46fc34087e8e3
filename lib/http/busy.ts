import { isBusyError } from "@/lib/db";

export { isBusyError };
import { AppError } from "@/lib/errors";

/**
 * A failure caused by load (no connection in time, a lost race) as the AppError a route handler
 * answers: 503 "Mekar sedang sibuk, coba lagi." with what was sent kept; anything else as it was.
 * Server actions get the same through formAction.
 */
export function busyAsAppError(e: unknown): unknown {
  return isBusyError(e) ? new AppError("BUSY", "common.errors.busy") : e;
}
