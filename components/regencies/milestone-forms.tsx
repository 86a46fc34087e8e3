import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { EditInPlace } from "@/components/forms/edit-in-place";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { createMilestoneAction, updateMilestoneAction } from "@/lib/regencies/actions";
import type { MilestoneRow } from "@/lib/regencies/queries";
import { MILESTONE_KINDS } from "@/lib/regencies/schemas";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function MilestoneFields({ t, m }: { t: Translate; m?: MilestoneRow }) {
  return (
    <>
      <SelectField
        name="kind"
        label={t("regencies.milestones.kind")}
        required
        defaultValue={m?.kind}
        options={MILESTONE_KINDS.map((k) => ({ value: k, label: t(`regencies.milestoneKinds.${k}`) }))}
      />
      <TextField
        name="title"
        label={t("regencies.milestones.titleField")}
        required
        maxLength={200}
        defaultValue={m?.title}
      />
      <TextField
        name="date"
        type="date"
        label={t("regencies.milestones.date")}
        required
        defaultValue={m && isoDay(m.date)}
      />
      <TextField
        name="evidence"
        label={t("regencies.milestones.evidence")}
        maxLength={500}
        defaultValue={m?.evidence}
      />
      <TextField
        name="score"
        type="number"
        step="0.01"
        min={0}
        max={100}
        label={t("regencies.milestones.score")}
        hint={t("regencies.milestones.scoreHint")}
        defaultValue={m?.score}
      />
      <TextArea
        name="notes"
        label={t("regencies.milestones.notes")}
        rows={3}
        maxLength={2000}
        defaultValue={m?.notes}
      />
    </>
  );
}

export function CreateMilestoneForm({ regencyId, t }: { regencyId: string; t: Translate }) {
  return (
    <ActionForm
      action={createMilestoneAction}
      submitLabel={t("regencies.milestones.add")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <MilestoneFields t={t} />
    </ActionForm>
  );
}

export function EditMilestoneForm({ milestone: m, t }: { milestone: MilestoneRow; t: Translate }) {
  return (
    <EditInPlace
      label={t("regencies.milestones.edit")}
      name={m.title}
      action={updateMilestoneAction}
      submitLabel={t("regencies.milestones.save")}
      pendingLabel={t("common.saving")}
      id={m.id}
      version={m.version}
    >
      <MilestoneFields t={t} m={m} />
    </EditInPlace>
  );
}
