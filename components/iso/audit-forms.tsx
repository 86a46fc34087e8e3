import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import {
  addFindingAction,
  completeAuditAction,
  createAuditAction,
  raiseFromFindingAction,
} from "@/lib/iso/audits/actions";
import { FINDING_KINDS } from "@/lib/iso/audits/schemas";
import type { AgencyOption, AuditorOption } from "./options";

export function AddFindingForm({ auditId, t }: { auditId: string; t: Translate }) {
  return (
    <ActionForm
      action={addFindingAction}
      submitLabel={t("iso.audit.addFinding")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="auditId" value={auditId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="kind"
          label={t("iso.audit.kind")}
          placeholder={t("iso.audit.kindPlaceholder")}
          required
          options={FINDING_KINDS.map((k) => ({ value: k, label: t(`iso.findingKind.${k}`) }))}
        />
        <TextField name="clause" label={t("iso.audit.clause")} required maxLength={200} />
      </div>
      <TextArea name="statement" label={t("iso.audit.statement")} required rows={3} maxLength={5000} />
      <TextArea name="evidence" label={t("iso.audit.evidence")} rows={2} maxLength={5000} />
    </ActionForm>
  );
}

export function RaiseFromFindingForm({
  auditId,
  findingId,
  target,
  label,
  t,
}: {
  auditId: string;
  findingId: string;
  target: "nonconformity" | "issue";
  label: string;
  t: Translate;
}) {
  return (
    <ActionForm
      action={raiseFromFindingAction}
      submitLabel={label}
      pendingLabel={t("common.saving")}
      variant="secondary"
      className="inline-block"
    >
      <HiddenField name="auditId" value={auditId} />
      <HiddenField name="findingId" value={findingId} />
      <HiddenField name="target" value={target} />
    </ActionForm>
  );
}

export function CompleteAuditForm({ auditId, version, t }: { auditId: string; version: number; t: Translate }) {
  return (
    <ActionForm
      action={completeAuditAction}
      submitLabel={t("iso.audit.complete")}
      pendingLabel={t("common.saving")}
      variant="secondary"
      confirm={t("iso.audit.completeConfirm")}
    >
      <HiddenField name="id" value={auditId} />
      <HiddenField name="version" value={version} />
    </ActionForm>
  );
}

export function CreateAuditForm({
  regencyId,
  agencies,
  auditors,
  t,
}: {
  regencyId: string;
  agencies: AgencyOption[];
  auditors: AuditorOption[];
  t: Translate;
}) {
  return (
    <ActionForm
      action={createAuditAction}
      submitLabel={t("iso.audit.create")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <TextField
        name="programYear"
        type="number"
        label={t("iso.audit.programYear")}
        defaultValue={new Date().getFullYear()}
        required
        min={2000}
        max={2100}
      />
      <TextField name="title" label={t("iso.audit.titleField")} required maxLength={200} />
      <TextArea name="scope" label={t("iso.audit.scope")} required rows={2} maxLength={5000} />
      <TextArea name="criteria" label={t("iso.audit.criteria")} required rows={2} maxLength={5000} />
      <SelectField
        name="auditedAgencyId"
        label={t("iso.audit.auditedAgency")}
        placeholder={t("iso.audit.agencyPlaceholder")}
        required
        options={agencies.map((a) => ({ value: a.id, label: a.name }))}
      />
      <SelectField
        name="leadAuditorId"
        label={t("iso.audit.leadAuditor")}
        hint={t("iso.audit.auditorHint")}
        placeholder={t("iso.audit.auditorPlaceholder")}
        required
        options={auditors.map((u) => ({ value: u.id, label: u.name }))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="startDate" type="date" label={t("iso.audit.startDate")} required />
        <TextField name="endDate" type="date" label={t("iso.audit.endDate")} required />
      </div>
    </ActionForm>
  );
}
