import { oneDecimal } from "@/lib/i18n/format";
import { CultureKite } from "@/components/culture/culture-kite";
import { ProfileTable } from "@/components/culture/profile-table";
import { cultureFieldsHtml, frameworkHtml, typedValues, valuesFromChoices } from "@/lib/culture/form-html";
import { CULTURE_TYPES, CURRENT_INSTRUMENT_VERSION, INSTRUMENT_VERSIONS, typeNameKey } from "@/lib/culture/instrument";
import { cultureAnswerSchema } from "@/lib/culture/split";
import { AppError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { html } from "../participant/html";
import { oneAnswer, resultsSection } from "./shared";
import type { ActivityKindSpec, ActivityResults, AnswerInput } from "./types";

// The culture instrument (Competing Values Framework, lib/culture/instrument.ts) as an activity:
// each participant splits 100 points per dimension, "now" and "preferred"; stored as `choices` =
// 48 points (now's 24, then preferred's 24). The activity's scaleMax holds the instrument version,
// so a later wording never mixes with this one. Anonymous: only the group's profile is ever shown,
// and only from five answers (every results path goes through lib/workshops/results.ts), never an
// answer per person.

/** The instrument version an activity uses (its scaleMax). */
export const cultureVersion = (a: { scaleMax: number }) =>
  (INSTRUMENT_VERSIONS as readonly number[]).includes(a.scaleMax) ? a.scaleMax : CURRENT_INSTRUMENT_VERSION;

/** A culture activity's settings: no options; scaleMax = the instrument version (the current one for a new activity). */
export function cultureSettings<T extends { options: string[]; scaleMin: number; scaleMax: number }>(c: T): T {
  return { ...c, options: [], scaleMin: 0, scaleMax: cultureVersion(c) };
}

/** 48 points from a submission, or INVALID (the plain form then shows each dimension's sum again). */
export function parseCultureAnswer(input: Pick<AnswerInput, "now" | "preferred">): number[] {
  const r = cultureAnswerSchema.safeParse({ now: input.now ?? [], preferred: input.preferred ?? [] });
  if (!r.success) {
    const issue = r.error.issues.find((i) => i.code === "custom") as
      { params?: { points: number; sum: number } } | undefined;
    throw new AppError("INVALID", "workshops.join.cultureSplit", undefined, issue?.params);
  }
  return [...r.data.now, ...r.data.preferred];
}

const names = (t: Translate) =>
  Object.fromEntries(CULTURE_TYPES.map((c) => [c, t(typeNameKey(c))])) as Record<
    (typeof CULTURE_TYPES)[number],
    string
  >;

function tooFew(t: Translate, r: ActivityResults) {
  return t("culture.anonymity.tooFew", { count: r.total, min: r.culture?.min ?? "" });
}

export const culture: ActivityKindSpec = {
  answers: "one",
  texts: false,
  anonymous: true,
  alwaysPublic: false,
  event: "results",
  configError: (c) =>
    (INSTRUMENT_VERSIONS as readonly number[]).includes(c.scaleMax)
      ? null
      : { path: "scaleMax", message: "workshops.errors.cultureVersion" },
  parseAnswer: (_a, input) => ({ choices: parseCultureAnswer(input), scale: null, text: "" }),
  // in SQL on the server (lib/culture/activity-tally.ts, called by lib/workshops/results.ts): this
  // file also loads in the browser, where Prisma's SQL helpers cannot go
  tally: () => Promise.reject(new Error("culture results are tallied by lib/culture/activity-tally.ts")),
  participant: (v) => {
    const typed = v.typed ? typedValues(v.typed.now ?? [], v.typed.preferred ?? []) : undefined;
    const stored = v.mine.vote ? valuesFromChoices(v.mine.vote.choices) : undefined;
    const fields = (enabled: boolean) =>
      html`${frameworkHtml(v.t)}${cultureFieldsHtml(v.t, {
        version: cultureVersion(v.activity),
        values: (enabled && typed) || stored,
        enabled,
        showProblems: enabled && !!typed,
      })}`;
    const r = v.results;
    const results = r
      ? resultsSection(
          v.t,
          r.culture?.profile
            ? html`<table class="cv-res"><thead><tr><th scope="col">${v.t("culture.activity.type")}</th><th scope="col">${v.t("culture.sets.now")}</th><th scope="col">${v.t("culture.sets.preferred")}</th></tr></thead><tbody>${CULTURE_TYPES.map(
                (c) =>
                  html`<tr><th scope="row">${v.t(typeNameKey(c))}</th><td>${oneDecimal(r.culture!.profile!.now[c], v.t)}</td><td>${oneDecimal(r.culture!.profile!.preferred[c], v.t)}</td></tr>`,
              )}</tbody></table>`
            : html`<p class="msg">${tooFew(v.t, r)}</p>`,
          r.total,
        )
      : "";
    return html`${oneAnswer(v, fields)}${results}`;
  },
  Results: ({ results, t, large }) => {
    const profile = results.culture?.profile;
    if (!profile) return <p className={`${large ? "text-2xl" : "text-sm"} text-slate-700`}>{tooFew(t, results)}</p>;
    const labels = names(t);
    return (
      <div className={large ? "grid items-center gap-6 lg:grid-cols-[minmax(0,1fr)_auto]" : "space-y-3"}>
        <CultureKite
          title={t("culture.activity.kite")}
          typeLabels={labels}
          height={large ? 460 : 280}
          series={[
            { key: "now", label: t("culture.sets.now"), scores: profile.now },
            { key: "preferred", label: t("culture.sets.preferred"), scores: profile.preferred, dashed: true },
          ]}
        />
        <div>
          <ProfileTable profile={profile} t={t} large={large} />
          <p className={`${large ? "mt-3 text-xl" : "mt-2 text-xs"} text-slate-600`}>
            {t("workshops.live.responses")}: {results.total}
          </p>
        </div>
      </div>
    );
  },
  // never a person's answer: the export and the moderation table list no culture entries at all
  describe: () => "",
};
