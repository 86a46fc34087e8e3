/** BUSY: the database could not take the request in time (a burst); the user may send it again as it is. */
export type AppErrorCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "RATE_LIMITED" | "BUSY";

/**
 * An expected failure with a message for the user. `userMessage` is a translation key
 * (with optional values); anything that is not an AppError is a bug and is never shown.
 */
export class AppError extends Error {
  constructor(
    public code: AppErrorCode,
    public userMessage?: string,
    public fieldErrors?: Record<string, string[]>,
    public values?: Record<string, string | number>,
  ) {
    super(userMessage ?? code);
    this.name = "AppError";
  }
}

const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
  RATE_LIMITED: 429,
  BUSY: 503,
};

/** The HTTP status a route handler answers an AppError with. */
export function appErrorStatus(e: AppError): number {
  return HTTP_STATUS[e.code];
}

/** Prisma's "record to update not found": with a version in the where, a stale save. */
export function isRecordNotFound(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2025";
}

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
}
