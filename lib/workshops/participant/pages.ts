import "server-only";
import { randomUUID } from "node:crypto";
import { formatTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { activityKind } from "../kinds";
import { LIMITS } from "../limits";
import { html, type HtmlValue, type SafeHtml } from "./html";
import type { ParticipantState, PublicWorkshop } from "./participant";

// The participant's pages are hand-written HTML (a few KB) with one small stylesheet and one
// small script from public/: no React runtime on a phone with a weak connection. Built with
// `html`, which escapes every value; the script adds no inline code (a strict CSP can come later).

const ASSET_VERSION = "3";

/**
 * The page around a participant's (or a survey respondent's) content. Scripts: the participant
 * page's (`data.code`) and the culture form's steppers (participant pages, and `data.culture`).
 */
export function layout(
  t: Translate,
  lang: string,
  title: string,
  body: SafeHtml,
  data: Record<string, string> = {},
  nonce?: string | null,
  brand = t("workshops.join.brand"),
): string {
  const attrs = Object.entries(data).map(([k, v]) => html` data-${k}="${v}"`);
  // our own scripts: data-mekar-keep keeps them where the front server strips framework scripts
  // from public pages (/budaya/…; scripts/lib/lean-html.ts)
  const scripts = [
    ...(data.code ? ["/workshop-join.js"] : []),
    ...(data.code || data.culture ? ["/culture-form.js"] : []),
  ];
  return html`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · Mekar</title><link rel="stylesheet" href="/workshop-join.css?v=${ASSET_VERSION}"></head>
<body${attrs}><header class="top"><span class="brand">Mekar</span> <span class="sub">${brand}</span></header>
<main>${body}</main>${scripts.map((src) => html`<script src="${src}?v=${ASSET_VERSION}"${nonce ? html` nonce="${nonce}"` : ""} defer data-mekar-keep></script>`)}</body></html>`
    .value;
}

const message = (text: HtmlValue, cls = "") =>
  text ? html`<p class="msg${cls ? ` ${cls}` : ""}" role="status">${text}</p>` : "";

export function renderCodePage(t: Translate, lang: string, opts: { code?: string; error?: string } = {}): string {
  return layout(
    t,
    lang,
    t("workshops.join.title"),
    html`
<h1>${t("workshops.join.title")}</h1>
<p>${t("workshops.join.intro")}</p>
${message(opts.error, "err")}
<form method="get" action="/join" class="card">
<label for="code">${t("workshops.join.code")}</label>
<input id="code" name="code" value="${opts.code ?? ""}" required maxlength="6" autocomplete="off" autocapitalize="characters" spellcheck="false" inputmode="text" pattern="[A-Za-z0-9]{6}">
<button type="submit">${t("workshops.join.join")}</button>
</form>`,
  );
}

export function renderIdentityPage(t: Translate, lang: string, w: PublicWorkshop, error?: string): string {
  return layout(
    t,
    lang,
    w.title,
    html`
<h1>${w.title}</h1><p class="sub">${w.regencyName}</p>
${message(error, "err")}
<form method="post" action="/join/${w.code}" class="card">
<p>${t("workshops.join.identityIntro")}</p>
<label for="name">${t("workshops.join.name")}</label><input id="name" name="name" required maxlength="${LIMITS.name}" autocomplete="name">
<label for="institution">${t("workshops.join.institution")}</label><input id="institution" name="institution" required maxlength="${LIMITS.institution}" autocomplete="organization">
<label for="position">${t("workshops.join.position")}</label><input id="position" name="position" maxlength="${LIMITS.position}" autocomplete="organization-title">
<button type="submit">${t("workshops.join.enter")}</button>
</form>`,
  );
}

/** The part of the participant page that follows the current activity (also served alone). */
export function renderActivity(t: Translate, s: ParticipantState, code: string, locale: Locale = "id"): string {
  return activitySection(t, s, code, locale).value;
}

/**
 * The countdown: without JavaScript the end time on the regency's clock; the script turns
 * `data-ends` into a ticking "time left" and asks for the page again at zero (which closes it).
 */
function timerHtml(t: Translate, endsAt: Date, locale: Locale, timeZone: string): SafeHtml {
  return html`<p id="timer" class="msg warn timer" data-ends="${endsAt.toISOString()}" data-now="${new Date().toISOString()}"><span data-end-text>${t("workshops.timer.endsAt", { time: formatTime(endsAt, locale, timeZone) })}</span> <b data-left aria-live="off"></b></p>`;
}

/** The quiz leaderboard (opted in by the facilitator), after a question is closed. */
function leaderboardHtml(t: Translate, board: NonNullable<ParticipantState["leaderboard"]>): SafeHtml {
  const name = (r: { name: string; number: number }) => r.name || t("workshops.quiz.anonymous", { number: r.number });
  return html`<section id="board" class="card" aria-label="${t("workshops.quiz.leaderboard")}"><h3>${t("workshops.quiz.leaderboard")}</h3>${
    board.top.length
      ? html`<ol class="board">${board.top.map((r) => html`<li value="${r.rank}"><span>${name(r)}</span> <b>${r.points}</b> ${t("workshops.quiz.points").toLowerCase()}</li>`)}</ol>`
      : html`<p>${t("workshops.quiz.empty")}</p>`
  }${board.mine ? html`<p class="msg ok">${t("workshops.quiz.you", { rank: board.mine.rank, points: board.mine.points })}</p>` : ""}</section>`;
}

function activitySection(
  t: Translate,
  s: ParticipantState,
  code: string,
  locale: Locale = "id",
  typed?: Record<string, string[]>,
): SafeHtml {
  const a = s.activity;
  if (s.locked && !a)
    return html`<section id="act" data-activity=""><p class="msg">${t("workshops.join.locked")}</p></section>`;
  if (!a) return html`<section id="act" data-activity=""><p class="wait">${t("workshops.join.waiting")}</p></section>`;
  const form = (inner: SafeHtml, label: string) =>
    html`<form method="post" action="/api/workshops/join/${code}/submit" class="entry card"><input type="hidden" name="activityId" value="${a.id}"><input type="hidden" name="clientId" value="${randomUUID()}">${inner}<button type="submit">${label}</button></form>`;
  const state = !a.open
    ? html`<p class="msg">${t("workshops.join.closed")}</p>`
    : s.locked
      ? html`<p class="msg">${t("workshops.join.locked")}</p>`
      : "";
  const body = activityKind(a.kind).participant({
    t,
    code,
    activity: a,
    mine: s.mine,
    results: s.results,
    upvoted: s.upvoted,
    accepting: a.open && !s.locked,
    form,
    typed,
  });
  const timer = a.open && a.timerEndsAt ? timerHtml(t, a.timerEndsAt, locale, s.timeZone) : "";
  const board = s.leaderboard ? leaderboardHtml(t, s.leaderboard) : "";
  return html`<section id="act" data-activity="${a.id}" data-kind="${a.kind}"><h2>${a.title}</h2>${a.prompt ? html`<p>${a.prompt}</p>` : ""}${timer}<div id="sent" role="status" aria-live="polite"></div>${state}${body}${board}</section>`;
}

/** `nonce`: the request's CSP nonce (x-nonce, set by proxy.ts) so the one script may load. */
export function renderParticipantPage(
  t: Translate,
  lang: string,
  w: PublicWorkshop,
  s: ParticipantState,
  flash?: { ok?: string; error?: string },
  nonce?: string | null,
  typed?: Record<string, string[]>,
): string {
  const strings = {
    sent: t("workshops.join.sentOk"),
    queued: t("workshops.join.queued"),
    sending: t("workshops.join.sending"),
    online: t("workshops.join.online"),
    offline: t("workshops.join.offline"),
    failed: t("workshops.join.failed"),
    timeLeft: t("workshops.timer.remaining"),
    timeUp: t("workshops.timer.ended"),
  };
  return layout(
    t,
    lang,
    w.title,
    html`
<h1>${w.title}</h1>
<p class="sub">${w.regencyName} · <span id="conn" role="status" aria-live="polite">${t("workshops.join.noJs")}</span></p>
${message(flash?.ok, "ok")}${message(flash?.error, "err")}
<div id="live">${activitySection(t, s, w.code, lang === "en" ? "en" : "id", typed)}</div>
<p id="outbox" role="status" aria-live="polite"></p>`,
    { code: w.code, i18n: JSON.stringify(strings) },
    nonce,
  );
}
