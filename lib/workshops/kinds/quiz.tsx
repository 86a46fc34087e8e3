import { html } from "../participant/html";
import { isCorrectAnswer } from "./quiz-score";
import { Bars, barsHtml, countEntries, oneAnswer, parseChoices } from "./shared";
import type { ActivityKindSpec, ActivityResults, KindActivity, ParticipantView, SqlClient } from "./types";

// Quiz: options with one or more correct answers, marked by the facilitator (correctOptions).
// Participants answer like a poll; the correct answers are revealed only once the activity is
// closed: they are not part of the results (which go out live), and the participant page gets
// them (activity.correct) only from a closed activity. Scoring and the leaderboard: quiz-score.ts.

async function tallyQuiz(client: SqlClient, a: KindActivity): Promise<ActivityResults> {
  const n = a.options.length;
  const rows = await client.$queryRaw<{ c: number; n: bigint }[]>`
    SELECT c, count(*) AS n FROM "WorkshopEntry", unnest(choices) AS c
    WHERE "activityId" = ${a.id}::uuid AND NOT hidden GROUP BY c`;
  const counts = Array.from({ length: n }, () => 0);
  for (const r of rows) if (r.c >= 0 && r.c < n) counts[r.c] = Number(r.n);
  return { total: await countEntries(client, a.id), counts };
}

function quizInputs(v: ParticipantView, enabled: boolean) {
  const { t, activity: a } = v;
  const chosen = v.mine.vote?.choices ?? [];
  const multiple = a.multipleAnswers === true;
  return html`<fieldset${enabled ? "" : html` disabled`}><legend>${multiple ? t("workshops.quiz.pickAll") : t("workshops.join.pickOne")}</legend>${a.options.map(
    (o, i) =>
      html`<label class="opt"><input type="${multiple ? "checkbox" : "radio"}" name="choices" value="${i}"${chosen.includes(i) ? html` checked` : ""}${i === 0 && !multiple ? html` required` : ""}> ${o}</label>`,
  )}</fieldset>`;
}

/** After closing: the correct answers and whether the participant's answer was right. */
function revealHtml(v: ParticipantView) {
  const { t, activity: a } = v;
  const correct = a.correct;
  if (!correct) return "";
  const mine = v.mine.vote?.choices;
  const verdict = !mine
    ? html`<p class="msg">${t("workshops.quiz.notAnswered")}</p>`
    : isCorrectAnswer(mine, correct)
      ? html`<p class="msg ok" data-quiz="right">${t("workshops.quiz.right")}</p>`
      : html`<p class="msg err" data-quiz="wrong">${t("workshops.quiz.wrong")}</p>`;
  return html`<section id="reveal" class="card" aria-label="${t("workshops.quiz.correctAnswer")}"><h3>${t("workshops.quiz.correctAnswer")}</h3><ul>${correct.map((i) => html`<li>✓ ${a.options[i] ?? ""}</li>`)}</ul>${verdict}</section>`;
}

export const quiz: ActivityKindSpec = {
  answers: "one",
  texts: false,
  alwaysPublic: false,
  event: "results",
  configError: (c) => {
    if (c.options.length < 2) return { path: "options", message: "workshops.errors.pollOptions" };
    const correct = c.correctOptions ?? [];
    if (correct.length === 0 || correct.some((i) => i < 0 || i >= c.options.length))
      return { path: "correctOptions", message: "workshops.errors.quizCorrect" };
    return null;
  },
  // one or several options (a single-answer quiz is scored as wrong when several are picked)
  parseAnswer: (a, input) => ({ choices: parseChoices(input, a.options.length, false), scale: null, text: "" }),
  tally: tallyQuiz,
  participant: (v) =>
    html`${oneAnswer(v, (enabled) => quizInputs(v, enabled))}${revealHtml(v)}${v.results ? barsHtml(v.t, v.activity.options, v.results) : ""}`,
  Results: ({ activity, results, t, large }) => {
    const correct = activity.correct ?? null;
    const names = activity.options.map((o, i) => (correct?.includes(i) ? `✓ ${o}` : o));
    return (
      <div className={large ? "space-y-4" : "space-y-2"}>
        <Bars names={names} results={results} t={t} large={large} />
        {correct && (
          <p className={`${large ? "text-2xl" : "text-sm"} font-medium text-emerald-800`} data-quiz-correct>
            {t("workshops.quiz.correctAnswer")}: {correct.map((i) => activity.options[i]).join("; ")}
          </p>
        )}
      </div>
    );
  },
  describe: (a, e) => e.choices.map((c) => a.options[c] ?? c).join("; "),
};
