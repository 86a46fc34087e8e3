import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextField } from "@/components/forms/field";
import { formatTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { startTimerAction, stopTimerAction } from "@/lib/workshops/tool-actions";
import { ActionButton } from "./control-buttons";
import { Countdown } from "./countdown";

const PRESETS = ["30", "60", "120", "180", "300", "custom"] as const;

/** On an open activity: start a countdown (30 seconds, 1, 2, 3, 5 minutes or other), or see and stop it. */
export function ActivityTimer({
  activity,
  t,
  locale,
  timeZone,
}: {
  activity: { id: string; timerEndsAt: Date | null };
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const endsAt = activity.timerEndsAt;
  return (
    <div className="mt-2 space-y-2 rounded-md border border-amber-200 bg-amber-50/40 p-2">
      {endsAt && (
        <div className="flex flex-wrap items-center gap-2">
          <Countdown
            key={endsAt.toISOString()}
            endsAt={endsAt.toISOString()}
            serverNow={new Date().toISOString()}
            endsAtText={t("workshops.timer.endsAt", { time: formatTime(endsAt, locale, timeZone) })}
          />
          <span className="text-xs text-slate-700">
            {t("workshops.timer.endsAt", { time: formatTime(endsAt, locale, timeZone) })}
          </span>
          <ActionButton
            action={stopTimerAction}
            label={t("workshops.timer.stop")}
            fields={{ activityId: activity.id }}
          />
        </div>
      )}
      <ActionForm
        action={startTimerAction}
        submitLabel={t("workshops.timer.start")}
        resetOnSuccess={false}
        className="flex flex-wrap items-end gap-2"
      >
        <HiddenField name="activityId" value={activity.id} />
        <SelectField
          name="preset"
          label={t("workshops.timer.preset")}
          required
          defaultValue="60"
          options={PRESETS.map((p) => ({ value: p, label: t(`workshops.timer.presets.${p}`) }))}
        />
        <TextField name="minutes" type="number" min={1} max={120} label={t("workshops.timer.minutes")} />
      </ActionForm>
    </div>
  );
}
