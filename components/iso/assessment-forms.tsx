import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { RaiseTarget } from "@/lib/iso/assessments/schemas";
import {
  createAssessmentAction,
  raiseFromRatingAction,
  saveRatingsAction,
  submitAssessmentAction,
  verifyAssessmentAction,
} from "@/lib/iso/assessments/actions";
import { ISO_QUADRANTS } from "@/lib/iso/assessments/indicators";
import type { AssessmentDetail } from "@/lib/iso/assessments/queries";
import { ISO_RATINGS } from "@/lib/iso/assessments/schemas";

/** The whole grid in one form, quadrant by quadrant: rating, supporting evidence and notes per indicator. */
export function RatingsForm({ a, t, locale }: { a: AssessmentDetail; t: Translate; locale: Locale }) {
  const options = ISO_RATINGS.map((r) => ({ value: r, label: t(`iso.rating.${r}`) }));
  return (
    <ActionForm
      action={saveRatingsAction}
      submitLabel={t("iso.assessment.save")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
    >
      <HiddenField name="id" value={a.id} />
      <HiddenField name="version" value={a.version} />
      {ISO_QUADRANTS.map((q) => (
        <fieldset key={q} className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold text-slate-900">{t(`iso.quadrant.${q}`)}</legend>
          <div className="divide-y divide-slate-100">
            {a.indicators
              .filter((i) => i.quadrant === q)
              .map((i) => {
                const name = locale === "en" ? i.en : i.id;
                return (
                  <div key={i.code} className="grid gap-2 py-3 md:grid-cols-[16rem_1fr_1fr]">
                    <SelectField
                      name={`rating_${i.code}`}
                      label={`${t("iso.assessment.rating")} ${i.code} — ${name}`}
                      defaultValue={i.rating.rating}
                      placeholder={t("iso.rating.unrated")}
                      options={options}
                    />
                    <TextArea
                      name={`evidence_${i.code}`}
                      label={`${t("iso.assessment.evidence")} ${i.code}`}
                      defaultValue={i.rating.evidence}
                      rows={2}
                      maxLength={5000}
                    />
                    <TextField
                      name={`notes_${i.code}`}
                      label={`${t("iso.assessment.notes")} ${i.code}`}
                      defaultValue={i.rating.notes}
                      maxLength={5000}
                    />
                  </div>
                );
              })}
          </div>
        </fieldset>
      ))}
    </ActionForm>
  );
}

export function SubmitAssessmentForm({ a, t }: { a: AssessmentDetail; t: Translate }) {
  return (
    <ActionForm
      action={submitAssessmentAction}
      submitLabel={t("iso.assessment.submit")}
      pendingLabel={t("common.saving")}
    >
      <HiddenField name="id" value={a.id} />
      <HiddenField name="version" value={a.version} />
    </ActionForm>
  );
}

export function VerifyAssessmentForm({ a, t }: { a: AssessmentDetail; t: Translate }) {
  return (
    <ActionForm
      action={verifyAssessmentAction}
      submitLabel={t("iso.assessment.verify")}
      pendingLabel={t("common.saving")}
    >
      <p className="text-sm text-slate-600">{t("iso.assessment.verifyHint")}</p>
      <HiddenField name="id" value={a.id} />
      <HiddenField name="version" value={a.version} />
      <SelectField
        name="decision"
        label={t("iso.assessment.decision")}
        required
        placeholder="—"
        options={[
          { value: "verified", label: t("iso.assessment.decisionVerified") },
          { value: "disputed", label: t("iso.assessment.decisionDisputed") },
        ]}
      />
      <TextArea name="note" label={t("iso.assessment.verifyNote")} rows={3} maxLength={5000} />
    </ActionForm>
  );
}

export function RaiseFromRatingForm({
  assessmentId,
  ratingId,
  target,
  label,
  t,
}: {
  assessmentId: string;
  ratingId: string;
  target: RaiseTarget;
  label: string;
  t: Translate;
}) {
  return (
    <ActionForm
      action={raiseFromRatingAction}
      submitLabel={label}
      pendingLabel={t("common.saving")}
      variant="secondary"
      className="inline-block"
    >
      <HiddenField name="assessmentId" value={assessmentId} />
      <HiddenField name="ratingId" value={ratingId} />
      <HiddenField name="target" value={target} />
    </ActionForm>
  );
}

export function CreateAssessmentForm({ regencyId, t }: { regencyId: string; t: Translate }) {
  return (
    <ActionForm
      action={createAssessmentAction}
      submitLabel={t("iso.assessment.create")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <TextField
        name="period"
        label={t("iso.assessment.period")}
        hint={t("iso.assessment.periodHint")}
        required
        maxLength={7}
      />
    </ActionForm>
  );
}
