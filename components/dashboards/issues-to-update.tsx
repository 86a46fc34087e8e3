import Link from "@/components/ui/link";
import type { ToUpdateRow } from "@/lib/dashboard/sql";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { DeskCard, deskLink } from "./desk-card";
import { calendarDaysSince } from "@/lib/regencies/time-zone";

/** The official's first card: open issues of their positions past the review cycle or due date. */
export function IssuesToUpdate({
  d,
  t,
  locale,
  timeZone,
  now,
}: {
  d: { count: number; items: ToUpdateRow[] };
  t: Translate;
  locale: Locale;
  timeZone: string;
  now: Date;
}) {
  const days = (at: Date) => calendarDaysSince(new Date(at), now, timeZone);
  return (
    <DeskCard
      title={t("dashboard.official.toUpdate")}
      count={d.count}
      items={d.items}
      empty={t("dashboard.official.toUpdateEmpty")}
      seeAll="/issues?mine=1&open=1&sort=updated"
      tone="red"
      t={t}
    >
      {(i) => (
        <li key={i.id} className="py-2 text-sm">
          <Link href={`/issues/${i.id}`} className={`font-medium ${deskLink}`}>
            {t("issues.number", { number: i.number })} · {i.title}
          </Link>
          <div className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-slate-700">
            {i.stale && (
              <span className={i.escalated ? "font-semibold text-red-800" : "font-semibold text-amber-800"}>
                {t(i.escalated ? "issues.attention.escalated" : "dashboard.official.stale")}
              </span>
            )}
            {i.overdue && (
              <span className="font-semibold text-red-800">
                {t("dashboard.official.overdue", { date: formatDate(i.dueDate, locale, timeZone) })}
              </span>
            )}
            <span>{i.ownerTitle}</span>
            <span>{t("dashboard.attentionDays", { days: days(i.lastUpdateAt), cadence: i.reviewCadenceDays })}</span>
          </div>
        </li>
      )}
    </DeskCard>
  );
}
