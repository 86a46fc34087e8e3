import "server-only";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { answerKnownErrors, errorJson, invalidJson } from "@/lib/http/form-state-json";
import { isSameOrigin } from "@/lib/http/origin";
import { getT } from "@/lib/i18n/server";
import { importRegenciesAnswer, MAX_IMPORT_BYTES } from "./import-answer";
import { importRegenciesSchema } from "./schemas";

/** The file and the multipart wrapping around it. */
const MAX_BODY_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

/**
 * The regency CSV upload sent by components/regencies/import-form.tsx with XMLHttpRequest, so
 * the page can show how much of the file has gone up on a slow link. The same gate as the
 * form's server action (importRegenciesAction: signed in, admin only), the same schema and the
 * same import (importRegenciesAnswer; the import checks admin again in its transaction and
 * writes the audit row). Answers the form's state as JSON ({ status, message, data.errors }).
 */
export async function postRegencyImport(request: Request): Promise<Response> {
  const t = await getT();
  const answer = (e: AppError) => errorJson(e, t);
  if (!isSameOrigin(request)) return answer(new AppError("FORBIDDEN"));
  const actor = await getActor();
  if (!actor) return answer(new AppError("UNAUTHENTICATED"));
  if (!actor.isAdmin) return answer(new AppError("FORBIDDEN"));
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES)
    return answer(new AppError("INVALID", "regencies.import.errors.tooLarge"));
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return answer(new AppError("INVALID"));
  }
  const parsed = importRegenciesSchema.safeParse({ file: form.get("file") });
  if (!parsed.success) return invalidJson(parsed.error.issues, t);
  return answerKnownErrors(t, async () => Response.json(await importRegenciesAnswer(actor, parsed.data.file, t)));
}
