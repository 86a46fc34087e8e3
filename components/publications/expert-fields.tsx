import { TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import type { ExpertRow } from "@/lib/stakeholders/queries";
import { IssueCheckboxes } from "./issue-checkboxes";

/** The fields of an expert or contact (create and edit forms). */
export function ExpertFields({
  t,
  issues,
  values,
}: {
  t: Translate;
  issues: { id: string; number: number; title: string }[];
  values?: ExpertRow;
}) {
  return (
    <>
      <TextField
        name="name"
        label={t("stakeholders.network.fields.name")}
        required
        maxLength={160}
        defaultValue={values?.name}
      />
      <TextField
        name="discipline"
        label={t("stakeholders.network.fields.discipline")}
        required
        maxLength={120}
        defaultValue={values?.discipline}
      />
      <TextField
        name="institution"
        label={t("stakeholders.network.fields.institution")}
        maxLength={200}
        defaultValue={values?.institution}
      />
      <TextArea
        name="expertise"
        label={t("stakeholders.network.fields.expertise")}
        rows={2}
        maxLength={1000}
        defaultValue={values?.expertise}
      />
      <TextField
        name="phone"
        type="tel"
        label={t("stakeholders.network.fields.phone")}
        maxLength={40}
        defaultValue={values?.phone}
      />
      <TextField
        name="email"
        type="email"
        label={t("stakeholders.network.fields.email")}
        maxLength={200}
        defaultValue={values?.email}
      />
      <IssueCheckboxes
        issues={issues}
        selected={values?.issues.map((i) => i.issue.id)}
        t={t}
        legend={t("stakeholders.network.fields.issues")}
      />
    </>
  );
}
