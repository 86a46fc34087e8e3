import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextArea, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { endTermAction, updateLeaderProfileAction } from "@/lib/leadership/actions";
import type { LeaderProfile as Leader } from "@/lib/leadership/queries";

function Field({ label, value, t }: { label: string; value: string | null; t: Translate }) {
  return (
    <div className="py-2">
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="whitespace-pre-line text-sm text-slate-900">
        {value || <span className="text-slate-500">{t("leadership.profile.notFilled")}</span>}
      </dd>
    </div>
  );
}

/** The holder's profile read-only; an empty field says it is not filled in. */
export function LeaderProfile({ leader, t }: { leader: Leader; t: Translate }) {
  return (
    <dl className="divide-y divide-slate-100">
      <Field label={t("leadership.profile.background")} value={leader.background} t={t} />
      <Field label={t("leadership.profile.disciplines")} value={leader.disciplines} t={t} />
      <Field label={t("leadership.profile.notes")} value={leader.profileNotes} t={t} />
      <Field
        label={t("leadership.fields.account")}
        value={leader.user ? `${leader.user.name}${leader.user.email ? ` (${leader.user.email})` : ""}` : null}
        t={t}
      />
    </dl>
  );
}

export function LeaderProfileForm({ leader, t }: { leader: Leader; t: Translate }) {
  return (
    <ActionForm
      action={updateLeaderProfileAction}
      submitLabel={t("common.save")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
    >
      <HiddenField name="termId" value={leader.id} />
      <HiddenField name="version" value={leader.version} />
      <TextArea
        name="background"
        label={t("leadership.profile.background")}
        defaultValue={leader.background}
        rows={3}
        maxLength={4000}
      />
      <TextField
        name="disciplines"
        label={t("leadership.profile.disciplines")}
        defaultValue={leader.disciplines}
        maxLength={500}
      />
      <TextArea
        name="profileNotes"
        label={t("leadership.profile.notes")}
        hint={t("leadership.profile.notesHint")}
        defaultValue={leader.profileNotes}
        rows={4}
        maxLength={4000}
      />
    </ActionForm>
  );
}

export function EndTermForm({ leader, t }: { leader: Leader; t: Translate }) {
  return (
    <ActionForm
      action={endTermAction}
      submitLabel={t("leadership.endTerm")}
      variant="danger"
      confirm={t("leadership.confirmEndTerm")}
      resetOnSuccess={false}
    >
      <HiddenField name="termId" value={leader.id} />
      <HiddenField name="version" value={leader.version} />
      <TextField
        name="endDate"
        type="date"
        label={t("leadership.fields.endDate")}
        required
        defaultValue={leader.endDate?.toISOString().slice(0, 10)}
      />
    </ActionForm>
  );
}
