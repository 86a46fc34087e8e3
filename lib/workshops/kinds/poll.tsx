import { html } from "../participant/html";
import { Bars, barsHtml, countEntries, oneAnswer, parseChoices } from "./shared";
import type { ActivityKindSpec, ActivityResults, KindActivity, ParticipantView, SqlClient } from "./types";

// Polls: one option (poll_single) or several (poll_multiple); one vote per participant.

async function tallyPoll(client: SqlClient, a: KindActivity): Promise<ActivityResults> {
  const n = a.options.length;
  const rows = await client.$queryRaw<{ c: number; n: bigint }[]>`
    SELECT c, count(*) AS n FROM "WorkshopEntry", unnest(choices) AS c
    WHERE "activityId" = ${a.id}::uuid AND NOT hidden GROUP BY c`;
  const counts = Array.from({ length: n }, () => 0);
  for (const r of rows) if (r.c >= 0 && r.c < n) counts[r.c] = Number(r.n);
  return { total: await countEntries(client, a.id), counts };
}

function pollInputs(v: ParticipantView, multiple: boolean, enabled: boolean) {
  const { t, activity: a } = v;
  const chosen = v.mine.vote?.choices ?? [];
  return html`<fieldset${enabled ? "" : html` disabled`}><legend>${multiple ? t("workshops.join.pickMany") : t("workshops.join.pickOne")}</legend>${a.options.map(
    (o, i) =>
      html`<label class="opt"><input type="${multiple ? "checkbox" : "radio"}" name="choices" value="${i}"${chosen.includes(i) ? html` checked` : ""}${i === 0 && !multiple ? html` required` : ""}> ${o}</label>`,
  )}</fieldset>`;
}

function poll(multiple: boolean): ActivityKindSpec {
  return {
    answers: "one",
    texts: false,
    alwaysPublic: false,
    event: "results",
    configError: (c) => (c.options.length < 2 ? { path: "options", message: "workshops.errors.pollOptions" } : null),
    parseAnswer: (a, input) => ({ choices: parseChoices(input, a.options.length, !multiple), scale: null, text: "" }),
    tally: tallyPoll,
    participant: (v) =>
      html`${oneAnswer(v, (enabled) => pollInputs(v, multiple, enabled))}${v.results ? barsHtml(v.t, v.activity.options, v.results) : ""}`,
    Results: ({ activity, results, t, large }) => (
      <Bars names={activity.options} results={results} t={t} large={large} />
    ),
    describe: (a, e) => e.choices.map((c) => a.options[c] ?? c).join("; "),
  };
}

export const pollSingle = poll(false);
export const pollMultiple = poll(true);
