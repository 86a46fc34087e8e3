import "server-only";
import { ERROR_MESSAGE_KEYS } from "@/lib/action-state";
import { AppError } from "@/lib/errors";
import { busyAsAppError } from "@/lib/http/busy";
import { objectStore } from "@/lib/files/storage";
import { withoutNul } from "@/lib/http/without-nul";
import type { Translate } from "@/lib/i18n/translate";
import { translateIssues } from "@/lib/validation";
import { sealFormState } from "./form-state";
import { PostTooLargeError, readBytesLimited } from "./http";
import { MAX_POST_BYTES, senderHashOf } from "./limits";
import { storeCitizenPhoto, type StoredPhoto } from "./photo";
import { ECHOED_FIELDS, submitAspirationSchema } from "./schemas";
import { submitAspiration } from "./submit";

export type PostOutcome = { ok: true; code: string } | { ok: false; sealed: string; issue?: string };

/**
 * The public form's post, from the raw request to an outcome the route handler turns into a 303:
 * to the status page, or back to the form with the message, the field errors and what was typed.
 * Every refusal is an expected outcome (never a 500): too large, honeypot, invalid, limits.
 */
export async function handleAspirationPost(
  request: Request,
  regencySlug: string,
  ip: string | null,
  t: Translate,
): Promise<PostOutcome> {
  const back = (message: string, fieldErrors: Record<string, string[]> = {}, values: Record<string, string> = {}) => ({
    ok: false as const,
    sealed: sealFormState({ message, fieldErrors, values }),
    issue: values.issue,
  });
  let form: FormData;
  try {
    const bytes = await readBytesLimited(request, MAX_POST_BYTES);
    form = await new Response(new Uint8Array(bytes), {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch (e) {
    if (e instanceof PostTooLargeError) return back(t("aspirations.public.errors.tooLarge"));
    return back(t("common.errors.invalid"));
  }
  const values: Record<string, string> = {};
  for (const k of ECHOED_FIELDS) {
    const v = form.get(k);
    if (typeof v === "string") values[k] = withoutNul(v).slice(0, 4000);
  }
  const raw = Object.fromEntries(
    [...form.keys()].map((k) => [k, typeof form.get(k) === "string" ? withoutNul(form.get(k) as string) : undefined]),
  );
  const parsed = submitAspirationSchema.safeParse(raw);
  if (!parsed.success) return back(t("common.errors.invalid"), translateIssues(parsed.error.issues, t), values);
  if (parsed.data.website) return back(t("aspirations.public.errors.refused"), {}, values);
  const file = form.get("photo");
  let photo: StoredPhoto | null = null;
  try {
    if (file instanceof File && file.size > 0) photo = await storeCitizenPhoto(file);
    const { code } = await submitAspiration({
      ...parsed.data,
      regencySlug,
      senderHash: senderHashOf(ip),
      photo,
    });
    return { ok: true, code };
  } catch (thrown) {
    if (photo)
      await objectStore()
        .delete(photo.storageKey)
        .catch(() => {});
    const e = busyAsAppError(thrown);
    if (!(e instanceof AppError)) throw e;
    const fieldErrors = Object.fromEntries(
      Object.entries(e.fieldErrors ?? {}).map(([k, msgs]) => [k, msgs.map((m) => t(m, e.values))]),
    );
    return back(t(e.userMessage ?? ERROR_MESSAGE_KEYS[e.code], e.values), fieldErrors, values);
  }
}
