import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { appointHolderAction, createPositionAction, setCoordinatorAction } from "@/lib/leadership/actions";
import type { getLeadershipFormOptions, LeadershipRow } from "@/lib/leadership/queries";
import { APPOINTMENT_KINDS, COORDINATOR_KINDS, POSITION_KINDS } from "@/lib/leadership/schemas";

type FormOptions = NonNullable<Awaited<ReturnType<typeof getLeadershipFormOptions>>>;

/** Appoints a holder to a position (a gap's "fill" link preselects it, hence the key). */
export function AppointHolderForm({
  positions,
  options,
  wanted,
  t,
}: {
  positions: LeadershipRow[];
  options: FormOptions;
  wanted?: string;
  t: Translate;
}) {
  return (
    <ActionForm
      key={wanted ?? "none"}
      action={appointHolderAction}
      submitLabel={t("leadership.appoint")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <SelectField
        name="positionId"
        label={t("leadership.fields.position")}
        required
        defaultValue={positions.some((p) => p.id === wanted) ? wanted : undefined}
        placeholder={t("leadership.choosePosition")}
        options={positions.map((p) => ({
          value: p.id,
          label: p.holder ? `${p.title} — ${p.holder.personName}` : `${p.title} — ${t("leadership.gap")}`,
        }))}
      />
      <TextField name="personName" label={t("leadership.fields.personName")} required maxLength={160} />
      <SelectField
        name="appointment"
        label={t("leadership.fields.appointment")}
        required
        defaultValue="definitif"
        options={APPOINTMENT_KINDS.map((k) => ({ value: k, label: t(`leadership.appointmentKinds.${k}`) }))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="startDate" type="date" label={t("leadership.fields.startDate")} required />
        <TextField
          name="endDate"
          type="date"
          label={t("leadership.fields.endDate")}
          hint={t("leadership.endDateHint")}
        />
      </div>
      <SelectField
        name="userId"
        label={t("leadership.fields.account")}
        placeholder={t("leadership.noAccount")}
        options={options.users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
      />
    </ActionForm>
  );
}

/** Names the position whose holder coordinates the programme (only the kinds that may). */
export function SetCoordinatorForm({
  positions,
  coordinatorId,
  t,
}: {
  positions: LeadershipRow[];
  coordinatorId?: string;
  t: Translate;
}) {
  return (
    <ActionForm action={setCoordinatorAction} submitLabel={t("leadership.setCoordinator")} resetOnSuccess={false}>
      <SelectField
        name="positionId"
        label={t("leadership.coordinatorPosition")}
        required
        defaultValue={coordinatorId}
        options={positions
          .filter((p) => (COORDINATOR_KINDS as readonly string[]).includes(p.kind))
          .map((p) => ({ value: p.id, label: p.holder ? `${p.title} — ${p.holder.personName}` : p.title }))}
      />
    </ActionForm>
  );
}

export function CreatePositionForm({
  regencyId,
  options,
  t,
}: {
  regencyId: string;
  options: FormOptions;
  t: Translate;
}) {
  return (
    <ActionForm
      action={createPositionAction}
      submitLabel={t("leadership.createPosition")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <SelectField
        name="kind"
        label={t("leadership.fields.kind")}
        required
        defaultValue="kepala_opd"
        options={POSITION_KINDS.map((k) => ({ value: k, label: t(`leadership.kinds.${k}`) }))}
      />
      <TextField name="title" label={t("leadership.fields.title")} required maxLength={160} />
      <SelectField
        name="agencyId"
        label={t("leadership.fields.agency")}
        placeholder={t("leadership.noAgency")}
        options={options.agencies.map((a) => ({ value: a.id, label: a.name }))}
      />
      <TextField
        name="dprdCommission"
        label={t("leadership.fields.dprdCommission")}
        hint={t("leadership.dprdCommissionHint")}
        maxLength={60}
      />
    </ActionForm>
  );
}
