import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { EditInPlace } from "@/components/forms/edit-in-place";
import { HiddenField, SelectField, TextField } from "@/components/forms/field";
import { createAgencyAction, updateAgencyAction } from "@/lib/agencies/actions";
import type { AgencyRow } from "@/lib/agencies/queries";
import { AGENCY_KINDS } from "@/lib/agencies/schemas";
import type { Translate } from "@/lib/i18n/translate";

function AgencyFields({ t, agency }: { t: Translate; agency?: AgencyRow }) {
  return (
    <>
      <TextField name="name" label={t("agencies.fields.name")} required maxLength={160} defaultValue={agency?.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="shortName"
          label={t("agencies.fields.shortName")}
          hint={t("agencies.fields.shortNameHint")}
          maxLength={30}
          defaultValue={agency?.shortName}
        />
        <SelectField
          name="kind"
          label={t("agencies.fields.kind")}
          required
          defaultValue={agency?.kind ?? "dinas"}
          options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencies.kinds.${k}`) }))}
        />
      </div>
    </>
  );
}

export function CreateAgencyForm({ regencyId, t }: { regencyId: string; t: Translate }) {
  return (
    <ActionForm
      action={createAgencyAction}
      submitLabel={t("agencies.create")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <AgencyFields t={t} />
    </ActionForm>
  );
}

export function EditAgencyForm({ agency, t }: { agency: AgencyRow; t: Translate }) {
  return (
    <EditInPlace
      label={t("agencies.edit")}
      name={agency.name}
      action={updateAgencyAction}
      submitLabel={t("agencies.save")}
      pendingLabel={t("common.saving")}
      id={agency.id}
      version={agency.version}
    >
      <AgencyFields t={t} agency={agency} />
    </EditInPlace>
  );
}
