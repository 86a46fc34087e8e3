import { html } from "../participant/html";
import { LIMITS } from "../limits";
import { countEntries, parseText, resultsSection, textAnswers } from "./shared";
import type { ActivityKindSpec } from "./types";

// A word cloud: up to five short words per participant, counted case-insensitively.

export const wordCloud: ActivityKindSpec = {
  answers: "many",
  texts: false,
  alwaysPublic: false,
  event: "results",
  maxAnswers: 5,
  parseAnswer: (_a, input) => ({ choices: [], scale: null, text: parseText(input, LIMITS.word) }),
  tally: async (client, a) => {
    const rows = await client.$queryRaw<{ w: string; n: bigint }[]>`
      SELECT lower(text) AS w, count(*) AS n FROM "WorkshopEntry" WHERE "activityId" = ${a.id}::uuid AND NOT hidden AND text <> ''
      GROUP BY lower(text) ORDER BY n DESC, w ASC LIMIT 60`;
    return { total: await countEntries(client, a.id), words: rows.map((r) => [r.w, Number(r.n)]) };
  },
  participant: (v) => {
    const words = v.results?.words ?? [];
    const top = words[0]?.[1] ?? 1;
    return html`${textAnswers(v, v.t("workshops.join.yourWord"), LIMITS.word, false)}${
      v.results
        ? resultsSection(
            v.t,
            html`<ul class="cloud">${words.map(([w, n]) => html`<li class="s${Math.ceil((n / top) * 4)}">${w}</li>`)}</ul>`,
          )
        : ""
    }`;
  },
  Results: ({ results, t, large }) => {
    const words = results.words ?? [];
    if (!words.length) return <p className="text-slate-600">{t("workshops.live.noResults")}</p>;
    const top = words[0][1];
    const sizes = large
      ? ["text-xl", "text-3xl", "text-5xl", "text-6xl"]
      : ["text-sm", "text-base", "text-xl", "text-2xl"];
    return (
      <ul className="flex flex-wrap items-baseline justify-center gap-x-5 gap-y-2" aria-label="word cloud">
        {words.map(([w, n]) => (
          <li
            key={w}
            className={`${sizes[Math.min(3, Math.ceil((n / top) * 4) - 1)]} font-semibold ${n === top ? "text-emerald-800" : "text-slate-800"}`}
            title={String(n)}
          >
            {w}
          </li>
        ))}
      </ul>
    );
  },
  describe: (_a, e) => e.text,
};
