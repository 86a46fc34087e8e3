import { connection } from "next/server";
import { AppError } from "@/lib/errors";
import { findParticipant, joinWorkshop, participantState } from "@/lib/workshops/participant/participant";
import {
  renderActivity,
  renderCodePage,
  renderIdentityPage,
  renderParticipantPage,
} from "@/lib/workshops/participant/pages";
import {
  appErrorMessage,
  browserOf,
  crossSiteRefusal,
  html,
  readSmallBody,
  seeOther,
  tooLarge,
  translatorOf,
  workshopFromCode,
} from "@/lib/workshops/participant/http";
import { BodyTooLargeError } from "@/lib/workshops/participant/read-body";
import { joinIdentitySchema } from "@/lib/workshops/schemas";

type Ctx = { params: Promise<{ code: string }> };

const FLASH = /^workshops\.join\.[a-zA-Z]+$|^common\.errors\.[a-zA-Z]+$/;

// The participant page. `?part=activity` returns only the activity section (the script swaps it in).
export async function GET(request: Request, { params }: Ctx) {
  await connection();
  const { t, locale } = translatorOf(request);
  const w = await workshopFromCode((await params).code);
  if (!w) return html(renderCodePage(t, locale, { error: t("workshops.join.unknownCode") }), { status: 404 });
  const { browserId, setCookie } = browserOf(request);
  let p = await findParticipant(w.id, browserId);
  if (!p) {
    if (w.locked)
      return html(renderCodePage(t, locale, { error: t("workshops.join.locked") }), { status: 403, setCookie });
    if (w.askIdentity) return html(renderIdentityPage(t, locale, w), { setCookie });
    p = await joinWorkshop(w, browserId, null);
  }
  const state = await participantState(w.id, p.id);
  const url = new URL(request.url);
  if (url.searchParams.get("part") === "activity") return html(renderActivity(t, state, w.code, locale), { setCookie });
  const error = url.searchParams.get("error");
  const flash = {
    ok: url.searchParams.has("sent") ? t("workshops.join.sentOk") : undefined,
    error: error && FLASH.test(error) ? t(error) : undefined,
  };
  // a refused culture split comes back with what was typed (digits only; the form shows each sum again)
  const typed = {
    now: url.searchParams.getAll("now").slice(0, 24),
    preferred: url.searchParams.getAll("preferred").slice(0, 24),
  };
  return html(renderParticipantPage(t, locale, w, state, flash, request.headers.get("x-nonce"), typed), { setCookie });
}

// The identity form (name, institution, position) when the facilitator asks for it.
export async function POST(request: Request, { params }: Ctx) {
  await connection();
  const { t, locale } = translatorOf(request);
  const refused = crossSiteRefusal(request, t);
  if (refused) return refused;
  const w = await workshopFromCode((await params).code);
  if (!w) return html(renderCodePage(t, locale, { error: t("workshops.join.unknownCode") }), { status: 404 });
  let body: Record<string, unknown> | null;
  try {
    body = await readSmallBody(request);
  } catch (e) {
    if (e instanceof BodyTooLargeError) return tooLarge(request, t);
    throw e;
  }
  const parsed = joinIdentitySchema.safeParse(body ?? {});
  if (!parsed.success)
    return html(renderIdentityPage(t, locale, w, t("workshops.join.identityRequired")), { status: 422 });
  const { browserId, setCookie } = browserOf(request);
  try {
    await joinWorkshop(w, browserId, parsed.data);
  } catch (e) {
    if (e instanceof AppError)
      return html(renderCodePage(t, locale, { error: appErrorMessage(e, t) }), { status: 403, setCookie });
    throw e;
  }
  return seeOther(`/join/${w.code}`, setCookie);
}
