import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextField } from "@/components/forms/field";
import type { CultureType } from "@/lib/culture/instrument";
import { setGapThresholdAction } from "@/lib/culture/profiles/actions";
import type { Translate } from "@/lib/i18n/translate";
import { proposeFromCultureGapAction } from "@/lib/iso/changes/actions";

/** The coordinator's gap threshold (a versioned edit of the regency). */
export function GapThresholdForm({
  regency,
  t,
}: {
  regency: { id: string; version: number; cultureGapThreshold: number };
  t: Translate;
}) {
  return (
    <ActionForm
      action={setGapThresholdAction}
      submitLabel={t("culture.profiles.threshold.save")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
      variant="secondary"
    >
      <HiddenField name="regencyId" value={regency.id} />
      <HiddenField name="version" value={regency.version} />
      <TextField
        name="cultureGapThreshold"
        type="number"
        min={1}
        max={50}
        step={1}
        label={t("culture.profiles.threshold.field")}
        hint={t("culture.profiles.threshold.hint")}
        defaultValue={String(regency.cultureGapThreshold)}
        required
      />
    </ActionForm>
  );
}

/** One button: a change initiative and a quality objective from this gap (once; a double click makes one). */
export function ProposeFromGapForm({
  group,
  type,
  typeLabel,
  t,
}: {
  group: { regencyId: string; agencyId: string | null; period: number };
  type: CultureType;
  typeLabel: string;
  t: Translate;
}) {
  return (
    <ActionForm
      action={proposeFromCultureGapAction}
      submitLabel={`${t("culture.profiles.propose.action")}: ${typeLabel}`}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
      className="mt-2 space-y-2"
    >
      <HiddenField name="regencyId" value={group.regencyId} />
      <HiddenField name="agencyId" value={group.agencyId ?? ""} />
      <HiddenField name="period" value={group.period} />
      <HiddenField name="type" value={type} />
    </ActionForm>
  );
}
