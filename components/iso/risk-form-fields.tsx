import { SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { RISK_KINDS, RISK_TREATMENTS } from "@/lib/iso/risks/schemas";

type Values = {
  kind?: string;
  title?: string;
  context?: string;
  likelihood?: number;
  impact?: number;
  treatment?: string;
  action?: string;
  ownerPositionId?: string | null;
  reviewDate?: Date;
};

/** The register's fields, shared by the create and review forms. */
export function RiskFormFields({
  t,
  positions,
  values = {},
}: {
  t: Translate;
  positions: { id: string; title: string }[];
  values?: Values;
}) {
  const scale = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));
  return (
    <>
      <SelectField
        name="kind"
        label={t("iso.risk.kind")}
        required
        defaultValue={values.kind}
        options={RISK_KINDS.map((k) => ({ value: k, label: t(`iso.risk.kinds.${k}`) }))}
      />
      <TextField name="title" label={t("iso.risk.titleField")} required maxLength={200} defaultValue={values.title} />
      <TextArea name="context" label={t("iso.risk.context")} rows={2} maxLength={2000} defaultValue={values.context} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="likelihood"
          label={t("iso.risk.likelihood")}
          required
          defaultValue={String(values.likelihood ?? 3)}
          options={scale}
        />
        <SelectField
          name="impact"
          label={t("iso.risk.impact")}
          required
          defaultValue={String(values.impact ?? 3)}
          options={scale}
        />
      </div>
      <SelectField
        name="treatment"
        label={t("iso.risk.treatment")}
        required
        defaultValue={values.treatment}
        options={RISK_TREATMENTS.map((k) => ({ value: k, label: t(`iso.risk.treatments.${k}`) }))}
      />
      <TextArea name="action" label={t("iso.risk.action")} rows={2} maxLength={2000} defaultValue={values.action} />
      <SelectField
        name="ownerPositionId"
        label={t("iso.risk.owner")}
        placeholder={t("iso.risk.noOwner")}
        defaultValue={values.ownerPositionId}
        options={positions.map((p) => ({ value: p.id, label: p.title }))}
      />
      <TextField
        name="reviewDate"
        type="date"
        label={t("iso.risk.reviewDate")}
        required
        defaultValue={values.reviewDate?.toISOString().slice(0, 10)}
      />
    </>
  );
}
