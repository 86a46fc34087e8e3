import { SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import type { StakeholderRow } from "@/lib/stakeholders/queries";
import { STAKEHOLDER_TYPES, STANCES } from "@/lib/stakeholders/schemas";
import { IssueCheckboxes } from "./issue-checkboxes";

/** The fields of a stakeholder (create and edit forms). */
export function StakeholderFields({
  t,
  issues,
  values,
}: {
  t: Translate;
  issues: { id: string; number: number; title: string }[];
  values?: StakeholderRow;
}) {
  const levels = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));
  return (
    <>
      <TextField
        name="name"
        label={t("stakeholders.fields.name")}
        required
        maxLength={160}
        defaultValue={values?.name}
      />
      <TextField
        name="organisation"
        label={t("stakeholders.fields.organisation")}
        maxLength={200}
        defaultValue={values?.organisation}
      />
      <SelectField
        name="type"
        label={t("stakeholders.fields.type")}
        required
        defaultValue={values?.type ?? "community"}
        options={STAKEHOLDER_TYPES.map((v) => ({ value: v, label: t(`stakeholders.types.${v}`) }))}
      />
      <div className="grid grid-cols-2 gap-3">
        <SelectField
          name="power"
          label={t("stakeholders.fields.power")}
          required
          defaultValue={String(values?.power ?? 3)}
          options={levels}
        />
        <SelectField
          name="interest"
          label={t("stakeholders.fields.interest")}
          required
          defaultValue={String(values?.interest ?? 3)}
          options={levels}
        />
      </div>
      <SelectField
        name="stance"
        label={t("stakeholders.fields.stance")}
        required
        defaultValue={values?.stance ?? "neutral"}
        options={STANCES.map((v) => ({ value: v, label: t(`stakeholders.stances.${v}`) }))}
      />
      <IssueCheckboxes
        issues={issues}
        selected={values?.issues.map((i) => i.issue.id)}
        t={t}
        legend={t("stakeholders.fields.issues")}
      />
      <TextArea
        name="notes"
        label={t("stakeholders.fields.notes")}
        rows={2}
        maxLength={2000}
        defaultValue={values?.notes}
      />
    </>
  );
}
