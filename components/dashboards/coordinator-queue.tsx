import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import type { CoordinatorQueue } from "@/lib/dashboard/desks";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { DeskCard, deskLink, DeskSection } from "./desk-card";

/** What waits for the coordinator outside issues: approvals, late ISO actions, vacant owner positions, overdue follow-ups. */
export function CoordinatorQueueView({
  q,
  leadershipHref,
  t,
  locale,
  timeZone,
}: {
  q: CoordinatorQueue;
  leadershipHref: string;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  return (
    <DeskSection title={t("dashboard.queue.title")}>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {q.approvals && (
          <DeskCard
            title={t("dashboard.queue.approvals")}
            count={q.approvals.count}
            items={q.approvals.items}
            empty={t("dashboard.queue.approvalsEmpty")}
            seeAll="/publications/review"
            tone="yellow"
            t={t}
          >
            {(p) => (
              <li key={p.id} className="py-2 text-sm">
                <Link href={`/publications/${p.id}`} className={`font-medium ${deskLink}`}>
                  {p.title}
                </Link>
                <div className="text-xs text-slate-700">
                  {p.author.name} ·{" "}
                  {t("dashboard.humas.submittedAt", { date: formatDate(p.submittedAt, locale, timeZone) })}
                </div>
              </li>
            )}
          </DeskCard>
        )}
        {q.nonconformities && (
          <DeskCard
            title={t("dashboard.queue.nonconformities")}
            count={q.nonconformities.count}
            items={q.nonconformities.items}
            empty={t("dashboard.queue.nonconformitiesEmpty")}
            seeAll="/iso/nonconformities?overdue=1"
            tone="red"
            t={t}
          >
            {(nc) => (
              <li key={nc.id} className="py-2 text-sm">
                <Link href={`/iso/nonconformities/${nc.id}`} className={`font-medium ${deskLink}`}>
                  {t("iso.nc.number", { number: nc.number })} · {nc.title}
                </Link>
                <div className="mt-0.5 flex flex-wrap items-center gap-x-2 text-xs text-slate-700">
                  <Badge tone={nc.severity === "major" ? "red" : "yellow"}>{t(`iso.severity.${nc.severity}`)}</Badge>
                  <span className="font-semibold text-red-800">
                    {t("dashboard.queue.lateActions", {
                      count: nc.lateActions,
                      date: formatDate(nc.oldestDue, locale, timeZone),
                    })}
                  </span>
                </div>
              </li>
            )}
          </DeskCard>
        )}
        {q.vacancies && (
          <DeskCard
            title={t("dashboard.queue.vacancies")}
            count={q.vacancies.count}
            items={q.vacancies.items}
            empty={t("dashboard.queue.vacanciesEmpty")}
            seeAll={leadershipHref}
            tone="red"
            t={t}
          >
            {(p) => (
              <li key={p.id} className="py-2 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{p.title}</span>
                  <Badge tone="red">{t("leadership.gap")}</Badge>
                </div>
                <Link
                  href={`/issues?${new URLSearchParams({ position: p.id, open: "1" })}`}
                  className={`text-xs ${deskLink}`}
                >
                  {t("dashboard.queue.vacantIssues", { count: p.openIssues })}
                  {p.agencyName && ` · ${p.agencyName}`}
                </Link>
              </li>
            )}
          </DeskCard>
        )}
        {q.followUps && (
          <DeskCard
            title={t("dashboard.queue.followUps")}
            count={q.followUps.count}
            items={q.followUps.items}
            empty={t("dashboard.queue.followUpsEmpty")}
            seeAll="/issues?open=1"
            tone="red"
            t={t}
          >
            {(f) => (
              <li key={f.id} className="py-2 text-sm">
                <Link href={`/issues/${f.issue.id}`} className={`font-medium ${deskLink}`}>
                  {f.text}
                </Link>
                <div className="text-xs text-slate-700">
                  {t("issues.number", { number: f.issue.number })} · {f.ownerTitle} ·{" "}
                  <span className="font-semibold text-red-800">
                    {t("dashboard.queue.followUpDue", { date: formatDate(f.dueDate, locale, timeZone) })}
                  </span>
                </div>
              </li>
            )}
          </DeskCard>
        )}
      </div>
    </DeskSection>
  );
}
