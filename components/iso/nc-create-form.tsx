import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { createNonconformityAction } from "@/lib/iso/nonconformities/actions";
import { NC_SEVERITIES, NC_SOURCES } from "@/lib/iso/nonconformities/schemas";
import type { AgencyOption } from "./options";

export function CreateNonconformityForm({
  regencyId,
  agencies,
  t,
}: {
  regencyId: string;
  agencies: AgencyOption[];
  t: Translate;
}) {
  return (
    <ActionForm
      action={createNonconformityAction}
      submitLabel={t("iso.nc.create")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <TextField name="title" label={t("iso.nc.titleField")} required maxLength={200} />
      <SelectField
        name="source"
        label={t("iso.nc.source")}
        required
        options={NC_SOURCES.map((s) => ({ value: s, label: t(`iso.source.${s}`) }))}
      />
      <SelectField
        name="severity"
        label={t("iso.nc.severity")}
        required
        options={NC_SEVERITIES.map((s) => ({ value: s, label: t(`iso.severity.${s}`) }))}
      />
      <SelectField
        name="agencyId"
        label={t("iso.nc.agency")}
        placeholder={t("iso.nc.noAgency")}
        options={agencies.map((a) => ({ value: a.id, label: a.name }))}
      />
      <TextArea name="description" label={t("iso.nc.descriptionField")} required rows={4} maxLength={10000} />
      <TextField
        name="requirement"
        label={t("iso.nc.requirement")}
        hint={t("iso.nc.requirementHint")}
        required
        maxLength={2000}
      />
      <TextArea name="evidence" label={t("iso.nc.evidence")} rows={3} maxLength={10000} />
      <TextArea name="correction" label={t("iso.nc.correction")} rows={2} maxLength={5000} />
    </ActionForm>
  );
}
