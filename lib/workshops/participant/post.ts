import "server-only";
import { AppError } from "@/lib/errors";
import {
  appErrorMessage,
  appErrorStatus,
  crossSiteRefusal,
  participantOf,
  readSmallBody,
  seeOther,
  tooLarge,
  translatorOf,
  wantsJson,
} from "./http";
import type { Participant, PublicWorkshop, SubmitResult } from "./participant";
import { BodyTooLargeError } from "./read-body";

/**
 * One participant post (an answer, an upvote): same-site check, the joined participant, the
 * body read with a byte limit, then `handle`. The script gets JSON; a plain form goes back to
 * the page with a message.
 */
export async function participantPost(
  request: Request,
  code: string,
  handle: (who: { w: PublicWorkshop; p: Participant }, body: Record<string, unknown>) => Promise<SubmitResult>,
): Promise<Response> {
  const json = wantsJson(request);
  const { t } = translatorOf(request);
  const fail = (e: AppError) =>
    json
      ? Response.json({ error: appErrorMessage(e, t), code: e.code }, { status: appErrorStatus(e) })
      : seeOther(
          `/join/${encodeURIComponent(code.slice(0, 6))}?error=${encodeURIComponent(e.userMessage ?? "common.errors.invalid")}`,
        );
  const refused = crossSiteRefusal(request, t);
  if (refused) return refused;
  const who = await participantOf(request, code);
  if (!who) return fail(new AppError("UNAUTHENTICATED", "workshops.join.notJoined"));
  try {
    const result = await handle(who, (await readSmallBody(request)) ?? {});
    return json ? Response.json(result) : seeOther(`/join/${who.w.code}?sent=1`);
  } catch (e) {
    if (e instanceof BodyTooLargeError) return tooLarge(request, t);
    if (e instanceof AppError) return fail(e);
    throw e;
  }
}
