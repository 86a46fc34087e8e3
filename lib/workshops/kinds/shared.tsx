import { AppError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { html, type SafeHtml } from "../participant/html";
import type { ActivityResults, AnswerInput, ParticipantView, SqlClient } from "./types";

// Pieces several kinds share: counting, bars, the one-answer form and the text form.

/** Entries of an activity that count (a facilitator's hidden ones do not). */
export async function countEntries(client: SqlClient, activityId: string): Promise<number> {
  const rows = await client.$queryRaw<
    { n: bigint }[]
  >`SELECT count(*) AS n FROM "WorkshopEntry" WHERE "activityId" = ${activityId}::uuid AND NOT hidden`;
  return Number(rows[0]?.n ?? 0);
}

/** Chosen option indexes, deduplicated and in order; INVALID unless each is an option. */
export function parseChoices(input: AnswerInput, n: number, single: boolean): number[] {
  const choices = [...new Set(input.choices ?? [])].sort((x, y) => x - y);
  if (choices.length === 0 || choices.some((c) => c >= n) || (single && choices.length !== 1))
    throw new AppError("INVALID", "workshops.join.invalidChoice");
  return choices;
}

/** A typed text with spaces collapsed; INVALID when empty or longer than `max`. */
export function parseText(input: AnswerInput, max: number): string {
  const text = (input.text ?? "").replace(/\s+/g, " ").trim();
  if (!text || text.length > max) throw new AppError("INVALID", "workshops.join.textLength", undefined, { max });
  return text;
}

export function Bars({
  names,
  results,
  t,
  large,
}: {
  names: string[];
  results: ActivityResults;
  t: Translate;
  large: boolean;
}) {
  const max = Math.max(1, ...(results.counts ?? [0]));
  return (
    <div className={large ? "space-y-4" : "space-y-2"}>
      {names.map((name, i) => {
        const n = results.counts?.[i] ?? 0;
        const pct = results.total ? Math.round((n / results.total) * 100) : 0;
        return (
          <div key={i}>
            <div className={`flex justify-between gap-3 ${large ? "text-2xl" : "text-sm"}`}>
              <span className="font-medium text-slate-900">{name}</span>
              <span className="tabular-nums text-slate-700">
                {n} ({pct}%)
              </span>
            </div>
            <div
              className={`mt-1 w-full rounded bg-slate-100 ${large ? "h-8" : "h-3"}`}
              role="img"
              aria-label={`${name}: ${n}`}
            >
              <div
                className="h-full rounded bg-emerald-700 transition-all duration-300"
                style={{ width: `${(n / max) * 100}%` }}
              />
            </div>
          </div>
        );
      })}
      <TotalLine results={results} t={t} large={large} />
    </div>
  );
}

export function TotalLine({ results, t, large }: { results: ActivityResults; t: Translate; large: boolean }) {
  return (
    <p className={`${large ? "text-xl" : "text-xs"} text-slate-600`}>
      {t("workshops.live.responses")}: {results.total}
    </p>
  );
}

/** The participant's results section (ids and data attributes the script updates live). */
export function resultsSection(t: Translate, inner: SafeHtml, total?: number): SafeHtml {
  return html`<section id="results" aria-label="${t("workshops.live.results")}"><h3>${t("workshops.live.results")}${total === undefined ? "" : html` <span class="n" data-total>${total}</span>`}</h3>${inner}</section>`;
}

export function barsHtml(t: Translate, labels: string[], r: ActivityResults): SafeHtml {
  const max = Math.max(1, r.total);
  return resultsSection(
    t,
    html`
${labels.map((l, i) => html`<div class="bar"><span>${l}</span><progress data-i="${i}" max="${max}" value="${r.counts?.[i] ?? 0}"></progress><b data-c="${i}">${r.counts?.[i] ?? 0}</b></div>`)}`,
    r.total,
  );
}

/**
 * A one-answer kind's part of the page: "you answered", then the form (when the participant may
 * answer or change the answer) or the same inputs disabled. `inputs` renders the fields.
 */
export function oneAnswer(v: ParticipantView, inputs: (enabled: boolean) => SafeHtml): SafeHtml {
  const { t, activity: a } = v;
  const answered = v.mine.vote !== null;
  const canAnswer = v.accepting && (!answered || a.allowChange);
  return html`${answered ? html`<p class="msg ok">${t(a.allowChange && a.open ? "workshops.join.votedCanChange" : "workshops.join.voted")}</p>` : ""}${
    canAnswer
      ? v.form(inputs(true), answered ? t("workshops.join.changeVote") : t("workshops.join.send"))
      : html`<div class="card">${inputs(false)}</div>`
  }`;
}

/** A many-answer kind's part of the page: the text form and what the participant sent. */
export function textAnswers(v: ParticipantView, label: string, max: number, multiline: boolean): SafeHtml {
  const field = multiline
    ? html`<textarea id="text" name="text" required maxlength="${max}" rows="3"></textarea>`
    : html`<input id="text" name="text" required maxlength="${max}" autocomplete="off">`;
  return html`${v.accepting ? v.form(html`<label for="text">${label}</label>${field}`, v.t("workshops.join.send")) : ""}${
    v.mine.texts.length
      ? html`<div class="mine"><h3>${v.t("workshops.join.yourEntries")}</h3><ul>${v.mine.texts.map((x) => html`<li>${x}</li>`)}</ul></div>`
      : ""
  }`;
}
