import { SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import type { CoverageItem } from "@/lib/media/queries";
import { MEDIA_TYPES, SENTIMENTS } from "@/lib/media/schemas";
import { IssueCheckboxes } from "./issue-checkboxes";

/** The fields of a coverage record (create and edit forms). */
export function CoverageFields({
  t,
  issues,
  values,
  today,
  issueId,
}: {
  t: Translate;
  issues: { id: string; number: number; title: string }[];
  values?: CoverageItem;
  today: string;
  issueId?: string;
}) {
  return (
    <>
      <TextField
        name="outlet"
        label={t("media.fields.outlet")}
        required
        maxLength={120}
        defaultValue={values?.outlet}
      />
      <SelectField
        name="mediaType"
        label={t("media.fields.mediaType")}
        required
        defaultValue={values?.mediaType ?? "online"}
        options={MEDIA_TYPES.map((m) => ({ value: m, label: t(`media.mediaTypes.${m}`) }))}
      />
      <TextField
        name="headline"
        label={t("media.fields.headline")}
        required
        maxLength={300}
        defaultValue={values?.headline}
      />
      <TextField
        name="url"
        type="url"
        label={t("media.fields.url")}
        required
        placeholder="https://"
        defaultValue={values?.url}
      />
      <TextField
        name="publishedOn"
        type="date"
        label={t("media.fields.publishedOn")}
        required
        defaultValue={values ? values.publishedOn.toISOString().slice(0, 10) : today}
      />
      <SelectField
        name="sentiment"
        label={t("media.fields.sentiment")}
        required
        defaultValue={values?.sentiment ?? "netral"}
        options={SENTIMENTS.map((s) => ({ value: s, label: t(`media.sentiments.${s}`) }))}
      />
      <TextField name="reach" type="number" min={0} label={t("media.fields.reach")} defaultValue={values?.reach} />
      <IssueCheckboxes
        issues={issues}
        selected={values ? values.issues.map((i) => i.issue.id) : issueId ? [issueId] : []}
        t={t}
        legend={t("media.fields.issues")}
      />
      <TextArea name="notes" label={t("media.fields.notes")} rows={2} maxLength={2000} defaultValue={values?.notes} />
    </>
  );
}
