import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { createObjectiveAction, recordMeasurementAction } from "@/lib/iso/objectives/actions";
import type { ObjectiveRow } from "@/lib/iso/objectives/queries";
import type { PositionOption } from "./options";

export function CreateObjectiveForm({
  regencyId,
  positions,
  t,
}: {
  regencyId: string;
  positions: PositionOption[];
  t: Translate;
}) {
  return (
    <ActionForm
      action={createObjectiveAction}
      submitLabel={t("iso.objective.create")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <TextField name="title" label={t("iso.objective.titleField")} required maxLength={200} />
      <TextField name="indicator" label={t("iso.objective.indicator")} required maxLength={300} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="baseline" type="number" step="any" label={t("iso.objective.baseline")} required />
        <TextField name="target" type="number" step="any" label={t("iso.objective.target")} required />
        <TextField name="unit" label={t("iso.objective.unit")} maxLength={30} />
      </div>
      <SelectField
        name="direction"
        label={t("iso.objective.direction")}
        required
        options={[
          { value: "increase", label: t("iso.objective.increase") },
          { value: "decrease", label: t("iso.objective.decrease") },
        ]}
      />
      <SelectField
        name="ownerPositionId"
        label={t("iso.objective.owner")}
        placeholder={t("iso.objective.noOwner")}
        options={positions.map((p) => ({ value: p.id, label: p.title }))}
      />
      <TextField name="dueDate" type="date" label={t("iso.objective.dueDate")} />
    </ActionForm>
  );
}

/** A period's measured value, folded under a summary until asked for. */
export function RecordMeasurementForm({ objective, t }: { objective: ObjectiveRow; t: Translate }) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-medium text-emerald-800">{t("iso.objective.record")}</summary>
      <ActionForm
        action={recordMeasurementAction}
        submitLabel={t("iso.objective.record")}
        pendingLabel={t("common.saving")}
        className="mt-3 grid gap-3 sm:grid-cols-3 sm:items-end"
      >
        <HiddenField name="objectiveId" value={objective.id} />
        <TextField
          name="period"
          label={t("iso.objective.period")}
          hint={t("iso.objective.periodHint")}
          required
          maxLength={7}
        />
        <TextField
          name="value"
          type="number"
          step="any"
          label={`${t("iso.objective.value")}${objective.unit ? ` (${objective.unit})` : ""}`}
          required
        />
        <TextField name="note" label={t("iso.objective.note")} maxLength={2000} />
      </ActionForm>
    </details>
  );
}
