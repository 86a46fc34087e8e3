import Link from "@/components/ui/link";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField } from "@/components/forms/field";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { setFollowUpStatusAction } from "@/lib/workshops/follow-ups/actions";
import type { FollowUpView } from "@/lib/workshops/follow-ups/queries";
import { FOLLOW_UP_STATUSES } from "@/lib/workshops/follow-ups/schemas";

const tone: Record<string, BadgeTone> = { planned: "slate", in_progress: "blue", done: "green", cancelled: "slate" };

/**
 * Rencana tindak lanjut as a list: what, owner, due date, status (overdue in words). On the issue
 * page (`from="workshop"`: where each came from; a status form where the actor may change it) and
 * in a workshop's summary (`from="issue"`: the issue each belongs to).
 */
export function FollowUpList({
  items,
  from,
  t,
  locale,
  timeZone,
}: {
  items: FollowUpView[];
  from: "workshop" | "issue";
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("workshops.followUps.empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label={t("workshops.followUps.title")}>
      {items.map((f) => (
        <li key={f.id} className="space-y-1 py-3 text-sm" data-follow-up={f.id}>
          <p className="whitespace-pre-wrap break-words font-medium text-slate-900">{f.text}</p>
          <p className="flex flex-wrap items-center gap-2 text-slate-700">
            <Badge tone={tone[f.status]}>{t(`workshops.followUps.status.${f.status}`)}</Badge>
            {f.overdue && <Badge tone="red">{t("workshops.followUps.overdue")}</Badge>}
            <span>
              {t("workshops.followUps.owner")}: {f.ownerTitle}
            </span>
            <span>
              {t("workshops.followUps.dueDate")}: {formatDate(f.dueDate, locale, timeZone)}
            </span>
          </p>
          <p className="text-xs text-slate-600">
            {from === "workshop" ? (
              f.workshop ? (
                <>
                  {t("workshops.followUps.fromWorkshop")}{" "}
                  <Link className="text-emerald-800 underline" href={`/workshops/${f.workshop.id}/summary`}>
                    {f.workshop.title}
                  </Link>
                  {f.activityTitle && <> · {f.activityTitle}</>}
                </>
              ) : null
            ) : (
              <Link className="text-emerald-800 underline" href={`/issues/${f.issue.id}`}>
                {t("issues.number", { number: f.issue.number })} · {f.issue.title}
              </Link>
            )}
          </p>
          {f.canChange && (
            <ActionForm
              action={setFollowUpStatusAction}
              submitLabel={t("workshops.followUps.saveStatus")}
              variant="secondary"
              resetOnSuccess={false}
              className="flex flex-wrap items-end gap-2"
            >
              <HiddenField name="followUpId" value={f.id} />
              <HiddenField name="version" value={f.version} />
              <SelectField
                name="status"
                label={t("workshops.followUps.statusLabel")}
                defaultValue={f.status}
                options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`workshops.followUps.status.${s}`) }))}
              />
            </ActionForm>
          )}
        </li>
      ))}
    </ul>
  );
}
