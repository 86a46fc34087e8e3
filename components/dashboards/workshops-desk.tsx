import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import type { WorkshopsDesk } from "@/lib/dashboard/desks";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { DeskCard, deskLink, DeskSection } from "./desk-card";

/** The facilitator's desk: sessions to run (join code, start) and the recent ones (summary). */
export function WorkshopsDeskView({
  d,
  t,
  locale,
  timeZone,
}: {
  d: WorkshopsDesk;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  return (
    <DeskSection
      title={t("dashboard.workshops.title")}
      actions={
        <LinkButton href="/workshops" variant="secondary">
          {t("dashboard.workshops.newWorkshop")}
        </LinkButton>
      }
    >
      <div className="grid gap-4 xl:grid-cols-[3fr_2fr]">
        <DeskCard
          title={t("dashboard.workshops.upcoming")}
          count={d.upcoming.count}
          items={d.upcoming.items}
          empty={t("dashboard.workshops.upcomingEmpty")}
          seeAll="/workshops"
          tone="blue"
          t={t}
        >
          {(w) => (
            <li key={w.id} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm">
              <div className="min-w-0">
                <Link href={`/workshops/${w.id}`} className={`font-medium ${deskLink}`}>
                  {w.title}
                </Link>
                <div className="mt-0.5 flex flex-wrap items-center gap-x-2 text-xs text-slate-700">
                  {w.today && <Badge tone="green">{t("dashboard.workshops.today")}</Badge>}
                  <span>{formatDateTime(w.startsAt, locale, timeZone)}</span>
                  {w.venue && <span>· {w.venue}</span>}
                </div>
                <div className="mt-1 text-xs text-slate-700">
                  {t("dashboard.workshops.code")}:{" "}
                  <span className="font-mono text-base font-semibold tracking-widest text-slate-900">{w.code}</span>
                </div>
              </div>
              <div className="flex gap-2">
                <LinkButton href={`/workshops/${w.id}/present`} variant={w.today ? "primary" : "secondary"}>
                  {t("dashboard.workshops.start")}
                </LinkButton>
                <LinkButton href={`/workshops/${w.id}`} variant="secondary">
                  {t("dashboard.workshops.open")}
                </LinkButton>
              </div>
            </li>
          )}
        </DeskCard>
        <DeskCard
          title={t("dashboard.workshops.past")}
          count={d.past.count}
          items={d.past.items}
          empty={t("dashboard.workshops.pastEmpty")}
          seeAll="/workshops"
          t={t}
        >
          {(w) => (
            <li key={w.id} className="py-2 text-sm">
              <Link href={`/workshops/${w.id}/summary`} className={`font-medium ${deskLink}`}>
                {w.title}
              </Link>
              <div className="text-xs text-slate-700">
                {formatDateTime(w.startsAt, locale, timeZone)} ·{" "}
                {t("dashboard.workshops.participants", { count: w._count.participants })} ·{" "}
                <Link href={`/workshops/${w.id}/summary`} className={deskLink}>
                  {t("dashboard.workshops.summary")}
                </Link>
              </div>
            </li>
          )}
        </DeskCard>
      </div>
    </DeskSection>
  );
}
