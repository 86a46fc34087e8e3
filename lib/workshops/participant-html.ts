import "server-only";
import { randomUUID } from "node:crypto";
import type { Translate } from "@/lib/i18n/translate";
import type { ParticipantState, PublicWorkshop } from "./participant";
import { LIMITS } from "./schemas";

// The participant's pages are hand-written HTML (a few KB) with one small stylesheet and one
// small script from public/: no React runtime on a phone with a weak connection. Everything a
// person typed goes through esc(); the script adds no inline code (a strict CSP can come later).

export function esc(s: unknown): string {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const ASSET_VERSION = "1";

function layout(t: Translate, lang: string, title: string, body: string, data: Record<string, string> = {}, nonce?: string | null): string {
  const attrs = Object.entries(data).map(([k, v]) => ` data-${k}="${esc(v)}"`).join("");
  return `<!doctype html>
<html lang="${esc(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} · Mekar</title><link rel="stylesheet" href="/workshop-join.css?v=${ASSET_VERSION}"></head>
<body${attrs}><header class="top"><span class="brand">Mekar</span> <span class="sub">${esc(t("workshops.join.brand"))}</span></header>
<main>${body}</main>${data.code ? `<script src="/workshop-join.js?v=${ASSET_VERSION}"${nonce ? ` nonce="${esc(nonce)}"` : ""} defer></script>` : ""}</body></html>`;
}

export function renderCodePage(t: Translate, lang: string, opts: { code?: string; error?: string } = {}): string {
  return layout(t, lang, t("workshops.join.title"), `
<h1>${esc(t("workshops.join.title"))}</h1>
<p>${esc(t("workshops.join.intro"))}</p>
${opts.error ? `<p class="msg err" role="status">${esc(opts.error)}</p>` : ""}
<form method="get" action="/join" class="card">
<label for="code">${esc(t("workshops.join.code"))}</label>
<input id="code" name="code" value="${esc(opts.code ?? "")}" required maxlength="6" autocomplete="off" autocapitalize="characters" spellcheck="false" inputmode="text" pattern="[A-Za-z0-9]{6}">
<button type="submit">${esc(t("workshops.join.join"))}</button>
</form>`);
}

export function renderIdentityPage(t: Translate, lang: string, w: PublicWorkshop, error?: string): string {
  return layout(t, lang, w.title, `
<h1>${esc(w.title)}</h1><p class="sub">${esc(w.regencyName)}</p>
${error ? `<p class="msg err" role="status">${esc(error)}</p>` : ""}
<form method="post" action="/join/${esc(w.code)}" class="card">
<p>${esc(t("workshops.join.identityIntro"))}</p>
<label for="name">${esc(t("workshops.join.name"))}</label><input id="name" name="name" required maxlength="${LIMITS.name}" autocomplete="name">
<label for="institution">${esc(t("workshops.join.institution"))}</label><input id="institution" name="institution" required maxlength="${LIMITS.institution}" autocomplete="organization">
<label for="position">${esc(t("workshops.join.position"))}</label><input id="position" name="position" maxlength="${LIMITS.position}" autocomplete="organization-title">
<button type="submit">${esc(t("workshops.join.enter"))}</button>
</form>`);
}

function results(t: Translate, s: ParticipantState): string {
  const a = s.activity;
  if (!a || !s.results) return "";
  const r = s.results;
  if (a.kind === "poll_single" || a.kind === "poll_multiple" || a.kind === "scale") {
    const labels = a.kind === "scale" ? Array.from({ length: a.scaleMax - a.scaleMin + 1 }, (_, i) => String(a.scaleMin + i)) : a.options;
    const max = Math.max(1, r.total);
    return `<section id="results" aria-label="${esc(t("workshops.live.results"))}"><h3>${esc(t("workshops.live.results"))} <span class="n" data-total>${r.total}</span></h3>
${labels.map((l, i) => `<div class="bar"><span>${esc(l)}</span><progress data-i="${i}" max="${max}" value="${r.counts?.[i] ?? 0}"></progress><b data-c="${i}">${r.counts?.[i] ?? 0}</b></div>`).join("")}</section>`;
  }
  if (a.kind === "word_cloud") {
    const top = r.words?.[0]?.[1] ?? 1;
    return `<section id="results" aria-label="${esc(t("workshops.live.results"))}"><h3>${esc(t("workshops.live.results"))}</h3><ul class="cloud">${(r.words ?? []).map(([w, n]) => `<li class="s${Math.ceil((n / top) * 4)}">${esc(w)}</li>`).join("")}</ul></section>`;
  }
  return "";
}

function questions(t: Translate, s: ParticipantState, code: string): string {
  const qs = s.results?.questions ?? [];
  const up = new Set(s.upvoted);
  return `<section id="questions" aria-label="${esc(t("workshops.live.questions"))}"><h3>${esc(t("workshops.live.questions"))}</h3>
${qs.length === 0 ? `<p class="sub">${esc(t("workshops.live.noQuestions"))}</p>` : ""}<ol class="qs">${qs.map((q) => `<li${q.answered ? ' class="done"' : ""}><p>${esc(q.text)}</p>
<form method="post" action="/api/workshops/join/${esc(code)}/upvote" class="upvote"><input type="hidden" name="entryId" value="${esc(q.id)}">
<button type="submit"${up.has(q.id) || !s.activity?.open ? " disabled" : ""} aria-label="${esc(t("workshops.join.upvoteLabel", { count: q.upvotes }))}">▲ ${q.upvotes}</button>${q.answered ? ` <span class="tag">${esc(t("workshops.live.answered"))}</span>` : ""}</form></li>`).join("")}</ol></section>`;
}

/** The part of the participant page that follows the current activity (also served alone). */
export function renderActivity(t: Translate, s: ParticipantState, code: string): string {
  const a = s.activity;
  if (s.locked && !a) return `<section id="act" data-activity=""><p class="msg">${esc(t("workshops.join.locked"))}</p></section>`;
  if (!a) return `<section id="act" data-activity=""><p class="wait">${esc(t("workshops.join.waiting"))}</p></section>`;
  const head = `<h2>${esc(a.title)}</h2>${a.prompt ? `<p>${esc(a.prompt)}</p>` : ""}`;
  const voted = a.kind === "scale" ? s.mine.scale !== null : s.mine.choices.length > 0;
  const canVote = a.open && !s.locked && (!voted || a.allowChange);
  const form = (inner: string, label: string) =>
    `<form method="post" action="/api/workshops/join/${esc(code)}/submit" class="entry card"><input type="hidden" name="activityId" value="${esc(a.id)}"><input type="hidden" name="clientId" value="${randomUUID()}">${inner}<button type="submit">${esc(label)}</button></form>`;
  let body = "";
  if (!a.open) body = `<p class="msg">${esc(t("workshops.join.closed"))}</p>`;
  else if (s.locked) body = `<p class="msg">${esc(t("workshops.join.locked"))}</p>`;
  if (a.kind === "poll_single" || a.kind === "poll_multiple" || a.kind === "scale") {
    const type = a.kind === "poll_multiple" ? "checkbox" : "radio";
    const opts = a.kind === "scale"
      ? Array.from({ length: a.scaleMax - a.scaleMin + 1 }, (_, i) => ({ name: "scale", value: a.scaleMin + i, label: String(a.scaleMin + i) + (i === 0 && a.options[0] ? ` — ${a.options[0]}` : i === a.scaleMax - a.scaleMin && a.options[1] ? ` — ${a.options[1]}` : ""), on: s.mine.scale === a.scaleMin + i }))
      : a.options.map((o, i) => ({ name: "choices", value: i, label: o, on: s.mine.choices.includes(i) }));
    const inputs = `<fieldset${canVote ? "" : " disabled"}><legend>${esc(a.kind === "poll_multiple" ? t("workshops.join.pickMany") : t("workshops.join.pickOne"))}</legend>${opts.map((o, i) => `<label class="opt"><input type="${type}" name="${o.name}" value="${o.value}"${o.on ? " checked" : ""}${i === 0 && type === "radio" ? " required" : ""}> ${esc(o.label)}</label>`).join("")}</fieldset>`;
    if (voted) body += `<p class="msg ok">${esc(t(a.allowChange && a.open ? "workshops.join.votedCanChange" : "workshops.join.voted"))}</p>`;
    body += canVote ? form(inputs, voted ? t("workshops.join.changeVote") : t("workshops.join.send")) : `<div class="card">${inputs}</div>`;
  } else {
    const [label, max, multi] = a.kind === "word_cloud" ? [t("workshops.join.yourWord"), LIMITS.word, false] : a.kind === "qna" ? [t("workshops.join.yourQuestion"), LIMITS.question, true] : [t("workshops.join.yourAnswer"), LIMITS.answer, true];
    if (a.open && !s.locked) {
      body += form(`<label for="text">${esc(label)}</label>${multi ? `<textarea id="text" name="text" required maxlength="${max}" rows="3"></textarea>` : `<input id="text" name="text" required maxlength="${max}" autocomplete="off">`}`, t("workshops.join.send"));
    }
    if (s.mine.texts.length) body += `<div class="mine"><h3>${esc(t("workshops.join.yourEntries"))}</h3><ul>${s.mine.texts.map((x) => `<li>${esc(x)}</li>`).join("")}</ul></div>`;
  }
  return `<section id="act" data-activity="${esc(a.id)}" data-kind="${esc(a.kind)}">${head}<div id="sent" role="status" aria-live="polite"></div>${body}${a.kind === "qna" ? questions(t, s, code) : results(t, s)}</section>`;
}

/** `nonce`: the request's CSP nonce (x-nonce, set by proxy.ts) so the one script may load. */
export function renderParticipantPage(t: Translate, lang: string, w: PublicWorkshop, s: ParticipantState, flash?: { ok?: string; error?: string }, nonce?: string | null): string {
  const strings = {
    sent: t("workshops.join.sentOk"), queued: t("workshops.join.queued"), sending: t("workshops.join.sending"),
    online: t("workshops.join.online"), offline: t("workshops.join.offline"), failed: t("workshops.join.failed"),
  };
  return layout(t, lang, w.title, `
<h1>${esc(w.title)}</h1>
<p class="sub">${esc(w.regencyName)} · <span id="conn" role="status" aria-live="polite">${esc(t("workshops.join.noJs"))}</span></p>
${flash?.ok ? `<p class="msg ok" role="status">${esc(flash.ok)}</p>` : ""}${flash?.error ? `<p class="msg err" role="status">${esc(flash.error)}</p>` : ""}
<div id="live">${renderActivity(t, s, w.code)}</div>
<p id="outbox" role="status" aria-live="polite"></p>`, { code: w.code, i18n: JSON.stringify(strings) }, nonce);
}
