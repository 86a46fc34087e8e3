import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxField, HiddenField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { toZonedInput } from "@/lib/publications/time";
import { zoneLabel } from "@/lib/regencies/time-zone";
import { createWorkshopAction, updateWorkshopAction } from "@/lib/workshops/actions";
import type { WorkshopDetail } from "@/lib/workshops/queries";

export function WorkshopForm({
  t,
  regencyId,
  timeZone,
  workshop,
}: {
  t: Translate;
  regencyId: string;
  /** The regency's zone: the start typed is its wall clock (09.00 in Malaka is 09.00 WITA). */
  timeZone: string;
  workshop?: WorkshopDetail;
}) {
  const fields = (
    <>
      <TextField
        name="title"
        label={t("workshops.fields.title")}
        required
        maxLength={200}
        defaultValue={workshop?.title}
      />
      <TextField
        name="startsAt"
        type="datetime-local"
        label={`${t("workshops.fields.startsAt")} (${zoneLabel(timeZone)})`}
        required
        defaultValue={workshop ? toZonedInput(workshop.startsAt, timeZone) : undefined}
      />
      <TextField name="venue" label={t("workshops.fields.venue")} maxLength={200} defaultValue={workshop?.venue} />
      <TextArea
        name="description"
        label={t("workshops.fields.description")}
        rows={3}
        maxLength={4000}
        defaultValue={workshop?.description}
      />
      <TextArea
        name="agenda"
        label={t("workshops.fields.agenda")}
        hint={t("workshops.fields.agendaHint")}
        rows={5}
        defaultValue={workshop?.agenda.map((a) => `${a.time} ${a.title}`.trim()).join("\n")}
      />
      <TextArea
        name="materials"
        label={t("workshops.fields.materials")}
        hint={t("workshops.fields.materialsHint")}
        rows={3}
        defaultValue={workshop?.materials.map((m) => (m.url ? `${m.title} | ${m.url}` : m.title)).join("\n")}
      />
      <CheckboxField
        name="askIdentity"
        label={t("workshops.fields.askIdentity")}
        defaultChecked={workshop ? workshop.askIdentity : true}
      />
    </>
  );
  if (!workshop) {
    return (
      <ActionForm
        action={createWorkshopAction}
        submitLabel={t("workshops.create")}
        pendingLabel={t("common.saving")}
        idempotencyKey={randomUUID()}
      >
        <HiddenField name="regencyId" value={regencyId} />
        {fields}
      </ActionForm>
    );
  }
  return (
    <ActionForm
      action={updateWorkshopAction}
      submitLabel={t("common.save")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
    >
      <HiddenField name="workshopId" value={workshop.id} />
      <HiddenField name="version" value={workshop.version} />
      {fields}
    </ActionForm>
  );
}
