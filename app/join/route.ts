import { connection } from "next/server";
import { renderCodePage } from "@/lib/workshops/participant/pages";
import { html, seeOther, translatorOf, workshopFromCode } from "@/lib/workshops/participant/http";

// /join: the code form (field "Kode", button "Gabung"). Hand-written HTML: tiny on a phone.
export async function GET(request: Request) {
  await connection();
  const { t, locale } = translatorOf(request);
  const raw = new URL(request.url).searchParams.get("code");
  if (raw === null) return html(renderCodePage(t, locale));
  const w = await workshopFromCode(raw.slice(0, 20));
  if (!w)
    return html(renderCodePage(t, locale, { code: raw.slice(0, 6), error: t("workshops.join.unknownCode") }), {
      status: 404,
    });
  return seeOther(`/join/${w.code}`);
}
