import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { setApproverAction } from "@/lib/publications/actions";
import type { getApproverSettings } from "@/lib/publications/queries";

type ApproverSettings = NonNullable<Awaited<ReturnType<typeof getApproverSettings>>>;

/** Chooses the position whose holder approves publications (none: every coordinator). */
export function ApproverSettingForm({
  regencyId,
  settings,
  t,
}: {
  regencyId: string;
  settings: ApproverSettings;
  t: Translate;
}) {
  return (
    <ActionForm action={setApproverAction} submitLabel={t("common.save")} resetOnSuccess={false}>
      <HiddenField name="regencyId" value={regencyId} />
      <SelectField
        name="positionId"
        label={t("publications.fields.approver")}
        hint={t("publications.detail.approverSettingHint")}
        placeholder={t("publications.detail.approverNone")}
        defaultValue={settings.approverPositionId}
        options={settings.positions.map((p) => ({ value: p.id, label: p.title }))}
      />
    </ActionForm>
  );
}
