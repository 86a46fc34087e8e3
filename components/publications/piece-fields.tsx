import { SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { PUBLICATION_KINDS } from "@/lib/publications/schemas";
import { toZonedInput } from "@/lib/publications/time";
import { zoneLabel } from "@/lib/regencies/time-zone";
import { IssueCheckboxes } from "./issue-checkboxes";

export type PieceValues = {
  kind: string;
  title: string;
  summary: string;
  body: string;
  internalNote: string;
  publishAt: Date | null;
  issueIds: string[];
  correctionNote?: string | null;
};

/** The fields of a piece's working copy (create and edit forms). */
export function PieceFields({
  t,
  issues,
  values,
  correction,
  timeZone,
}: {
  t: Translate;
  issues: { id: string; number: number; title: string }[];
  values?: PieceValues;
  correction?: boolean;
  /** The regency's zone: the time typed is its wall clock. */
  timeZone: string;
}) {
  return (
    <>
      {correction && (
        <TextArea
          name="correctionNote"
          label={t("publications.fields.correctionNote")}
          hint={t("publications.fields.correctionNoteHint")}
          required
          rows={2}
          maxLength={1000}
          defaultValue={values?.correctionNote}
        />
      )}
      <SelectField
        name="kind"
        label={t("publications.fields.kind")}
        required
        defaultValue={values?.kind ?? "issue_update"}
        options={PUBLICATION_KINDS.map((k) => ({ value: k, label: t(`publications.kinds.${k}`) }))}
      />
      <TextField
        name="title"
        label={t("publications.fields.title")}
        required
        maxLength={200}
        defaultValue={values?.title}
      />
      <TextArea
        name="summary"
        label={t("publications.fields.summary")}
        hint={t("publications.fields.summaryHint")}
        rows={2}
        maxLength={600}
        defaultValue={values?.summary}
      />
      <TextArea
        name="body"
        label={t("publications.fields.body")}
        hint={t("publications.fields.bodyHint")}
        rows={12}
        defaultValue={values?.body}
      />
      <IssueCheckboxes issues={issues} selected={values?.issueIds} t={t} legend={t("publications.fields.issues")} />
      <TextField
        name="publishAt"
        type="datetime-local"
        label={`${t("publications.fields.publishAt")} (${zoneLabel(timeZone)})`}
        hint={t("publications.fields.publishAtHint")}
        defaultValue={toZonedInput(values?.publishAt, timeZone)}
      />
      <TextArea
        name="internalNote"
        label={t("publications.fields.internalNote")}
        hint={t("publications.fields.internalNoteHint")}
        rows={2}
        maxLength={4000}
        defaultValue={values?.internalNote}
      />
    </>
  );
}
