import { CheckboxGroupField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";

/** Issues to link, as checkboxes named "issueIds[]": works inside any ActionForm. */
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
    <CheckboxGroupField
      name="issueIds[]"
      legend={legend}
      options={issues.map((i) => ({ value: i.id, label: `${t("issues.number", { number: i.number })} · ${i.title}` }))}
      defaultValues={selected}
      empty={t("publications.detail.noIssues")}
      listClassName="max-h-48 space-y-1 overflow-y-auto rounded-md border border-slate-300 bg-white p-2"
    />
  );
}
