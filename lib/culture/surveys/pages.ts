import "server-only";
import { cultureFieldsHtml, frameworkHtml, type CultureFormValues } from "@/lib/culture/form-html";
import { formatDateLong } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { zoneLabel } from "@/lib/regencies/time-zone";
import { html } from "@/lib/workshops/participant/html";
import { layout } from "@/lib/workshops/participant/pages";
import type { PublicSurvey } from "./respond";
import { daysOf, surveyState } from "./window";

// The respondent's pages (/budaya/<code>): the same light, escaped HTML as the workshop
// participant page, and the same culture form markup (lib/culture/form-html.ts).

export function renderUnknownSurvey(t: Translate, lang: Locale): string {
  return layout(
    t,
    lang,
    t("culture.respond.unknownTitle"),
    html`<h1>${t("culture.respond.unknownTitle")}</h1><p class="msg err" role="status">${t("culture.respond.unknown")}</p>`,
    {},
    null,
    t("culture.respond.brand"),
  );
}

export function renderSurveyPage(
  t: Translate,
  lang: Locale,
  s: PublicSurvey,
  opts: { answered: boolean; error?: string; typed?: CultureFormValues; nonce?: string | null; now?: Date },
): string {
  const state = surveyState(s, opts.now);
  const days = daysOf(s, s.timeZone);
  const day = (d: string) => formatDateLong(new Date(`${d}T12:00:00Z`), lang, "UTC");
  const window =
    state === "open"
      ? t("culture.respond.openUntil", { date: day(days.closesOn), zone: zoneLabel(s.timeZone) })
      : state === "scheduled"
        ? t("culture.respond.opensOn", { date: day(days.opensOn) })
        : t("culture.respond.closed");
  const body = opts.answered
    ? html`<section class="card" aria-labelledby="thanks"><h2 id="thanks">${t("culture.respond.thanksTitle")}</h2><p>${t("culture.respond.thanks")}</p></section>`
    : state === "open"
      ? html`<form method="post" action="/budaya/${s.code}" class="entry-culture">${cultureFieldsHtml(t, {
          version: s.instrumentVersion,
          values: opts.typed,
          enabled: true,
          showProblems: !!opts.typed,
        })}<button type="submit">${t("culture.respond.send")}</button></form>`
      : "";
  return layout(
    t,
    lang,
    s.title,
    html`<h1>${s.title}</h1>
<p class="sub">${s.agencyName ? `${s.agencyName} · ` : ""}${s.regencyName} · ${t("culture.surveys.periodValue", { period: s.period })}</p>
<p class="msg${state === "open" ? " ok" : ""}" role="status">${window}</p>
${opts.error ? html`<p class="msg err" role="alert">${opts.error}</p>` : ""}
${frameworkHtml(t)}<p class="cv-cite">${t("culture.respond.anonymous")}</p>
${body}`,
    { culture: "1" },
    opts.nonce,
    t("culture.respond.brand"),
  );
}
