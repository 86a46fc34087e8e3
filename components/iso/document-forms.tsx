import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import {
  createDocumentAction,
  editDraftAction,
  makeEffectiveAction,
  reviewVersionAction,
  startNewVersionAction,
  submitForReviewAction,
} from "@/lib/iso/documents/actions";
import { DOCUMENT_TYPES } from "@/lib/iso/documents/schemas";
import type { AgencyOption } from "./options";

type V = { id: string; versionNo: number; version: number; content: string; changeSummary: string };

export function EditDraftForm({ documentId, v, t }: { documentId: string; v: V; t: Translate }) {
  return (
    <ActionForm
      action={editDraftAction}
      submitLabel={t("iso.doc.saveDraft")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
    >
      <HiddenField name="documentId" value={documentId} />
      <HiddenField name="versionId" value={v.id} />
      <HiddenField name="version" value={v.version} />
      <TextField
        name="changeSummary"
        label={t("iso.doc.changeSummary")}
        defaultValue={v.changeSummary}
        maxLength={2000}
      />
      <TextArea name="content" label={t("iso.doc.content")} defaultValue={v.content} rows={14} maxLength={100000} />
    </ActionForm>
  );
}

export function SubmitVersionForm({ documentId, v, t }: { documentId: string; v: V; t: Translate }) {
  return (
    <ActionForm action={submitForReviewAction} submitLabel={t("iso.doc.submit")} pendingLabel={t("common.saving")}>
      <HiddenField name="documentId" value={documentId} />
      <HiddenField name="versionId" value={v.id} />
      <HiddenField name="version" value={v.version} />
    </ActionForm>
  );
}

export function ReviewVersionForm({ documentId, v, t }: { documentId: string; v: V; t: Translate }) {
  return (
    <ActionForm action={reviewVersionAction} submitLabel={t("iso.doc.review")} pendingLabel={t("common.saving")}>
      <p className="text-sm text-slate-600">{t("iso.doc.reviewHint")}</p>
      <HiddenField name="documentId" value={documentId} />
      <HiddenField name="versionId" value={v.id} />
      <HiddenField name="version" value={v.version} />
      <SelectField
        name="decision"
        label={t("iso.doc.decision")}
        required
        placeholder="—"
        options={[
          { value: "approve", label: t("iso.doc.approve") },
          { value: "return", label: t("iso.doc.return") },
        ]}
      />
      <TextArea name="note" label={t("iso.doc.note")} rows={2} maxLength={2000} />
    </ActionForm>
  );
}

export function MakeEffectiveForm({ documentId, v, t }: { documentId: string; v: V; t: Translate }) {
  return (
    <ActionForm action={makeEffectiveAction} submitLabel={t("iso.doc.makeEffective")} pendingLabel={t("common.saving")}>
      <HiddenField name="documentId" value={documentId} />
      <HiddenField name="versionId" value={v.id} />
      <HiddenField name="version" value={v.version} />
      <TextField name="reviewDueDate" type="date" label={t("iso.doc.reviewDueDate")} />
    </ActionForm>
  );
}

export function NewVersionForm({ documentId, t }: { documentId: string; t: Translate }) {
  return (
    <ActionForm action={startNewVersionAction} submitLabel={t("iso.doc.newVersion")} pendingLabel={t("common.saving")}>
      <HiddenField name="documentId" value={documentId} />
      <TextField name="changeSummary" label={t("iso.doc.changeSummary")} required maxLength={2000} />
    </ActionForm>
  );
}

export function CreateDocumentForm({
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
      action={createDocumentAction}
      submitLabel={t("iso.doc.create")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <TextField name="number" label={t("iso.doc.number")} required maxLength={60} />
      <TextField name="title" label={t("iso.doc.titleField")} required maxLength={200} />
      <SelectField
        name="type"
        label={t("iso.doc.type")}
        required
        options={DOCUMENT_TYPES.map((k) => ({ value: k, label: t(`iso.docType.${k}`) }))}
      />
      <SelectField
        name="ownerAgencyId"
        label={t("iso.doc.ownerAgency")}
        placeholder={t("iso.doc.noAgency")}
        options={agencies.map((a) => ({ value: a.id, label: a.name }))}
      />
      <TextArea name="content" label={t("iso.doc.content")} rows={6} maxLength={100000} />
    </ActionForm>
  );
}
