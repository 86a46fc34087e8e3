import "server-only";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { answerKnownErrors, errorJson, invalidJson } from "@/lib/http/form-state-json";
import { isSameOrigin } from "@/lib/http/origin";
import { withoutNul } from "@/lib/http/without-nul";
import { getT } from "@/lib/i18n/server";
import { explainConflict } from "./explain-conflict";
import { addIssueUpdate } from "./mutations";
import { addIssueUpdateSchema } from "./schemas";

/** A note is at most 10,000 characters: anything much longer is not one of ours. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * A progress note the phone queued while offline (components/offline/note-queue.ts), sent when
 * the link returns: JSON with the same one-time key for every resend, and the issue version the
 * note was written against. The same schema and mutation as the form online (addIssueUpdateAction),
 * so the same authorization, audit row and idempotency; a change to the issue meanwhile answers
 * 409 with the form's conflict message. Answers { status, message, fieldErrors? } as FormState.
 */
export async function postQueuedNote(request: Request, issueId: string): Promise<Response> {
  const t = await getT();
  const answer = (e: AppError) => errorJson(e, t);
  if (!isSameOrigin(request)) return answer(new AppError("FORBIDDEN"));
  const actor = await getActor();
  if (!actor) return answer(new AppError("UNAUTHENTICATED"));
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return answer(new AppError("INVALID"));
  let body: unknown;
  try {
    body = JSON.parse(withoutNul(text));
  } catch {
    return answer(new AppError("INVALID"));
  }
  const parsed = addIssueUpdateSchema.safeParse({ ...(body as object), issueId });
  if (!parsed.success) return invalidJson(parsed.error.issues, t);
  return answerKnownErrors(t, async () => {
    await explainConflict(t, () => addIssueUpdate(actor, parsed.data));
    revalidatePath(`/issues/${issueId}`);
    return Response.json({ status: "success", message: t("issues.timeline.added") });
  });
}
