import { randomUUID } from "node:crypto";
import Link from "@/components/ui/link";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroupField, HiddenField, TextField } from "@/components/forms/field";
import type { Translate } from "@/lib/i18n/translate";
import { entriesToPotentialsAction } from "@/lib/workshops/actions";

type Entry = { id: string; text: string; hidden: boolean; potential: { id: string; title: string } | null };

/**
 * Chosen answers of an activity turned into regional potentials in one submit: a checkbox per
 * answer not yet turned (plain HTML, works without JavaScript) and the sector they share.
 */
export function EntriesToPotentialsForm({
  activity,
  entries,
  t,
}: {
  activity: { id: string; sector: string };
  entries: Entry[];
  t: Translate;
}) {
  const open = entries.filter((e) => !e.hidden && !e.potential && e.text.trim() !== "");
  return (
    <ActionForm
      action={entriesToPotentialsAction}
      submitLabel={open.length > 0 ? t("workshops.potentials.submit") : undefined}
      pendingLabel={t("common.saving")}
      idempotencyKey={randomUUID()}
    >
      <p className="text-sm text-slate-700">{t("workshops.potentials.hint")}</p>
      <HiddenField name="activityId" value={activity.id} />
      <CheckboxGroupField
        name="entryIds[]"
        legend={t("workshops.potentials.answers")}
        options={open.map((e) => ({ value: e.id, label: e.text }))}
        empty={t("workshops.potentials.none")}
      />
      {open.length > 0 && (
        <TextField
          name="sector"
          label={t("workshops.potentials.sector")}
          required
          maxLength={80}
          defaultValue={activity.sector}
        />
      )}
    </ActionForm>
  );
}

/** "→ potential Y" beside an answer already turned into a register entry. */
export function EntryPotentialLink({
  potential,
  regencySlug,
  t,
}: {
  potential: { id: string; title: string };
  regencySlug: string;
  t: Translate;
}) {
  return (
    <span className="text-xs text-slate-600">
      {t("workshops.potentials.linkedTo")}{" "}
      <Link
        href={`/regencies/${regencySlug}/potentials#potensi-${potential.id}`}
        className="text-emerald-800 underline"
      >
        {potential.title}
      </Link>
    </span>
  );
}
