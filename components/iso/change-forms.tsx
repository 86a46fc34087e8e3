import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import {
  advanceChangeAction,
  createChangeAction,
  decideActAction,
  savePhaseNotesAction,
} from "@/lib/iso/changes/actions";
import type { ChangeDetail } from "@/lib/iso/changes/queries";
import type { IssueOption, PositionOption } from "./options";

const PHASE_FIELDS = {
  plan: ["planObjective", "planScope", "planRisks"],
  do: ["doActivities"],
  check: ["checkResults"],
} as const;

/** The notes of the current phase (earlier phases' notes travel as they are). */
export function PhaseNotesForm({ c, t }: { c: ChangeDetail; t: Translate }) {
  if (c.phase !== "plan" && c.phase !== "do" && c.phase !== "check") return null;
  const editable = new Set<string>(PHASE_FIELDS[c.phase]);
  const all = ["planObjective", "planScope", "planRisks", "doActivities", "checkResults"] as const;
  return (
    <ActionForm
      action={savePhaseNotesAction}
      submitLabel={t("iso.change.saveNotes")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
    >
      <HiddenField name="id" value={c.id} />
      <HiddenField name="version" value={c.version} />
      {all.map((f) =>
        editable.has(f) ? (
          <TextArea key={f} name={f} label={t(`iso.change.${f}`)} defaultValue={c[f]} rows={3} maxLength={10000} />
        ) : (
          <HiddenField key={f} name={f} value={c[f]} />
        ),
      )}
    </ActionForm>
  );
}

export function AdvanceChangeForm({ c, t }: { c: ChangeDetail; t: Translate }) {
  return (
    <ActionForm action={advanceChangeAction} submitLabel={t("iso.change.advance")} pendingLabel={t("common.saving")}>
      <HiddenField name="id" value={c.id} />
      <HiddenField name="version" value={c.version} />
    </ActionForm>
  );
}

export function ActDecisionForm({ c, t }: { c: ChangeDetail; t: Translate }) {
  return (
    <ActionForm action={decideActAction} submitLabel={t("iso.change.decide")} pendingLabel={t("common.saving")}>
      <HiddenField name="id" value={c.id} />
      <HiddenField name="version" value={c.version} />
      <SelectField
        name="decision"
        label={t("iso.change.decision")}
        required
        placeholder="—"
        options={[
          { value: "standardize", label: t("iso.change.standardize") },
          { value: "adjust", label: t("iso.change.adjust") },
        ]}
      />
      <TextArea name="note" label={t("iso.change.actNote")} required rows={3} maxLength={5000} />
    </ActionForm>
  );
}

export function CreateChangeForm({
  regencyId,
  positions,
  issues,
  t,
}: {
  regencyId: string;
  positions: PositionOption[];
  issues: IssueOption[];
  t: Translate;
}) {
  return (
    <ActionForm
      action={createChangeAction}
      submitLabel={t("iso.change.create")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <TextField name="title" label={t("iso.change.titleField")} required maxLength={200} />
      <TextArea name="purpose" label={t("iso.change.purpose")} required rows={3} maxLength={5000} />
      <TextArea name="consequences" label={t("iso.change.consequences")} rows={2} maxLength={10000} />
      <TextArea name="resources" label={t("iso.change.resources")} rows={2} maxLength={10000} />
      <SelectField
        name="ownerPositionId"
        label={t("iso.change.owner")}
        placeholder={t("iso.change.noOwner")}
        options={positions.map((p) => ({ value: p.id, label: p.title }))}
      />
      <SelectField
        name="issueId"
        label={t("iso.change.issue")}
        placeholder={t("iso.change.noIssue")}
        options={issues.map((i) => ({ value: i.id, label: `${t("issues.number", { number: i.number })} ${i.title}` }))}
      />
    </ActionForm>
  );
}
