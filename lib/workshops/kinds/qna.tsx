import { html } from "../participant/html";
import { LIMITS } from "../limits";
import { parseText, textAnswers } from "./shared";
import type { ActivityKindSpec, ParticipantView } from "./types";

// Q&A: questions (approved first when moderated) that participants upvote; the list is public.

function questions(v: ParticipantView) {
  const { t, code } = v;
  const qs = v.results?.questions ?? [];
  const up = new Set(v.upvoted);
  return html`<section id="questions" aria-label="${t("workshops.live.questions")}"><h3>${t("workshops.live.questions")}</h3>
${qs.length === 0 ? html`<p class="sub">${t("workshops.live.noQuestions")}</p>` : ""}<ol class="qs">${qs.map(
    (q) => html`<li${q.answered ? html` class="done"` : ""}><p>${q.text}</p>
<form method="post" action="/api/workshops/join/${code}/upvote" class="upvote"><input type="hidden" name="entryId" value="${q.id}">
<button type="submit"${up.has(q.id) || !v.activity.open ? html` disabled` : ""} aria-label="${t("workshops.join.upvoteLabel", { count: q.upvotes })}">▲ ${q.upvotes}</button>${q.answered ? html` <span class="tag">${t("workshops.live.answered")}</span>` : ""}</form></li>`,
  )}</ol></section>`;
}

export const qna: ActivityKindSpec = {
  answers: "many",
  texts: true,
  alwaysPublic: true,
  event: "qna",
  parseAnswer: (_a, input) => ({ choices: [], scale: null, text: parseText(input, LIMITS.question) }),
  tally: async (client, a) => {
    const rows = await client.$queryRaw<{ id: string; text: string; upvotes: number; answered: boolean }[]>`
      SELECT id::text, text, "upvoteCount" AS upvotes, ("answeredAt" IS NOT NULL) AS answered FROM "WorkshopEntry"
      WHERE "activityId" = ${a.id}::uuid AND approved AND NOT hidden ORDER BY "upvoteCount" DESC, "createdAt" ASC LIMIT 100`;
    return { total: rows.length, questions: rows };
  },
  participant: (v) => html`${textAnswers(v, v.t("workshops.join.yourQuestion"), LIMITS.question, true)}${questions(v)}`,
  Results: ({ results, t, large }) => {
    const qs = results.questions ?? [];
    if (!qs.length) return <p className="text-slate-600">{t("workshops.live.noResults")}</p>;
    return (
      <ol className="space-y-3">
        {qs.map((q) => (
          <li
            key={q.id}
            className={`flex items-start gap-4 rounded-lg border border-slate-200 bg-white p-3 ${q.answered ? "opacity-60" : ""}`}
          >
            <span
              className={`min-w-12 rounded bg-emerald-50 px-2 py-1 text-center font-semibold tabular-nums text-emerald-900 ${large ? "text-2xl" : "text-sm"}`}
            >
              ▲ {q.upvotes}
            </span>
            <span className={`${large ? "text-2xl" : "text-sm"} text-slate-900`}>
              {q.text}
              {q.answered && (
                <span className="ml-2 rounded-full bg-slate-100 px-2 text-xs text-slate-700">
                  {t("workshops.live.answered")}
                </span>
              )}
            </span>
          </li>
        ))}
      </ol>
    );
  },
  describe: (_a, e) => e.text,
};
