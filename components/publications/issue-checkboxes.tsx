import type { Translate } from "@/lib/i18n/translate";

/** Issues to link, as plain checkboxes (name "issueIds[]"): works inside any ActionForm. */
export function IssueCheckboxes({
  issues,
  selected = [],
  t,
  legend,
}: {
  issues: { id: string; number: number; title: string }[];
  selected?: string[];
  t: Translate;
  legend: string;
}) {
  return (
    <fieldset>
      <legend className="mb-1 block text-sm font-medium text-slate-800">{legend}</legend>
      {issues.length === 0 ? (
        <p className="text-sm text-slate-600">{t("publications.detail.noIssues")}</p>
      ) : (
        <div className="max-h-48 space-y-1 overflow-y-auto rounded-md border border-slate-300 bg-white p-2">
          {issues.map((i) => (
            <label key={i.id} className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="issueIds[]"
                value={i.id}
                defaultChecked={selected.includes(i.id)}
                className="mt-0.5 h-4 w-4 rounded border-slate-400"
              />
              <span>
                {t("issues.number", { number: i.number })} · {i.title}
              </span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
