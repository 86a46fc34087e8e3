import type { IssueFormOptions } from "@/lib/issues/queries";
import { ownerPositionOptions, vacantOwnerHint } from "./owner-position-options";
import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxField, HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { addIssueUpdateAction, changeIssueStageAction, triageIssueAction } from "@/lib/issues/actions";

export function AddUpdateForm({
  issueId,
  percentDone,
  isPublicIssue,
  t,
}: {
  issueId: string;
  percentDone: number;
  isPublicIssue: boolean;
  t: Translate;
}) {
  return (
    <ActionForm
      action={addIssueUpdateAction}
      submitLabel={t("issues.timeline.add")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="issueId" value={issueId} />
      <TextArea
        name="body"
        label={t("issues.timeline.body")}
        required
        rows={4}
        hint={`${t("issues.hints.description")} ${t("issues.hints.mention")}`}
      />
      <TextField
        name="percentDone"
        type="number"
        min={0}
        max={100}
        label={t("issues.fields.percentDone")}
        defaultValue={percentDone}
      />
      {isPublicIssue && <CheckboxField name="isPublic" label={t("issues.timeline.public")} />}
    </ActionForm>
  );
}

export function StageForm({
  issueId,
  version,
  stages,
  isPublicIssue,
  t,
}: {
  issueId: string;
  version: number;
  stages: string[];
  isPublicIssue: boolean;
  t: Translate;
}) {
  return (
    <ActionForm
      action={changeIssueStageAction}
      submitLabel={t("issues.stage.submit")}
      pendingLabel={t("common.saving")}
    >
      <HiddenField name="issueId" value={issueId} />
      <HiddenField name="version" value={version} />
      <SelectField
        name="stage"
        label={t("issues.stage.to")}
        required
        options={stages.map((s) => ({ value: s, label: t(`issues.stages.${s}`) }))}
      />
      <TextArea name="note" label={t("issues.stage.note")} rows={2} />
      {stages.includes("closed") && (
        <TextArea
          name="evaluationNote"
          label={t("issues.fields.evaluationNote")}
          hint={t("issues.stage.closeHint")}
          rows={3}
        />
      )}
      {isPublicIssue && <CheckboxField name="isPublic" label={t("issues.timeline.public")} />}
    </ActionForm>
  );
}

export function TriageForms({
  issueId,
  version,
  positions,
  agencies,
  t,
}: {
  issueId: string;
  version: number;
  positions: IssueFormOptions["positions"];
  agencies: { id: string; name: string }[];
  t: Translate;
}) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="triage-accept">
        <h3 id="triage-accept" className="mb-2 font-medium text-slate-900">
          {t("issues.triage.acceptTitle")}
        </h3>
        <ActionForm
          action={triageIssueAction}
          submitLabel={t("issues.triage.accept")}
          pendingLabel={t("common.saving")}
        >
          <HiddenField name="decision" value="accept" />
          <HiddenField name="issueId" value={issueId} />
          <HiddenField name="version" value={version} />
          <SelectField
            name="ownerPositionId"
            label={t("issues.fields.ownerPositionId")}
            required
            placeholder="—"
            options={ownerPositionOptions(positions, t)}
            hint={vacantOwnerHint(positions, t)}
          />
          <SelectField
            name="agencyId"
            label={t("issues.fields.agencyId")}
            placeholder="—"
            options={agencies.map((a) => ({ value: a.id, label: a.name }))}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              name="reviewCadenceDays"
              type="number"
              min={1}
              max={180}
              label={t("issues.fields.reviewCadenceDays")}
              defaultValue={14}
            />
            <TextField name="dueDate" type="date" label={t("issues.fields.dueDate")} />
          </div>
        </ActionForm>
      </section>
      <section aria-labelledby="triage-merge">
        <h3 id="triage-merge" className="mb-2 font-medium text-slate-900">
          {t("issues.triage.mergeTitle")}
        </h3>
        <ActionForm action={triageIssueAction} submitLabel={t("issues.triage.merge")} variant="secondary">
          <HiddenField name="decision" value="merge" />
          <HiddenField name="issueId" value={issueId} />
          <HiddenField name="version" value={version} />
          <TextField name="mergeIntoNumber" type="number" min={1} label={t("issues.triage.mergeInto")} required />
          <TextArea name="reason" label={t("issues.triage.reason")} rows={2} />
        </ActionForm>
      </section>
      <section aria-labelledby="triage-reject">
        <h3 id="triage-reject" className="mb-2 font-medium text-slate-900">
          {t("issues.triage.rejectTitle")}
        </h3>
        <ActionForm action={triageIssueAction} submitLabel={t("issues.triage.reject")} variant="danger">
          <HiddenField name="decision" value="reject" />
          <HiddenField name="issueId" value={issueId} />
          <HiddenField name="version" value={version} />
          <TextArea name="reason" label={t("issues.triage.reason")} required rows={2} />
        </ActionForm>
      </section>
    </div>
  );
}
