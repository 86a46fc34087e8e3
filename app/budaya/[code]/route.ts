import { connection } from "next/server";
import { typedValues } from "@/lib/culture/form-html";
import { renderSurveyPage, renderUnknownSurvey } from "@/lib/culture/surveys/pages";
import { ballotBrowser, findSurveyByCode, hasAnswered, submitSurveyResponse } from "@/lib/culture/surveys/respond";
import { AppError } from "@/lib/errors";
import { busyAsAppError } from "@/lib/http/busy";
import {
  appErrorMessage,
  appErrorStatus,
  crossSiteRefusal,
  html,
  readSmallBody,
  seeOther,
  tooLarge,
  translatorOf,
} from "@/lib/workshops/participant/http";
import { BodyTooLargeError } from "@/lib/workshops/participant/read-body";

type Ctx = { params: Promise<{ code: string }> };

// The anonymous culture survey for civil servants without an account: a route handler returning
// escaped HTML (lib/culture/surveys/pages.ts), like the workshop participant page, so it works as
// a plain form on any phone; a small script only adds steppers. After answering, the same address
// shows the thank-you (this browser's ballot).
export async function GET(request: Request, { params }: Ctx) {
  await connection();
  const { t, locale } = translatorOf(request);
  const s = await findSurveyByCode((await params).code);
  if (!s) return html(renderUnknownSurvey(t, locale), { status: 404 });
  if ((await params).code !== s.code) return seeOther(`/budaya/${s.code}`);
  const { browserId, setCookie } = ballotBrowser(request, s.code);
  const answered = await hasAnswered(s, browserId);
  return html(renderSurveyPage(t, locale, s, { answered, nonce: request.headers.get("x-nonce") }), { setCookie });
}

export async function POST(request: Request, { params }: Ctx) {
  await connection();
  const { t, locale } = translatorOf(request);
  const refused = crossSiteRefusal(request, t);
  if (refused) return refused;
  const s = await findSurveyByCode((await params).code);
  if (!s) return html(renderUnknownSurvey(t, locale), { status: 404 });
  const { browserId, setCookie } = ballotBrowser(request, s.code);
  let body: Record<string, unknown> = {};
  try {
    body = (await readSmallBody(request)) ?? {};
    await submitSurveyResponse(s, browserId, body);
    return seeOther(`/budaya/${s.code}`, setCookie);
  } catch (thrown) {
    if (thrown instanceof BodyTooLargeError) return tooLarge(request, t);
    const e = busyAsAppError(thrown);
    if (!(e instanceof AppError)) throw e;
    const list = (v: unknown) => [v ?? []].flat().filter((x): x is string => typeof x === "string");
    const typed = typedValues(list(body.now), list(body.preferred));
    return html(
      renderSurveyPage(t, locale, s, {
        answered: false,
        error: appErrorMessage(e, t),
        typed: e.code === "INVALID" ? typed : undefined,
        nonce: request.headers.get("x-nonce"),
      }),
      { status: appErrorStatus(e), setCookie },
    );
  }
}
