import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import type { IssueOption } from "@/lib/publications/queries";
import {
  createExpertAction,
  createStakeholderAction,
  updateExpertAction,
  updateStakeholderAction,
} from "@/lib/stakeholders/actions";
import type { ExpertRow, StakeholderRow } from "@/lib/stakeholders/queries";
import { ExpertFields } from "./expert-fields";
import { StakeholderFields } from "./stakeholder-fields";

export function CreateStakeholderForm({
  regencyId,
  issues,
  t,
}: {
  regencyId: string;
  issues: IssueOption[];
  t: Translate;
}) {
  return (
    <ActionForm
      action={createStakeholderAction}
      submitLabel={t("stakeholders.add")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <StakeholderFields t={t} issues={issues} />
    </ActionForm>
  );
}

export function UpdateStakeholderForm({
  stakeholder,
  issues,
  t,
}: {
  stakeholder: StakeholderRow;
  issues: IssueOption[];
  t: Translate;
}) {
  return (
    <ActionForm
      key={stakeholder.id}
      action={updateStakeholderAction}
      submitLabel={t("common.save")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
    >
      <HiddenField name="id" value={stakeholder.id} />
      <HiddenField name="version" value={stakeholder.version} />
      <StakeholderFields t={t} issues={issues} values={stakeholder} />
    </ActionForm>
  );
}

export function CreateExpertForm({ regencyId, issues, t }: { regencyId: string; issues: IssueOption[]; t: Translate }) {
  return (
    <ActionForm
      action={createExpertAction}
      submitLabel={t("stakeholders.network.add")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <ExpertFields t={t} issues={issues} />
    </ActionForm>
  );
}

export function UpdateExpertForm({ expert, issues, t }: { expert: ExpertRow; issues: IssueOption[]; t: Translate }) {
  return (
    <ActionForm
      key={expert.id}
      action={updateExpertAction}
      submitLabel={t("common.save")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
    >
      <HiddenField name="id" value={expert.id} />
      <HiddenField name="version" value={expert.version} />
      <ExpertFields t={t} issues={issues} values={expert} />
    </ActionForm>
  );
}

/** Finds experts by discipline or by name, institution and expertise (a plain GET form). */
export function ExpertSearchForm({
  disciplines,
  discipline,
  q,
  t,
}: {
  disciplines: string[];
  discipline?: string;
  q?: string;
  t: Translate;
}) {
  return (
    <form className="flex flex-wrap items-end gap-2" role="search">
      <div>
        <label htmlFor="discipline" className="mb-1 block text-sm font-medium text-slate-800">
          {t("stakeholders.network.searchDiscipline")}
        </label>
        <input
          id="discipline"
          name="discipline"
          list="disciplines"
          defaultValue={discipline}
          className="w-48 rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <datalist id="disciplines">
          {disciplines.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
      </div>
      <div>
        <label htmlFor="q" className="mb-1 block text-sm font-medium text-slate-800">
          {t("stakeholders.network.searchQ")}
        </label>
        <input id="q" name="q" defaultValue={q} className="w-48 rounded-md border border-slate-300 px-3 py-2 text-sm" />
      </div>
      <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t("common.search")}</button>
    </form>
  );
}
