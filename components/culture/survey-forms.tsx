import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextField } from "@/components/forms/field";
import { closeSurveyAction, createSurveyAction, updateSurveyDatesAction } from "@/lib/culture/surveys/actions";
import type { Translate } from "@/lib/i18n/translate";
import { zoneLabel } from "@/lib/regencies/time-zone";

// The coordinator's survey forms: open a survey, move its dates, close it early. Days are the
// regency's calendar days (the survey takes answers from 00:00 of the first to 24:00 of the last).

export function CreateSurveyForm({
  t,
  regencyId,
  timeZone,
  agencies,
  today,
}: {
  t: Translate;
  regencyId: string;
  timeZone: string;
  agencies: { id: string; name: string }[];
  today: string;
}) {
  return (
    <ActionForm
      action={createSurveyAction}
      submitLabel={t("culture.surveys.create")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <SelectField
        name="agencyId"
        label={t("culture.surveys.fields.scope")}
        defaultValue=""
        options={[
          { value: "", label: t("culture.surveys.wholeRegency") },
          ...agencies.map((a) => ({ value: a.id, label: a.name })),
        ]}
      />
      <TextField
        name="period"
        type="number"
        min={2000}
        max={2100}
        required
        label={t("culture.surveys.fields.period")}
        defaultValue={Number(today.slice(0, 4))}
      />
      <TextField name="title" required maxLength={200} label={t("culture.surveys.fields.title")} />
      <DateFields t={t} timeZone={timeZone} opensOn={today} />
    </ActionForm>
  );
}

function DateFields({
  t,
  timeZone,
  opensOn,
  closesOn,
}: {
  t: Translate;
  timeZone: string;
  opensOn?: string;
  closesOn?: string;
}) {
  return (
    <div className="grid grid-cols-2 gap-3">
      <TextField
        name="opensOn"
        type="date"
        required
        label={`${t("culture.surveys.fields.opensOn")} (${zoneLabel(timeZone)})`}
        defaultValue={opensOn}
      />
      <TextField
        name="closesOn"
        type="date"
        required
        label={`${t("culture.surveys.fields.closesOn")} (${zoneLabel(timeZone)})`}
        defaultValue={closesOn}
      />
    </div>
  );
}

export function SurveyDatesForm({
  t,
  survey,
  timeZone,
}: {
  t: Translate;
  survey: { id: string; version: number; opensOn: string; closesOn: string };
  timeZone: string;
}) {
  return (
    <ActionForm
      action={updateSurveyDatesAction}
      submitLabel={t("culture.surveys.saveDates")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
    >
      <HiddenField name="surveyId" value={survey.id} />
      <HiddenField name="version" value={survey.version} />
      <DateFields t={t} timeZone={timeZone} opensOn={survey.opensOn} closesOn={survey.closesOn} />
    </ActionForm>
  );
}

export function CloseSurveyButton({ t, survey }: { t: Translate; survey: { id: string; version: number } }) {
  return (
    <ActionForm
      action={closeSurveyAction}
      submitLabel={t("culture.surveys.closeNow")}
      variant="danger"
      confirm={t("culture.surveys.closeConfirm")}
      resetOnSuccess={false}
    >
      <HiddenField name="surveyId" value={survey.id} />
      <HiddenField name="version" value={survey.version} />
    </ActionForm>
  );
}
