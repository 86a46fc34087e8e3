import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { createPotentialAction, linkPotentialIssueAction, updatePotentialStatusAction } from "@/lib/regencies/actions";
import type { listLinkableIssues, PotentialRow } from "@/lib/regencies/queries";
import { POTENTIAL_STATUSES } from "@/lib/regencies/schemas";

type LinkableIssue = Awaited<ReturnType<typeof listLinkableIssues>>[number];

export function CreatePotentialForm({ regencyId, t }: { regencyId: string; t: Translate }) {
  return (
    <ActionForm
      action={createPotentialAction}
      submitLabel={t("regencies.potentials.add")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <TextField name="sector" label={t("regencies.potentials.sector")} required maxLength={80} />
      <TextField name="title" label={t("regencies.potentials.titleField")} required maxLength={200} />
      <TextArea name="description" label={t("regencies.potentials.descriptionField")} rows={3} maxLength={4000} />
      <TextField name="evidence" label={t("regencies.potentials.evidence")} maxLength={1000} />
      <TextField
        name="estimatedValue"
        type="number"
        min={0}
        step="1"
        label={t("regencies.potentials.estimatedValueRp")}
      />
    </ActionForm>
  );
}

/** Status and issue links of one potential, folded until asked for. */
export function ManagePotentialForms({
  potential: p,
  issues,
  t,
}: {
  potential: PotentialRow;
  issues: LinkableIssue[];
  t: Translate;
}) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm text-emerald-800">{t("regencies.potentials.manage")}</summary>
      <div className="mt-2 grid gap-4 sm:grid-cols-2">
        <ActionForm action={updatePotentialStatusAction} submitLabel={t("common.save")} resetOnSuccess={false}>
          <HiddenField name="potentialId" value={p.id} />
          <HiddenField name="version" value={p.version} />
          <SelectField
            name="status"
            label={t("regencies.potentials.status")}
            defaultValue={p.status}
            options={POTENTIAL_STATUSES.map((s) => ({ value: s, label: t(`regencies.potentialStatus.${s}`) }))}
          />
        </ActionForm>
        {issues.length > 0 && (
          <ActionForm action={linkPotentialIssueAction} submitLabel={t("regencies.potentials.link")}>
            <HiddenField name="potentialId" value={p.id} />
            <SelectField
              name="issueId"
              label={t("regencies.potentials.linkIssue")}
              required
              options={issues.map((i) => ({ value: i.id, label: `ISU-${i.number} ${i.title}` }))}
            />
          </ActionForm>
        )}
      </div>
    </details>
  );
}
