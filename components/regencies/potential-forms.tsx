import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import {
  createPotentialAction,
  linkPotentialFollowUpAction,
  linkPotentialIssueAction,
  unlinkPotentialFollowUpAction,
  unlinkPotentialIssueAction,
  updatePotentialStatusAction,
} from "@/lib/regencies/actions";
import type { listLinkableFollowUps, listLinkableIssues, PotentialRow } from "@/lib/regencies/queries";
import { POTENTIAL_STATUSES } from "@/lib/regencies/schemas";

type LinkableIssue = Awaited<ReturnType<typeof listLinkableIssues>>[number];
type LinkableFollowUp = Awaited<ReturnType<typeof listLinkableFollowUps>>[number];

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

/** Status and the links to issues and follow-ups of one potential, folded until asked for. */
export function ManagePotentialForms({
  potential: p,
  issues,
  followUps,
  t,
}: {
  potential: PotentialRow;
  issues: LinkableIssue[];
  followUps: LinkableFollowUp[];
  t: Translate;
}) {
  const linkedIssues = new Set(p.issueLinks.map((l) => l.issue.id));
  const linkedFollowUps = new Set(p.followUpLinks.map((l) => l.followUp.id));
  const issueOptions = issues.filter((i) => !linkedIssues.has(i.id));
  const followUpOptions = followUps.filter((f) => !linkedFollowUps.has(f.id));
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
        {issueOptions.length > 0 && (
          <ActionForm action={linkPotentialIssueAction} submitLabel={t("regencies.potentials.link")}>
            <HiddenField name="potentialId" value={p.id} />
            <SelectField
              name="issueId"
              label={t("regencies.potentials.linkIssue")}
              required
              options={issueOptions.map((i) => ({
                value: i.id,
                label: `${t("issues.number", { number: i.number })} ${i.title}`,
              }))}
            />
          </ActionForm>
        )}
        {followUpOptions.length > 0 && (
          <ActionForm action={linkPotentialFollowUpAction} submitLabel={t("regencies.potentials.link")}>
            <HiddenField name="potentialId" value={p.id} />
            <SelectField
              name="followUpId"
              label={t("regencies.potentials.linkFollowUp")}
              required
              options={followUpOptions.map((f) => ({
                value: f.id,
                label: `${t("issues.number", { number: f.issue.number })} · ${f.text}`,
              }))}
            />
          </ActionForm>
        )}
      </div>
      {(p.issueLinks.length > 0 || p.followUpLinks.length > 0) && (
        <div className="mt-3">
          <h4 className="text-sm font-medium text-slate-800">{t("regencies.potentials.links")}</h4>
          <ul className="mt-1 space-y-2 text-sm">
            {p.issueLinks.map(({ issue }) => (
              <li key={issue.id} className="flex flex-wrap items-center justify-between gap-2">
                <span className="min-w-0 break-words">
                  ISU-{issue.number} {issue.title}
                </span>
                <ActionForm
                  action={unlinkPotentialIssueAction}
                  submitLabel={t("regencies.potentials.unlink")}
                  variant="secondary"
                  className=""
                >
                  <HiddenField name="potentialId" value={p.id} />
                  <HiddenField name="issueId" value={issue.id} />
                </ActionForm>
              </li>
            ))}
            {p.followUpLinks.map(({ followUp: f }) => (
              <li key={f.id} className="flex flex-wrap items-center justify-between gap-2">
                <span className="min-w-0 break-words">{f.text}</span>
                <ActionForm
                  action={unlinkPotentialFollowUpAction}
                  submitLabel={t("regencies.potentials.unlink")}
                  variant="secondary"
                  className=""
                >
                  <HiddenField name="potentialId" value={p.id} />
                  <HiddenField name="followUpId" value={f.id} />
                </ActionForm>
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
