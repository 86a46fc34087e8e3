import { connection } from "next/server";
import { AppError } from "@/lib/errors";
import { upvoteEntry } from "@/lib/workshops/participant";
import { appErrorMessage, appErrorStatus, crossSiteRefusal, participantOf, readSmallBody, seeOther, translatorOf, wantsJson } from "@/lib/workshops/participant-http";
import { upvoteSchema } from "@/lib/workshops/schemas";

type Ctx = { params: Promise<{ code: string }> };

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
  const parsed = upvoteSchema.safeParse((await readSmallBody(request)) ?? {});
  if (!parsed.success) return fail(new AppError("INVALID"));
  try {
    const result = await upvoteEntry(who.p, parsed.data.entryId);
    return json ? Response.json(result) : seeOther(`/join/${who.w.code}?sent=1`);
  } catch (e) {
    if (e instanceof AppError) return fail(e);
    throw e;
  }
}
