import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { setLeadershipTeamAction } from "@/lib/leadership/roles/actions";

/** The coordinator adds a position to the leadership team. */
export function AddTeamPositionForm({ candidates, t }: { candidates: { id: string; title: string }[]; t: Translate }) {
  if (!candidates.length) return <p className="text-sm text-slate-600">{t("leadership.roles.team.none")}</p>;
  return (
    <ActionForm action={setLeadershipTeamAction} submitLabel={t("leadership.roles.team.add")}>
      <HiddenField name="member" value="true" />
      <SelectField
        name="positionId"
        label={t("leadership.roles.team.position")}
        required
        options={candidates.map((c) => ({ value: c.id, label: c.title }))}
      />
    </ActionForm>
  );
}

/** Takes an added position out of the team again (the default positions always stay). */
export function RemoveTeamPositionForm({
  positionId,
  version,
  t,
}: {
  positionId: string;
  version: number;
  t: Translate;
}) {
  return (
    <ActionForm
      action={setLeadershipTeamAction}
      submitLabel={t("leadership.roles.team.remove")}
      variant="secondary"
      resetOnSuccess={false}
      className=""
    >
      <HiddenField name="positionId" value={positionId} />
      <HiddenField name="version" value={version} />
      <HiddenField name="member" value="false" />
    </ActionForm>
  );
}
