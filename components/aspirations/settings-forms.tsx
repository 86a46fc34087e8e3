import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { EditInPlace } from "@/components/forms/edit-in-place";
import { HiddenField, TextArea, TextField } from "@/components/forms/field";
import {
  createReplyTemplateAction,
  deleteReplyTemplateAction,
  updateAspirationDeadlinesAction,
  updateReplyTemplateAction,
} from "@/lib/aspirations/actions";
import type { Translate } from "@/lib/i18n/translate";

type Deadlines = {
  id: string;
  version: number;
  aspirationFirstResponseDays: number;
  aspirationStandardDays: number;
  aspirationNoFieldCheckDays: number;
  aspirationFieldCheckDays: number;
};

export function DeadlinesForm({ d, t }: { d: Deadlines; t: Translate }) {
  const num = (name: keyof Deadlines, max: number) => (
    <TextField
      name={name}
      type="number"
      min={1}
      max={max}
      required
      label={t(`aspirations.settings.${name}`)}
      defaultValue={d[name] as number}
    />
  );
  return (
    <ActionForm
      action={updateAspirationDeadlinesAction}
      submitLabel={t("common.save")}
      pendingLabel={t("common.saving")}
      resetOnSuccess={false}
    >
      <HiddenField name="regencyId" value={d.id} />
      <HiddenField name="version" value={d.version} />
      <div className="grid gap-4 sm:grid-cols-2">
        {num("aspirationFirstResponseDays", 30)}
        {num("aspirationStandardDays", 60)}
        {num("aspirationNoFieldCheckDays", 90)}
        {num("aspirationFieldCheckDays", 180)}
      </div>
    </ActionForm>
  );
}

function TemplateFields({ t, tpl }: { t: Translate; tpl?: { title: string; body: string } }) {
  return (
    <>
      <TextField
        name="title"
        label={t("aspirations.templates.name")}
        required
        maxLength={120}
        defaultValue={tpl?.title}
      />
      <TextArea
        name="body"
        label={t("aspirations.templates.body")}
        required
        rows={5}
        maxLength={4000}
        defaultValue={tpl?.body}
      />
    </>
  );
}

export function CreateTemplateForm({ regencyId, t }: { regencyId: string; t: Translate }) {
  return (
    <ActionForm
      action={createReplyTemplateAction}
      submitLabel={t("aspirations.templates.create")}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <HiddenField name="regencyId" value={regencyId} />
      <TemplateFields t={t} />
    </ActionForm>
  );
}

export function EditTemplateForm({
  tpl,
  t,
}: {
  tpl: { id: string; title: string; body: string; version: number };
  t: Translate;
}) {
  return (
    <div className="flex flex-wrap items-start gap-2">
      <EditInPlace
        label={t("common.edit")}
        name={tpl.title}
        action={updateReplyTemplateAction}
        submitLabel={t("common.save")}
        pendingLabel={t("common.saving")}
        id={tpl.id}
        version={tpl.version}
      >
        <TemplateFields t={t} tpl={tpl} />
      </EditInPlace>
      <ActionForm
        action={deleteReplyTemplateAction}
        submitLabel={t("aspirations.templates.delete")}
        pendingLabel={t("common.saving")}
        variant="danger"
        confirm={t("aspirations.templates.confirmDelete")}
        className=""
      >
        <HiddenField name="id" value={tpl.id} />
        <HiddenField name="version" value={tpl.version} />
      </ActionForm>
    </div>
  );
}
