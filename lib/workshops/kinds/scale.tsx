import { AppError } from "@/lib/errors";
import { html } from "../participant/html";
import { Bars, barsHtml, oneAnswer } from "./shared";
import type { ActivityKindSpec, KindActivity, ParticipantView } from "./types";

// A scale from scaleMin to scaleMax (options: labels of the two ends); one value per participant.

const values = (a: KindActivity) => Array.from({ length: a.scaleMax - a.scaleMin + 1 }, (_, i) => a.scaleMin + i);

function scaleInputs(v: ParticipantView, enabled: boolean) {
  const { t, activity: a } = v;
  const last = a.scaleMax - a.scaleMin;
  return html`<fieldset${enabled ? "" : html` disabled`}><legend>${t("workshops.join.pickOne")}</legend>${values(a).map(
    (value, i) => {
      const end = i === 0 ? a.options[0] : i === last ? a.options[1] : undefined;
      return html`<label class="opt"><input type="radio" name="scale" value="${value}"${v.mine.vote?.scale === value ? html` checked` : ""}${i === 0 ? html` required` : ""}> ${String(value) + (end ? ` — ${end}` : "")}</label>`;
    },
  )}</fieldset>`;
}

export const scale: ActivityKindSpec = {
  answers: "one",
  texts: false,
  alwaysPublic: false,
  event: "results",
  configError: (c) => (c.scaleMax <= c.scaleMin ? { path: "scaleMax", message: "workshops.errors.scaleRange" } : null),
  parseAnswer: (a, input) => {
    if (input.scale === undefined || input.scale < a.scaleMin || input.scale > a.scaleMax)
      throw new AppError("INVALID", "workshops.join.invalidChoice");
    return { choices: [], scale: input.scale, text: "" };
  },
  tally: async (client, a) => {
    const rows = await client.$queryRaw<{ s: number; n: bigint }[]>`
      SELECT scale AS s, count(*) AS n FROM "WorkshopEntry" WHERE "activityId" = ${a.id}::uuid AND NOT hidden AND scale IS NOT NULL GROUP BY scale`;
    const counts = values(a).map(() => 0);
    let total = 0;
    for (const r of rows)
      if (r.s >= a.scaleMin && r.s <= a.scaleMax) {
        counts[r.s - a.scaleMin] = Number(r.n);
        total += Number(r.n);
      }
    return { total, counts };
  },
  participant: (v) =>
    html`${oneAnswer(v, (enabled) => scaleInputs(v, enabled))}${v.results ? barsHtml(v.t, values(v.activity).map(String), v.results) : ""}`,
  Results: ({ activity, results, t, large }) => (
    <Bars names={values({ ...activity, id: "" }).map(String)} results={results} t={t} large={large} />
  ),
  describe: (_a, e) => (e.scale === null ? "" : String(e.scale)),
};
