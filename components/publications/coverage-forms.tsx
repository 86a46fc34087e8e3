import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { createCoverageAction, updateCoverageAction } from "@/lib/media/actions";
import type { getCoverage } from "@/lib/media/queries";
import type { IssueOption } from "@/lib/publications/queries";
import { CoverageFields } from "./coverage-fields";

type Coverage = NonNullable<Awaited<ReturnType<typeof getCoverage>>>;

export function CreateCoverageForm({
  regencyId,
  issues,
  today,
  issueId,
  t,
}: {
  regencyId: string;
  issues: IssueOption[];
  today: string;
  issueId?: string;
  t: Translate;
}) {
  return (
    <ActionForm
      action={createCoverageAction}
      submitLabel={t("media.add")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <CoverageFields t={t} issues={issues} today={today} issueId={issueId} />
    </ActionForm>
  );
}

export function UpdateCoverageForm({
  coverage,
  issues,
  today,
  t,
}: {
  coverage: Coverage;
  issues: IssueOption[];
  today: string;
  t: Translate;
}) {
  return (
    <ActionForm
      key={coverage.id}
      action={updateCoverageAction}
      submitLabel={t("common.save")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
    >
      <HiddenField name="id" value={coverage.id} />
      <HiddenField name="version" value={coverage.version} />
      <CoverageFields t={t} issues={issues} today={today} values={coverage} />
    </ActionForm>
  );
}
