import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { addFindingAction, completeAuditAction, raiseFromFindingAction } from "@/lib/iso/audits/actions";
import { FINDING_KINDS } from "@/lib/iso/audits/schemas";

export function AddFindingForm({ auditId, t }: { auditId: string; t: Translate }) {
  return (
    <ActionForm action={addFindingAction} submitLabel={t("iso.audit.addFinding")} pendingLabel={t("common.saving")}>
      <HiddenField name="auditId" value={auditId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="kind" label={t("iso.audit.kind")} placeholder={t("iso.audit.kindPlaceholder")} required options={FINDING_KINDS.map((k) => ({ value: k, label: t(`iso.findingKind.${k}`) }))} />
        <TextField name="clause" label={t("iso.audit.clause")} required maxLength={200} />
      </div>
      <TextArea name="statement" label={t("iso.audit.statement")} required rows={3} maxLength={5000} />
      <TextArea name="evidence" label={t("iso.audit.evidence")} rows={2} maxLength={5000} />
    </ActionForm>
  );
}

export function RaiseFromFindingForm({ auditId, findingId, target, label, t }: { auditId: string; findingId: string; target: "nonconformity" | "issue"; label: string; t: Translate }) {
  return (
    <ActionForm action={raiseFromFindingAction} submitLabel={label} pendingLabel={t("common.saving")} variant="secondary" className="inline-block">
      <HiddenField name="auditId" value={auditId} />
      <HiddenField name="findingId" value={findingId} />
      <HiddenField name="target" value={target} />
    </ActionForm>
  );
}

export function CompleteAuditForm({ auditId, version, t }: { auditId: string; version: number; t: Translate }) {
  return (
    <ActionForm action={completeAuditAction} submitLabel={t("iso.audit.complete")} pendingLabel={t("common.saving")} variant="secondary" confirm={t("iso.audit.completeConfirm")}>
      <HiddenField name="id" value={auditId} />
      <HiddenField name="version" value={version} />
    </ActionForm>
  );
}
