import { filterFieldClass, filterSelectClass } from "@/components/issues/input-class";
import type { Translate } from "@/lib/i18n/translate";
import type { IssueOption } from "@/lib/publications/queries";

/** Narrows a list to one issue (a plain GET form): media coverage and stakeholders. */
export function IssueFilterForm({ issues, issueId, t }: { issues: IssueOption[]; issueId?: string; t: Translate }) {
  return (
    <form className="flex flex-wrap items-end gap-2">
      <div className={filterFieldClass}>
        <label htmlFor="issueId" className="mb-1 block text-sm font-medium text-slate-800">
          {t("media.filterIssue")}
        </label>
        <select id="issueId" name="issueId" defaultValue={issueId ?? ""} className={filterSelectClass}>
          <option value="">{t("media.allIssues")}</option>
          {issues.map((i) => (
            <option key={i.id} value={i.id}>
              {t("issues.number", { number: i.number })} · {i.title}
            </option>
          ))}
        </select>
      </div>
      <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t("common.filter")}</button>
    </form>
  );
}
