import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";

export type MilestoneItem = {
  id: string;
  kind: string;
  title: string;
  date: Date;
  evidence: string | null;
  score: number | null;
  notes: string | null;
  version?: number;
};

/** The formation stages as a vertical timeline, oldest first; `edit` adds a correction form under each. */
export function MilestoneTimeline<T extends MilestoneItem>({
  items,
  t,
  locale,
  timeZone,
  edit,
}: {
  items: T[];
  t: Translate;
  locale: Locale;
  timeZone: string;
  edit?: (m: T) => ReactNode;
}) {
  return (
    <ol className="relative ml-2 space-y-5 border-l-2 border-emerald-200 pl-5">
      {items.map((m) => (
        <li key={m.id} className="relative">
          <span
            aria-hidden
            className="absolute -left-[1.72rem] top-1 h-3 w-3 rounded-full border-2 border-white bg-emerald-700"
          />
          <div className="text-xs font-medium uppercase tracking-wide text-slate-600">
            <time dateTime={m.date.toISOString().slice(0, 10)}>{formatDate(m.date, locale, timeZone)}</time> ·{" "}
            {t(`regencies.milestoneKinds.${m.kind}`)}
          </div>
          <p className="font-medium text-slate-900">{m.title}</p>
          {m.score !== null && (
            <p className="text-sm text-slate-800">
              {t("regencies.milestones.score")}: <strong>{formatNumber(m.score, locale, 2)}</strong>
            </p>
          )}
          {m.evidence && (
            <p className="text-sm text-slate-600">
              {t("regencies.milestones.evidence")}: {m.evidence}
            </p>
          )}
          {m.notes && <p className="text-sm text-slate-600">{m.notes}</p>}
          {edit?.(m)}
        </li>
      ))}
    </ol>
  );
}
