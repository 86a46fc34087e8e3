import "server-only";
import { z } from "zod";
import { allowed, type FormState, type GuardedAction } from "@/lib/action-state";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { answerKnownErrors, errorJson } from "@/lib/http/form-state-json";
import { isSameOrigin } from "@/lib/http/origin";
import { getT } from "@/lib/i18n/server";
import { UPLOAD_FORMS, type UploadForm } from "./forms";

/** An upload form's server action, the largest file it takes and what it says past that. */
export type Upload = { action: GuardedAction; maxBytes: number; tooLarge: () => AppError };

/** The form's other fields and the multipart wrapping around the file. */
const FIELDS_BYTES = 64 * 1024;

const paramsSchema = z.object({ form: z.enum(UPLOAD_FORMS) });

/**
 * A form's file sent with upload progress (components/forms/upload-action-form.tsx). The request
 * is checked (same origin, signed in, the action's first gate, not larger than the form takes)
 * before its body is read, then the form's own server action runs on it — the same
 * authentication, permission, schema, mutation and audit row as the plain form post — and its
 * FormState is the JSON answer.
 */
export async function postUpload(
  request: Request,
  params: unknown,
  uploads: Record<UploadForm, Upload>,
): Promise<Response> {
  const t = await getT();
  const answer = (e: AppError) => errorJson(e, t);
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) return answer(new AppError("NOT_FOUND"));
  if (!isSameOrigin(request)) return answer(new AppError("FORBIDDEN"));
  const actor = await getActor();
  if (!actor) return answer(new AppError("UNAUTHENTICATED"));
  const { action, maxBytes, tooLarge } = uploads[parsed.data.form];
  // the action checks this again; here it spares reading a body that would be refused
  if (!allowed(actor, action.access ?? "signed-in")) return answer(new AppError("FORBIDDEN"));
  // a declared size past the cap is refused before the body is read (the front server counts
  // the bytes of a body that declares none: scripts/lib/body-limit.ts)
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes + FIELDS_BYTES) return answer(tooLarge());
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return answer(new AppError("INVALID"));
  }
  return answerKnownErrors(t, async () => {
    const state: FormState = await action({ status: "idle" }, form);
    return Response.json(state);
  });
}
