import { ActionForm } from "@/components/forms/action-form";
import { CheckboxField, HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import {
  acceptAspirationAction,
  answerAspirationAction,
  closeAspirationAction,
  forwardAspirationAction,
  rejectAspirationAction,
  verifyAspirationAction,
} from "@/lib/aspirations/actions";
import { ASPIRATION_TIERS, daysForTier } from "@/lib/aspirations/deadlines";
import type { AspirationDetail } from "@/lib/aspirations/queries";
import { ISSUE_CATEGORIES } from "@/lib/issues/schemas";
import type { Translate } from "@/lib/i18n/translate";

type Props = { a: AspirationDetail; t: Translate };

const Ref = ({ a }: { a: AspirationDetail }) => (
  <>
    <HiddenField name="id" value={a.id} />
    <HiddenField name="version" value={a.version} />
  </>
);

export function VerifyForm({ a, t }: Props) {
  return (
    <ActionForm
      action={verifyAspirationAction}
      submitLabel={t("aspirations.actions.verify")}
      pendingLabel={t("common.saving")}
    >
      <Ref a={a} />
      <SelectField
        name="tier"
        label={t("aspirations.fields.tier")}
        required
        defaultValue="standard"
        options={ASPIRATION_TIERS.map((tier) => ({
          value: tier,
          label: t(`aspirations.tiers.${tier}`, { days: daysForTier(a.regency, tier) }),
        }))}
      />
    </ActionForm>
  );
}

export function ForwardForm({ a, t }: Props) {
  const days = daysForTier(a.regency, a.tier ?? "standard");
  return (
    <ActionForm
      action={forwardAspirationAction}
      submitLabel={t("aspirations.actions.forward")}
      pendingLabel={t("common.saving")}
    >
      <Ref a={a} />
      <SelectField
        name="agencyId"
        label={t("aspirations.fields.agency")}
        required
        defaultValue={a.forwardedAgencyId}
        placeholder={t("aspirations.chooseAgency")}
        options={a.agencies.map((g) => ({ value: g.id, label: g.name }))}
      />
      <TextField
        name="days"
        type="number"
        min={1}
        max={90}
        label={t("aspirations.fields.days")}
        hint={t("aspirations.daysHint")}
        required
        defaultValue={days}
      />
    </ActionForm>
  );
}

export function AcceptForm({ a, t }: Props) {
  return (
    <ActionForm
      action={acceptAspirationAction}
      submitLabel={t("aspirations.actions.accept")}
      pendingLabel={t("common.saving")}
    >
      <Ref a={a} />
      <SelectField
        name="issueId"
        label={t("aspirations.fields.existingIssue")}
        hint={t("aspirations.existingIssueHint")}
        defaultValue={a.issue?.id ?? ""}
        placeholder={t("aspirations.newIssue")}
        options={a.issues.map((i) => ({
          value: i.id,
          label: `${t("issues.number", { number: i.number })} ${i.title}`,
        }))}
      />
      <TextField name="title" label={t("aspirations.fields.newIssueTitle")} maxLength={200} />
      <SelectField
        name="category"
        label={t("issues.fields.category")}
        defaultValue="basic_services"
        options={ISSUE_CATEGORIES.map((c) => ({ value: c, label: t(`issues.categories.${c}`) }))}
      />
    </ActionForm>
  );
}

export function AnswerForm({ a, t }: Props) {
  return (
    <ActionForm
      action={answerAspirationAction}
      submitLabel={t("aspirations.actions.answer")}
      pendingLabel={t("common.saving")}
    >
      <Ref a={a} />
      <TextArea name="body" label={t("aspirations.fields.answer")} required rows={6} maxLength={4000} />
      <CheckboxField name="isPublic" label={t("aspirations.fields.isPublic")} hint={t("aspirations.isPublicHint")} />
    </ActionForm>
  );
}

export function RejectForm({ a, t }: Props) {
  return (
    <ActionForm
      action={rejectAspirationAction}
      submitLabel={t("aspirations.actions.reject")}
      pendingLabel={t("common.saving")}
      variant="danger"
    >
      <Ref a={a} />
      <TextArea
        name="reason"
        label={t("aspirations.fields.reason")}
        hint={t("aspirations.reasonHint")}
        required
        rows={3}
        maxLength={1000}
      />
    </ActionForm>
  );
}

export function CloseForm({ a, t }: Props) {
  return (
    <ActionForm
      action={closeAspirationAction}
      submitLabel={t("aspirations.actions.close")}
      pendingLabel={t("common.saving")}
    >
      <Ref a={a} />
    </ActionForm>
  );
}
