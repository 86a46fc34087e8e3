import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import {
  addCorrectiveActionAction,
  completeCorrectiveActionAction,
  reopenNonconformityAction,
  requestVerificationAction,
  startNonconformityAction,
  updateNonconformityAction,
  verifyNonconformityAction,
} from "@/lib/iso/nonconformities/actions";
import type { NonconformityDetail } from "@/lib/iso/nonconformities/queries";
import { NC_SEVERITIES } from "@/lib/iso/nonconformities/schemas";

type Options = { value: string; label: string; group?: string }[];

export function NcAnalysisForm({ nc, agencies, t }: { nc: NonconformityDetail; agencies: Options; t: Translate }) {
  return (
    <ActionForm
      action={updateNonconformityAction}
      submitLabel={t("iso.nc.saveAnalysis")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
    >
      <HiddenField name="id" value={nc.id} />
      <HiddenField name="version" value={nc.version} />
      <TextField name="title" label={t("iso.nc.titleField")} defaultValue={nc.title} required maxLength={200} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="severity"
          label={t("iso.nc.severity")}
          defaultValue={nc.severity}
          required
          options={NC_SEVERITIES.map((s) => ({ value: s, label: t(`iso.severity.${s}`) }))}
        />
        <SelectField
          name="agencyId"
          label={t("iso.nc.agency")}
          defaultValue={nc.agencyId}
          placeholder={t("iso.nc.noAgency")}
          options={agencies}
        />
      </div>
      <TextArea
        name="description"
        label={t("iso.nc.descriptionField")}
        defaultValue={nc.description}
        required
        rows={4}
      />
      <TextField
        name="requirement"
        label={t("iso.nc.requirement")}
        defaultValue={nc.requirement}
        hint={t("iso.nc.requirementHint")}
        required
      />
      <TextArea name="evidence" label={t("iso.nc.evidence")} defaultValue={nc.evidence} rows={3} />
      <TextArea name="correction" label={t("iso.nc.correction")} defaultValue={nc.correction} rows={2} />
      <TextArea
        name="rootCause"
        label={t("iso.nc.rootCause")}
        hint={t("iso.nc.rootCauseHint")}
        defaultValue={nc.rootCause}
        rows={5}
      />
      <TextArea name="similarChecked" label={t("iso.nc.similarChecked")} defaultValue={nc.similarChecked} rows={2} />
    </ActionForm>
  );
}

export function AddActionForm({ nc, owners, t }: { nc: NonconformityDetail; owners: Options; t: Translate }) {
  return (
    <ActionForm
      action={addCorrectiveActionAction}
      submitLabel={t("iso.nc.addAction")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="nonconformityId" value={nc.id} />
      <TextArea name="description" label={t("iso.nc.actionDescription")} required rows={2} maxLength={2000} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="owner"
          label={t("iso.nc.owner")}
          placeholder={t("iso.nc.ownerPlaceholder")}
          required
          options={owners}
        />
        <TextField name="dueDate" type="date" label={t("iso.nc.dueDate")} required />
      </div>
    </ActionForm>
  );
}

export function CompleteActionForm({
  ncId,
  action,
  t,
}: {
  ncId: string;
  action: { id: string; version: number; description: string };
  t: Translate;
}) {
  return (
    <ActionForm
      action={completeCorrectiveActionAction}
      submitLabel={t("iso.nc.markDone")}
      pendingLabel={t("common.saving")}
      variant="secondary"
      className="mt-2 space-y-2"
    >
      <HiddenField name="nonconformityId" value={ncId} />
      <HiddenField name="actionId" value={action.id} />
      <HiddenField name="version" value={action.version} />
      <TextField name="doneNote" label={`${t("iso.nc.doneNote")} — ${action.description}`} required maxLength={2000} />
    </ActionForm>
  );
}

export function NcWorkflow({
  nc,
  canManage,
  canVerify,
  t,
}: {
  nc: NonconformityDetail;
  canManage: boolean;
  canVerify: boolean;
  t: Translate;
}) {
  if (nc.status === "open" && canManage) {
    return (
      <ActionForm action={startNonconformityAction} submitLabel={t("iso.nc.start")} pendingLabel={t("common.saving")}>
        <HiddenField name="id" value={nc.id} />
        <HiddenField name="version" value={nc.version} />
      </ActionForm>
    );
  }
  if (nc.status === "in_progress" && canManage) {
    return (
      <ActionForm
        action={requestVerificationAction}
        submitLabel={t("iso.nc.requestVerification")}
        pendingLabel={t("common.saving")}
      >
        <HiddenField name="id" value={nc.id} />
        <HiddenField name="version" value={nc.version} />
      </ActionForm>
    );
  }
  if (nc.status === "awaiting_verification" && canVerify) {
    return (
      <ActionForm action={verifyNonconformityAction} submitLabel={t("iso.nc.verify")} pendingLabel={t("common.saving")}>
        <p className="text-sm text-slate-600">{t("iso.nc.verifyHint")}</p>
        <HiddenField name="id" value={nc.id} />
        <HiddenField name="version" value={nc.version} />
        <SelectField
          name="effective"
          label={t("iso.nc.effective")}
          required
          placeholder="—"
          options={[
            { value: "yes", label: t("iso.nc.effectiveYes") },
            { value: "no", label: t("iso.nc.effectiveNo") },
          ]}
        />
        <TextArea name="note" label={t("iso.nc.verificationNote")} required rows={3} maxLength={5000} />
      </ActionForm>
    );
  }
  if (nc.status === "closed" && canManage) {
    return (
      <ActionForm
        action={reopenNonconformityAction}
        submitLabel={t("iso.nc.reopen")}
        pendingLabel={t("common.saving")}
        variant="secondary"
        confirm={t("iso.nc.reopenConfirm")}
      >
        <HiddenField name="id" value={nc.id} />
        <HiddenField name="version" value={nc.version} />
        <TextArea name="reason" label={t("iso.nc.reopenReason")} required rows={2} maxLength={2000} />
      </ActionForm>
    );
  }
  return null;
}
