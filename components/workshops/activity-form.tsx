import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import {
  CheckboxField,
  CheckboxGroupField,
  HiddenField,
  SelectField,
  TextArea,
  TextField,
} from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { createActivityAction, updateActivityAction } from "@/lib/workshops/actions";
import { ACTIVITY_KINDS } from "@/lib/workshops/schemas";

type Existing = {
  id: string;
  version: number;
  kind: string;
  title: string;
  prompt: string;
  options: string[];
  scaleMin: number;
  scaleMax: number;
  allowChange: boolean;
  moderated: boolean;
  correctOptions?: number[];
  optionIssueIds?: string[];
  sector?: string;
};

export function ActivityForm({
  t,
  workshopId,
  activity,
  issues = [],
}: {
  t: Translate;
  workshopId: string;
  activity?: Existing;
  /** the regency's open issues a ranking may put to the vote */
  issues?: { id: string; number: number; title: string }[];
}) {
  return (
    <ActionForm
      action={activity ? updateActivityAction : createActivityAction}
      submitLabel={activity ? t("common.save") : t("workshops.activities.add")}
      pendingLabel={t("common.saving")}
      idempotencyKey={activity ? undefined : randomUUID()}
      resetOnSuccess={!activity}
    >
      {activity ? (
        <>
          <HiddenField name="activityId" value={activity.id} />
          <HiddenField name="version" value={activity.version} />
        </>
      ) : (
        <HiddenField name="workshopId" value={workshopId} />
      )}
      <SelectField
        name="kind"
        label={t("workshops.activities.kind")}
        required
        defaultValue={activity?.kind ?? "poll_single"}
        options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`workshops.kinds.${k}`) }))}
      />
      <TextField
        name="title"
        label={t("workshops.activities.title")}
        required
        maxLength={200}
        defaultValue={activity?.title}
      />
      <TextArea
        name="prompt"
        label={t("workshops.activities.prompt")}
        rows={2}
        maxLength={1000}
        defaultValue={activity?.prompt}
      />
      <TextArea
        name="options"
        label={t("workshops.activities.options")}
        hint={t("workshops.activities.optionsHint")}
        rows={4}
        defaultValue={activity?.options.join("\n")}
      />
      <TextField
        name="correctOptions"
        label={t("workshops.activities.correctOptions")}
        hint={t("workshops.activities.correctOptionsHint")}
        maxLength={100}
        defaultValue={activity?.correctOptions?.map((i) => i + 1).join(", ")}
      />
      {issues.length > 0 && (
        <CheckboxGroupField
          name="issueIds[]"
          legend={t("workshops.activities.issues")}
          hint={t("workshops.activities.issuesHint")}
          options={issues.map((i) => ({
            value: i.id,
            label: `${t("issues.number", { number: i.number })} · ${i.title}`,
          }))}
          defaultValues={activity?.optionIssueIds ?? []}
        />
      )}
      <div className="grid grid-cols-2 gap-3">
        <TextField
          name="scaleMin"
          type="number"
          min={0}
          max={10}
          label={t("workshops.activities.scaleMin")}
          defaultValue={activity?.scaleMin ?? 1}
        />
        <TextField
          name="scaleMax"
          type="number"
          min={1}
          max={10}
          label={t("workshops.activities.scaleMax")}
          defaultValue={activity?.scaleMax ?? 5}
        />
      </div>
      <CheckboxField
        name="allowChange"
        label={t("workshops.activities.allowChange")}
        defaultChecked={activity?.allowChange ?? true}
      />
      <CheckboxField
        name="moderated"
        label={t("workshops.activities.moderated")}
        defaultChecked={activity?.moderated ?? true}
      />
      <TextField
        name="sector"
        label={t("workshops.potentials.sectorField")}
        hint={t("workshops.potentials.sectorHint")}
        maxLength={80}
        defaultValue={activity?.sector}
      />
    </ActionForm>
  );
}
