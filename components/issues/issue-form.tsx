import type { IssueFormOptions } from "@/lib/issues/queries";
import { ownerPositionOptions, vacantOwnerHint } from "./owner-position-options";
import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import {
  CheckboxField,
  CheckboxGroupField,
  HiddenField,
  SelectField,
  TextArea,
  TextField,
} from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { createIssueAction, updateIssueAction } from "@/lib/issues/actions";
import { ISSUE_CATEGORIES, ISSUE_LIFECYCLES } from "@/lib/issues/schemas";

const scale = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

export function CreateIssueForm({ regencyId, t }: { regencyId: string; t: Translate }) {
  return (
    <ActionForm
      action={createIssueAction}
      submitLabel={t("issues.create")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <TextField name="title" label={t("issues.fields.title")} required maxLength={200} />
      <SelectField
        name="category"
        label={t("issues.fields.category")}
        required
        placeholder="—"
        options={ISSUE_CATEGORIES.map((c) => ({ value: c, label: t(`issues.categories.${c}`) }))}
      />
      <TextArea
        name="description"
        label={t("issues.fields.description")}
        hint={t("issues.hints.description")}
        rows={6}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="impact"
          label={t("issues.fields.impact")}
          defaultValue="3"
          options={scale}
          hint={t("issues.hints.impactUrgency")}
        />
        <SelectField name="urgency" label={t("issues.fields.urgency")} defaultValue="3" options={scale} />
      </div>
    </ActionForm>
  );
}

type EditIssue = {
  id: string;
  version: number;
  title: string;
  description: string;
  category: string;
  lifecycle: string;
  impact: number;
  urgency: number;
  agencyId: string | null;
  ownerPositionId: string | null;
  dueDate: Date | null;
  reviewCadenceDays: number;
  programs: string[];
  tags: string[];
  isPublic: boolean;
  supporters: { position: { id: string } }[];
};
type Options = IssueFormOptions;

export function EditIssueForm({ issue, options, t }: { issue: EditIssue; options: Options; t: Translate }) {
  const supporting = new Set(issue.supporters.map((s) => s.position.id));
  return (
    <ActionForm
      action={updateIssueAction}
      submitLabel={t("issues.saveChanges")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
    >
      <HiddenField name="issueId" value={issue.id} />
      <HiddenField name="version" value={issue.version} />
      <TextField name="title" label={t("issues.fields.title")} required maxLength={200} defaultValue={issue.title} />
      <TextArea
        name="description"
        label={t("issues.fields.description")}
        hint={t("issues.hints.description")}
        rows={8}
        defaultValue={issue.description}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="category"
          label={t("issues.fields.category")}
          required
          defaultValue={issue.category}
          options={ISSUE_CATEGORIES.map((c) => ({ value: c, label: t(`issues.categories.${c}`) }))}
        />
        <SelectField
          name="lifecycle"
          label={t("issues.fields.lifecycle")}
          required
          defaultValue={issue.lifecycle}
          options={ISSUE_LIFECYCLES.map((c) => ({ value: c, label: t(`issues.lifecycles.${c}`) }))}
        />
        <SelectField
          name="impact"
          label={t("issues.fields.impact")}
          defaultValue={String(issue.impact)}
          options={scale}
          hint={t("issues.hints.impactUrgency")}
        />
        <SelectField
          name="urgency"
          label={t("issues.fields.urgency")}
          defaultValue={String(issue.urgency)}
          options={scale}
        />
        <SelectField
          name="ownerPositionId"
          label={t("issues.fields.ownerPositionId")}
          placeholder={t("issues.noOwner")}
          defaultValue={issue.ownerPositionId}
          options={ownerPositionOptions(options.positions, t)}
          hint={vacantOwnerHint(options.positions, t)}
        />
        <SelectField
          name="agencyId"
          label={t("issues.fields.agencyId")}
          placeholder="—"
          defaultValue={issue.agencyId}
          options={options.agencies.map((a) => ({ value: a.id, label: a.name }))}
        />
        <TextField
          name="dueDate"
          type="date"
          label={t("issues.fields.dueDate")}
          defaultValue={issue.dueDate?.toISOString().slice(0, 10)}
        />
        <TextField
          name="reviewCadenceDays"
          type="number"
          min={1}
          max={180}
          label={t("issues.fields.reviewCadenceDays")}
          hint={t("issues.hints.reviewCadenceDays")}
          defaultValue={issue.reviewCadenceDays}
        />
      </div>
      <CheckboxGroupField
        name="supportingPositionIds"
        legend={t("issues.fields.supportingPositionIds")}
        options={options.positions.map((p) => ({ value: p.id, label: p.title }))}
        defaultValues={[...supporting]}
        listClassName="grid max-h-56 gap-1 overflow-y-auto rounded-md border border-slate-200 p-2 sm:grid-cols-2"
      />
      <TextField
        name="programs"
        label={t("issues.fields.programs")}
        hint={t("issues.hints.programs")}
        defaultValue={issue.programs.join(", ")}
      />
      <TextField
        name="tags"
        label={t("issues.fields.tags")}
        hint={t("issues.hints.tags")}
        defaultValue={issue.tags.join(", ")}
      />
      <CheckboxField name="isPublic" label={t("issues.fields.isPublic")} defaultChecked={issue.isPublic} />
    </ActionForm>
  );
}
