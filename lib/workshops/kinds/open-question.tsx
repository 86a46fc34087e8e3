import { html } from "../participant/html";
import { LIMITS } from "../limits";
import { countEntries, parseText, textAnswers, TotalLine } from "./shared";
import type { ActivityKindSpec } from "./types";

// An open question: free answers, read by the facilitator (shown on the presenter once results are shown).

export const openQuestion: ActivityKindSpec = {
  answers: "many",
  texts: true,
  alwaysPublic: false,
  event: "results",
  parseAnswer: (_a, input) => ({ choices: [], scale: null, text: parseText(input, LIMITS.answer) }),
  tally: async (client, a) => {
    const answers = await client.$queryRaw<{ id: string; text: string }[]>`
      SELECT id::text, text FROM "WorkshopEntry" WHERE "activityId" = ${a.id}::uuid AND NOT hidden ORDER BY "createdAt" DESC LIMIT 30`;
    return { total: await countEntries(client, a.id), answers };
  },
  // participants never receive one another's answers, only how many there are
  participantResults: (r) => ({ total: r.total }),
  participant: (v) => html`${textAnswers(v, v.t("workshops.join.yourAnswer"), LIMITS.answer, true)}`,
  Results: ({ results, t, large }) => (
    <>
      {large ? (
        <p className="text-3xl text-slate-700">{t("workshops.present.responsesSoFar", { count: results.total })}</p>
      ) : (
        <TotalLine results={results} t={t} large={large} />
      )}
      {large && (results.answers ?? []).length > 0 && (
        <ul className="mt-6 grid gap-3 md:grid-cols-2">
          {(results.answers ?? []).map((x) => (
            <li key={x.id} className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-xl">
              {x.text}
            </li>
          ))}
        </ul>
      )}
    </>
  ),
  describe: (_a, e) => e.text,
};
