import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { createRiskAction, updateRiskAction } from "@/lib/iso/risks/actions";
import type { RiskRow } from "@/lib/iso/risks/queries";
import type { PositionOption } from "./options";
import { RiskFormFields } from "./risk-form-fields";

export function CreateRiskForm({
  regencyId,
  positions,
  t,
}: {
  regencyId: string;
  positions: PositionOption[];
  t: Translate;
}) {
  return (
    <ActionForm
      action={createRiskAction}
      submitLabel={t("iso.risk.create")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <RiskFormFields t={t} positions={positions} />
    </ActionForm>
  );
}

/** The periodic review of one register row, folded under its "edit" link. */
export function UpdateRiskForm({ risk, positions, t }: { risk: RiskRow; positions: PositionOption[]; t: Translate }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-xs font-medium text-emerald-800">
        {t("iso.risk.edit", { title: risk.title })}
      </summary>
      <ActionForm
        action={updateRiskAction}
        submitLabel={t("iso.risk.save")}
        pendingLabel={t("common.saving")}
        resetOnSuccess={false}
        className="mt-2 max-w-md space-y-3"
      >
        <HiddenField name="id" value={risk.id} />
        <HiddenField name="version" value={risk.version} />
        <RiskFormFields t={t} positions={positions} values={risk} />
      </ActionForm>
    </details>
  );
}
