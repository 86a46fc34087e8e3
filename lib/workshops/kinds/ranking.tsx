import { oneDecimal } from "@/lib/i18n/format";
import { AppError } from "@/lib/errors";
import { html } from "../participant/html";
import { bordaRanking } from "./borda";
import { oneAnswer, resultsSection } from "./shared";
import type { ActivityKindSpec, ParticipantView } from "./types";

// Ranking: each participant orders every option (a rank per option: works without JavaScript);
// the aggregate is the Borda count with its number of voters and the spread of each option's
// ranks. Stored as `choices` = option indexes, best first.

/** ranks[i] = the rank (1..n) given to option i → option indexes best first; INVALID otherwise. */
export function ranksToOrder(ranks: readonly number[] | undefined, n: number): number[] {
  if (!ranks || ranks.length !== n || ranks.some((r) => !Number.isInteger(r) || r < 1 || r > n))
    throw new AppError("INVALID", "workshops.join.rankIncomplete");
  if (new Set(ranks).size !== n) throw new AppError("INVALID", "workshops.join.rankDuplicate");
  const order = Array.from({ length: n }, () => -1);
  ranks.forEach((r, option) => (order[r - 1] = option));
  return order;
}

function rankInputs(v: ParticipantView, enabled: boolean) {
  const { t, activity: a } = v;
  const order = v.mine.vote?.choices ?? [];
  const n = a.options.length;
  return html`<fieldset class="rank"${enabled ? "" : html` disabled`}><legend>${t("workshops.join.rankLegend")}</legend>${a.options.map(
    (o, i) => {
      const mine = order.indexOf(i) + 1;
      const id = `rank-${i}`;
      return html`<div class="opt"><select id="${id}" name="ranks" required><option value="">–</option>${Array.from({ length: n }, (_, r) => html`<option value="${r + 1}"${mine === r + 1 ? html` selected` : ""}>${r + 1}</option>`)}</select> <label for="${id}">${o}</label></div>`;
    },
  )}</fieldset>`;
}

function rankingHtml(v: ParticipantView) {
  const r = v.results;
  if (!r?.ranking) return "";
  return resultsSection(
    v.t,
    html`<ol class="rank">${r.ranking.map((row) => html`<li data-o="${row.option}"><span>${v.activity.options[row.option]}</span> <b data-p>${row.points}</b> ${v.t("workshops.ranking.pointsUnit")}</li>`)}</ol>`,
    r.total,
  );
}

export const ranking: ActivityKindSpec = {
  answers: "one",
  texts: false,
  alwaysPublic: false,
  event: "results",
  configError: (c) => (c.options.length < 2 ? { path: "options", message: "workshops.errors.rankingOptions" } : null),
  parseAnswer: (a, input) => ({ choices: ranksToOrder(input.ranks, a.options.length), scale: null, text: "" }),
  tally: async (client, a) => {
    const rows = await client.$queryRaw<
      { choices: number[] }[]
    >`SELECT choices FROM "WorkshopEntry" WHERE "activityId" = ${a.id}::uuid AND NOT hidden`;
    return {
      total: rows.length,
      ranking: bordaRanking(
        rows.map((r) => r.choices),
        a.options.length,
      ),
    };
  },
  participant: (v) => html`${oneAnswer(v, (enabled) => rankInputs(v, enabled))}${rankingHtml(v)}`,
  Results: ({ activity, results, t, large }) => {
    const rows = results.ranking ?? [];
    const max = Math.max(1, ...rows.map((r) => r.points));
    return (
      <div className={large ? "space-y-4" : "space-y-2"}>
        <ol className={large ? "space-y-4" : "space-y-2"} aria-label={t("workshops.ranking.aggregate")}>
          {rows.map((row, i) => (
            <li key={row.option}>
              <div className={`flex justify-between gap-3 ${large ? "text-2xl" : "text-sm"}`}>
                <span className="font-medium text-slate-900">
                  {i + 1}. {activity.options[row.option]}
                </span>
                <span className="tabular-nums text-slate-700">
                  {t("workshops.ranking.detail", {
                    points: row.points,
                    mean: oneDecimal(row.meanRank, t),
                    spread: oneDecimal(row.spread, t),
                  })}
                </span>
              </div>
              <div
                className={`mt-1 w-full rounded bg-slate-100 ${large ? "h-8" : "h-3"}`}
                role="img"
                aria-label={`${activity.options[row.option]}: ${row.points}`}
              >
                <div
                  className="h-full rounded bg-emerald-700 transition-all duration-300"
                  style={{ width: `${(row.points / max) * 100}%` }}
                />
              </div>
            </li>
          ))}
        </ol>
        <p className={`${large ? "text-xl" : "text-xs"} text-slate-600`}>
          {t("workshops.ranking.voters", { count: results.total })} · {t("workshops.ranking.method")}
        </p>
      </div>
    );
  },
  describe: (a, e) => e.choices.map((c, r) => `${r + 1}. ${a.options[c] ?? c}`).join("; "),
};
