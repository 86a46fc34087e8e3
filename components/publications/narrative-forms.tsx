import { randomUUID } from "node:crypto";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { addNarrativeMessageAction, retireNarrativeMessageAction } from "@/lib/publications/narrative-actions";
import type { listNarrative } from "@/lib/publications/narrative-queries";

export type NarrativeIssue = NonNullable<Awaited<ReturnType<typeof listNarrative>>>[number];

export function AddNarrativeMessageForm({ issues, t }: { issues: NarrativeIssue[]; t: Translate }) {
  return (
    <ActionForm
      action={addNarrativeMessageAction}
      submitLabel={t("publications.narrative.add")}
      idempotencyKey={randomUUID()}
    >
      <SelectField
        name="issueId"
        label={t("publications.narrative.issue")}
        required
        placeholder="—"
        options={issues.map((i) => ({
          value: i.id,
          label: `${t("issues.number", { number: i.number })} · ${i.title}`,
        }))}
      />
      <TextArea name="text" label={t("publications.narrative.text")} required rows={3} maxLength={600} />
    </ActionForm>
  );
}

export function RetireNarrativeMessageForm({
  message,
  t,
}: {
  message: NarrativeIssue["narrativeMessages"][number];
  t: Translate;
}) {
  return (
    <ActionForm
      action={retireNarrativeMessageAction}
      submitLabel={t("publications.narrative.retire")}
      variant="secondary"
      className=""
    >
      <HiddenField name="id" value={message.id} />
      <HiddenField name="version" value={message.version} />
    </ActionForm>
  );
}
