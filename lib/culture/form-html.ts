import type { Translate } from "@/lib/i18n/translate";
import { html, type SafeHtml } from "@/lib/workshops/participant/html";
import { CULTURE_DIMENSIONS, CULTURE_TYPES, POINTS_PER_SET, pointIndex, statementKey } from "./instrument";
import { splitProblems } from "./split";

// The culture form's markup, shared by the workshop activity (participant page) and the anonymous
// survey (/budaya/<code>): escaped HTML that works as a plain form. Per dimension one fieldset with
// its four statements, each with a number for "now" and one for "preferred"; fields named `now`
// and `preferred`, 24 of each in dimension-major order (lib/culture/instrument.ts). With JavaScript
// (public/culture-form.js) steppers keep each dimension's sum at 100 and show it as it changes.

/** What the form shows in its fields: a stored answer, or what a refused plain form sent. */
export type CultureFormValues = { now: (number | string)[]; preferred: (number | string)[] };

const SETS = ["now", "preferred"] as const;

/** 48 stored points (now then preferred) → the form's values. */
export function valuesFromChoices(choices: readonly number[]): CultureFormValues | undefined {
  if (choices.length !== POINTS_PER_SET * 2) return undefined;
  return { now: choices.slice(0, POINTS_PER_SET), preferred: choices.slice(POINTS_PER_SET) };
}

/** Only digits survive from what a refused form sent back (the page echoes them as field values). */
export function typedValues(now: readonly string[], preferred: readonly string[]): CultureFormValues | undefined {
  const clean = (xs: readonly string[]) => xs.slice(0, POINTS_PER_SET).map((x) => (/^\d{1,3}$/.test(x) ? x : ""));
  if (!now.length && !preferred.length) return undefined;
  return { now: clean(now), preferred: clean(preferred) };
}

const asNumber = (v: number | string | undefined) => (v === undefined || v === "" ? 0 : Number(v));

/**
 * The six fieldsets. `showProblems`: under each dimension whose split is not 100, how many points
 * are missing or too many (after a refused plain form).
 */
export function cultureFieldsHtml(
  t: Translate,
  opts: { version: number; values?: CultureFormValues; enabled: boolean; showProblems?: boolean },
): SafeHtml {
  const v = opts.values;
  const points = (set: (typeof SETS)[number]) =>
    Array.from({ length: POINTS_PER_SET }, (_, i) => asNumber(v?.[set][i]));
  const problems = opts.showProblems
    ? [...splitProblems("now", points("now")), ...splitProblems("preferred", points("preferred"))]
    : [];
  return html`<div class="cv"${opts.enabled ? "" : html` data-disabled`}><p class="sub">${t("culture.split.instructions")}</p>${CULTURE_DIMENSIONS.map(
    (dimension, d) => {
      const mine = problems.filter((p) => p.dimension === d);
      return html`<fieldset class="cv-dim card" data-d="${d}"${opts.enabled ? "" : html` disabled`}><legend>${d + 1}. ${t(`culture.dimensions.${dimension}`)}</legend>${CULTURE_TYPES.map(
        (type, ti) => {
          const i = pointIndex(d, ti);
          const sid = `cv-s-${d}-${ti}`;
          return html`<div class="cv-row"><p id="${sid}" class="cv-st">${t(statementKey(opts.version, dimension, type))}</p><div class="cv-in">${SETS.map(
            (set) =>
              html`<div class="cv-set"><label for="cv-${set}-${i}">${t(`culture.sets.${set}`)}</label><input id="cv-${set}-${i}" name="${set}" type="number" inputmode="numeric" min="0" max="100" step="1" value="${v ? String(v[set][i] ?? "") : ""}" aria-describedby="${sid}" data-set="${set}" data-d="${d}"></div>`,
          )}</div></div>`;
        },
      )}<p class="cv-sum">${SETS.map(
        (set) =>
          html`<span>${t(`culture.sets.${set}`)}: <output data-sum="${set}" data-d="${d}">${points(set)
            .slice(d * CULTURE_TYPES.length, (d + 1) * CULTURE_TYPES.length)
            .reduce((a, b) => a + b, 0)}</output>/100</span> `,
      )}</p>${mine.map(
        (p) =>
          html`<p class="msg err">${t(`culture.sets.${p.set}`)}: ${t(p.difference > 0 ? "culture.split.missing" : "culture.split.excess", { points: Math.abs(p.difference), sum: p.sum })}</p>`,
      )}</fieldset>`;
    },
  )}</div>`;
}

/** The framework citation shown above every culture form. */
export function frameworkHtml(t: Translate): SafeHtml {
  return html`<p class="cv-cite">${t("culture.framework")}</p>`;
}
