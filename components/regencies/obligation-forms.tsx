import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { EditInPlace } from "@/components/forms/edit-in-place";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import type { LeadershipRow } from "@/lib/leadership/queries";
import { createObligationAction, updateObligationAction, updateObligationStatusAction } from "@/lib/regencies/actions";
import type { ObligationRow } from "@/lib/regencies/queries";
import { OBLIGATION_ASPECTS, OBLIGATION_STATUSES } from "@/lib/regencies/schemas";

type Position = Pick<LeadershipRow, "id" | "title">;

function ObligationFields({ t, positions, o }: { t: Translate; positions: Position[]; o?: ObligationRow }) {
  return (
    <>
      <TextField
        name="title"
        label={t("regencies.obligations.titleField")}
        required
        maxLength={300}
        defaultValue={o?.title}
      />
      <SelectField
        name="aspect"
        label={t("regencies.obligations.aspect")}
        required
        defaultValue={o?.aspect}
        options={OBLIGATION_ASPECTS.map((a) => ({ value: a, label: t(`regencies.aspects.${a}`) }))}
      />
      <TextField
        name="source"
        label={t("regencies.obligations.source")}
        hint={t("regencies.obligations.sourceHint")}
        required
        maxLength={300}
        defaultValue={o?.source}
      />
      <TextField
        name="dueDate"
        type="date"
        label={t("regencies.obligations.dueDate")}
        defaultValue={o?.dueDate?.toISOString().slice(0, 10)}
      />
      <SelectField
        name="responsiblePositionId"
        label={t("regencies.obligations.responsible")}
        placeholder={t("regencies.obligations.noResponsible")}
        defaultValue={o?.responsiblePosition?.id}
        options={positions.map((p) => ({ value: p.id, label: p.title }))}
      />
    </>
  );
}

export function CreateObligationForm({
  regencyId,
  positions,
  t,
}: {
  regencyId: string;
  positions: Position[];
  t: Translate;
}) {
  return (
    <ActionForm
      action={createObligationAction}
      submitLabel={t("regencies.obligations.add")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <ObligationFields t={t} positions={positions} />
      <TextArea name="evidence" label={t("regencies.obligations.evidence")} rows={2} maxLength={1000} />
    </ActionForm>
  );
}

export function EditObligationForm({
  obligation: o,
  positions,
  t,
}: {
  obligation: ObligationRow;
  positions: Position[];
  t: Translate;
}) {
  return (
    <EditInPlace
      label={t("regencies.obligations.edit")}
      name={o.title}
      action={updateObligationAction}
      submitLabel={t("common.save")}
      pendingLabel={t("common.saving")}
      id={o.id}
      version={o.version}
    >
      <ObligationFields t={t} positions={positions} o={o} />
    </EditInPlace>
  );
}

/** Status and evidence of one obligation, folded until asked for. */
export function ObligationStatusForm({ obligation: o, t }: { obligation: ObligationRow; t: Translate }) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm text-emerald-800">{t("regencies.obligations.updateStatus")}</summary>
      <ActionForm
        action={updateObligationStatusAction}
        submitLabel={t("common.save")}
        resetOnSuccess={false}
        className="mt-2 grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end"
      >
        <HiddenField name="obligationId" value={o.id} />
        <HiddenField name="version" value={o.version} />
        <SelectField
          name="status"
          label={t("regencies.obligations.status")}
          defaultValue={o.status}
          options={OBLIGATION_STATUSES.map((s) => ({ value: s, label: t(`regencies.obligationStatus.${s}`) }))}
        />
        <TextField
          name="evidence"
          label={t("regencies.obligations.evidence")}
          defaultValue={o.evidence}
          maxLength={1000}
        />
      </ActionForm>
    </details>
  );
}
