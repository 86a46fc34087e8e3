import "server-only";
import type { z } from "zod";
import { errorState, ERROR_MESSAGE_KEYS } from "@/lib/action-state";
import { AppError, appErrorStatus } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { translateIssues } from "@/lib/validation";
import { busyAsAppError } from "./busy";

// The answers of a route handler that stands in for a form's server action (a note queued on the
// phone, a file sent with upload progress): the form's FormState as JSON, so the page shows the
// same messages either way.

/** A refusal as the form's error state, with its HTTP status. */
export function errorJson(e: AppError, t: Translate): Response {
  return Response.json(errorState(e, t), { status: appErrorStatus(e) });
}

/** Fields the schema refused, each with its message in the user's language (422). */
export function invalidJson(issues: z.core.$ZodIssue[], t: Translate): Response {
  return Response.json(
    { status: "error", message: t(ERROR_MESSAGE_KEYS.INVALID), fieldErrors: translateIssues(issues, t) },
    { status: 422 },
  );
}

/** Runs the work; a known refusal (an AppError, a busy pool) becomes its answer, anything else is thrown. */
export async function answerKnownErrors(t: Translate, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (e) {
    const known = busyAsAppError(e);
    if (known instanceof AppError) return errorJson(known, t);
    throw e;
  }
}
