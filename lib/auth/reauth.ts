import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";

/** Approving, publishing, managing users and resetting a second factor need a fresh check. */
export const REAUTH_WINDOW_MS = 10 * 60_000;
export const CONFIRM_PATH = "/account/confirm";
/** The message key of the refusal; the form state then carries `data.reauth`. */
export const REAUTH_REQUIRED = "auth.reauth.required";

/**
 * Refuses (403, REAUTH_REQUIRED) unless this session checked the password or a code in the last ten
 * minutes. The form shows the message with a link to /account/confirm that comes back here.
 */
export function assertRecentlyAuthenticated(actor: Actor, now: number = Date.now()): void {
  if (!recentlyAuthenticated(actor, now)) throw new AppError("FORBIDDEN", REAUTH_REQUIRED);
}

export function recentlyAuthenticated(actor: Actor, now: number = Date.now()): boolean {
  return !!actor.verifiedAt && now - actor.verifiedAt.getTime() <= REAUTH_WINDOW_MS;
}
