import "server-only";
import { busyAsAppError } from "@/lib/http/busy";
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
 * the page with a message (and, refused as INVALID, the `keep` fields it sent, to show them again).
 */
export async function participantPost(
  request: Request,
  code: string,
  handle: (who: { w: PublicWorkshop; p: Participant }, body: Record<string, unknown>) => Promise<SubmitResult>,
  keep: readonly string[] = [],
): Promise<Response> {
  const json = wantsJson(request);
  const { t } = translatorOf(request);
  let sent: Record<string, unknown> = {};
  const fail = (e: AppError) => {
    if (json)
      return Response.json(
        { error: appErrorMessage(e, t), code: e.code },
        { status: appErrorStatus(e), headers: e.code === "BUSY" ? { "Retry-After": "2" } : undefined },
      );
    const query = new URLSearchParams({ error: e.userMessage ?? "common.errors.invalid" });
    if (e.code === "INVALID")
      for (const key of keep)
        for (const v of [sent[key]].flat()) if (typeof v === "string") query.append(key, v.slice(0, 3));
    return seeOther(`/join/${encodeURIComponent(code.slice(0, 6))}?${query}`);
  };
  const refused = crossSiteRefusal(request, t);
  if (refused) return refused;
  try {
    // inside the try: under a burst even finding the participant can outwait the pool (503, not 500)
    const who = await participantOf(request, code);
    if (!who) return fail(new AppError("UNAUTHENTICATED", "workshops.join.notJoined"));
    sent = (await readSmallBody(request)) ?? {};
    const result = await handle(who, sent);
    return json ? Response.json(result) : seeOther(`/join/${who.w.code}?sent=1`);
  } catch (e) {
    if (e instanceof BodyTooLargeError) return tooLarge(request, t);
    // a burst (a thousand phones at one question) can outwait the connection pool: answered 503, and
    // the script sends it again as it is (its client id makes a resend count once)
    const known = busyAsAppError(e);
    if (known instanceof AppError) return fail(known);
    throw e;
  }
}
