import { connection } from "next/server";
import { AppError } from "@/lib/errors";
import { submitEntry } from "@/lib/workshops/participant";
import { appErrorMessage, appErrorStatus, crossSiteRefusal, participantOf, readSmallBody, seeOther, translatorOf, wantsJson } from "@/lib/workshops/participant-http";
import { submissionSchema } from "@/lib/workshops/schemas";

type Ctx = { params: Promise<{ code: string }> };

// A participant's vote, word, answer or question: JSON from the script, or a plain form post.
export async function POST(request: Request, { params }: Ctx) {
  await connection();
  const { code } = await params;
  const json = wantsJson(request);
  const { t } = translatorOf(request);
  const fail = (e: AppError) =>
    json ? Response.json({ error: appErrorMessage(e, t), code: e.code }, { status: appErrorStatus(e) }) : seeOther(`/join/${encodeURIComponent(code.slice(0, 6))}?error=${encodeURIComponent(e.userMessage ?? "common.errors.invalid")}`);
  const refused = crossSiteRefusal(request, t);
  if (refused) return refused;
  const who = await participantOf(request, code);
  if (!who) return fail(new AppError("UNAUTHENTICATED", "workshops.join.notJoined"));
  const body = await readSmallBody(request);
  const parsed = submissionSchema.safeParse(body ?? {});
  if (!parsed.success) return fail(new AppError("INVALID", "workshops.join.invalidChoice"));
  try {
    const result = await submitEntry(who.p, parsed.data);
    return json ? Response.json(result) : seeOther(`/join/${who.w.code}?sent=1`);
  } catch (e) {
    if (e instanceof AppError) return fail(e);
    throw e;
  }
}
