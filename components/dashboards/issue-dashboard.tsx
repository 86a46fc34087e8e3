import Link from "@/components/ui/link";
import { Card, Stat } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/table";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { Dashboard } from "@/lib/dashboard/queries";
import { ISSUE_STAGES } from "@/lib/issues/schemas";
import { AgencyAttentionChart } from "./agency-attention-chart";
import { WeeklyFlowChart } from "./weekly-flow-chart";
import { calendarDaysSince } from "@/lib/regencies/time-zone";

const link = "text-emerald-800 hover:underline";

/** Every figure links to the filtered register behind it. `mine` narrows the links to the official's positions. */
export function IssueDashboard({
  d,
  t,
  locale,
  timeZone,
  now,
}: {
  d: Dashboard;
  t: Translate;
  locale: Locale;
  timeZone: string;
  now: Date;
}) {
  const q = (params: Record<string, string>) =>
    `/issues?${new URLSearchParams({ ...(d.whole ? {} : { mine: "1" }), ...params })}`;
  const stageCount = new Map(d.stages.map((s) => [s.stage, s.count]));
  const maxStage = Math.max(1, ...d.stages.map((s) => s.count));
  const maxCat = Math.max(1, ...d.categories.map((c) => c.count));
  const days = (at: Date) => calendarDaysSince(new Date(at), now, timeZone);
  const shareTone = (share: number) =>
    share < 50 ? "font-semibold text-red-800" : share < 80 ? "text-amber-800" : "text-emerald-800";
  const agencyColumns: Column<Dashboard["agencies"][number]>[] = [
    {
      key: "agency",
      header: t("dashboard.agency"),
      cell: (a) =>
        a.agencyId ? (
          <Link href={q({ agency: a.agencyId, open: "1" })} className={link}>
            {a.agencyName}
          </Link>
        ) : (
          t("dashboard.noAgency")
        ),
    },
    { key: "open", header: t("dashboard.openCount"), className: "tabular-nums", cell: (a) => a.open },
    {
      key: "share",
      header: t("dashboard.share"),
      className: "tabular-nums",
      cell: (a) => <span className={shareTone(a.share)}>{a.share}%</span>,
    },
    {
      key: "median",
      header: t("dashboard.medianDays"),
      className: "tabular-nums",
      cell: (a) => formatNumber(a.medianDays, locale, 1),
    },
    {
      key: "stale",
      header: t("dashboard.staleCount"),
      className: "tabular-nums",
      cell: (a) =>
        a.agencyId && a.stale ? (
          <Link href={q({ agency: a.agencyId, stale: "1" })} className={link}>
            {a.stale}
          </Link>
        ) : (
          a.stale
        ),
    },
  ];
  const weekColumns: Column<Dashboard["weekly"][number]>[] = [
    { key: "week", header: t("dashboard.week"), cell: (w) => formatDate(w.week, locale, timeZone) },
    { key: "opened", header: t("dashboard.weekOpened"), cell: (w) => w.opened },
    { key: "closed", header: t("dashboard.weekClosed"), cell: (w) => w.closed },
  ];
  return (
    <div className="space-y-6">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Stat label={t("dashboard.totals.open")} value={formatNumber(d.totals.open, locale)} href={q({ open: "1" })} />
        <Stat
          label={t("dashboard.totals.stale")}
          value={formatNumber(d.totals.stale, locale)}
          tone={d.totals.stale ? "warn" : "good"}
          href={q({ stale: "1" })}
        />
        <Stat
          label={t("dashboard.totals.escalated")}
          value={formatNumber(d.totals.escalated, locale)}
          tone={d.totals.escalated ? "bad" : "good"}
          href={q({ escalated: "1" })}
        />
        <Stat
          label={t("dashboard.totals.overdue")}
          value={formatNumber(d.totals.overdue, locale)}
          tone={d.totals.overdue ? "bad" : "good"}
          href={q({ overdue: "1" })}
        />
        {d.whole && (
          <Stat
            label={t("dashboard.totals.pending")}
            value={formatNumber(d.totals.pending, locale)}
            href="/issues/triage"
          />
        )}
        <Stat
          label={t("dashboard.totals.closedThisMonth")}
          value={formatNumber(d.totals.closedThisMonth, locale)}
          href={q({ stage: "closed" })}
        />
      </div>

      <div className="grid gap-6 xl:grid-cols-2">
        <Card title={t("dashboard.attentionTitle")}>
          {d.attention.length === 0 ? (
            <p className="text-sm text-slate-600">{t("dashboard.attentionEmpty")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {d.attention.map((i) => (
                <li key={i.id} className="py-2 text-sm">
                  <Link href={`/issues/${i.id}`} className={`font-medium ${link}`}>
                    {t("issues.number", { number: i.number })} · {i.title}
                  </Link>
                  <div className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-slate-700">
                    <span className={i.escalated ? "font-semibold text-red-800" : "font-semibold text-amber-800"}>
                      {t(i.escalated ? "issues.attention.escalated" : "issues.attention.stale")}
                    </span>
                    <span>
                      {i.ownerTitle ?? t("issues.noOwner")}
                      {i.agencyName && ` · ${i.agencyName}`}
                    </span>
                    <span>
                      {t("dashboard.attentionDays", { days: days(i.lastUpdateAt), cadence: i.reviewCadenceDays })}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {d.totals.stale > d.attention.length && (
            <Link href={q({ stale: "1", sort: "updated" })} className={`mt-2 inline-block text-sm ${link}`}>
              {t("dashboard.goIssues")} ({d.totals.stale})
            </Link>
          )}
        </Card>
        <Card title={t("dashboard.escalationsTitle")}>
          {d.escalations.length === 0 ? (
            <p className="text-sm text-slate-600">{t("dashboard.escalationsEmpty")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {d.escalations.map((i) => (
                <li key={i.id} className="py-2 text-sm">
                  <Link href={`/issues/${i.id}`} className={`font-medium ${link}`}>
                    {t("issues.number", { number: i.number })} · {i.title}
                  </Link>
                  <div className="text-xs text-slate-700">
                    {i.ownerTitle ?? t("issues.noOwner")} ·{" "}
                    {t("dashboard.attentionDays", { days: days(i.lastUpdateAt), cadence: i.reviewCadenceDays })}
                  </div>
                </li>
              ))}
            </ul>
          )}
          {d.totals.escalated > 0 && (
            <Link href={q({ escalated: "1", sort: "updated" })} className={`mt-2 inline-block text-sm ${link}`}>
              {t("dashboard.goIssues")} ({d.totals.escalated})
            </Link>
          )}
        </Card>
      </div>

      <div className="grid gap-6 xl:grid-cols-2">
        <Card title={t("dashboard.byStage")}>
          <ul className="space-y-2">
            {ISSUE_STAGES.filter((s) => s !== "closed").map((s) => {
              const n = stageCount.get(s) ?? 0;
              return (
                <li key={s} className="grid grid-cols-[8rem_1fr_3rem] items-center gap-2 text-sm">
                  <Link href={q({ stage: s })} className={link}>
                    {t(`issues.stages.${s}`)}
                  </Link>
                  <span
                    aria-hidden
                    className="h-3 rounded bg-sky-700"
                    style={{ width: `${(n / maxStage) * 100}%`, minWidth: n ? 4 : 0 }}
                  />
                  <span className="text-right tabular-nums">{formatNumber(n, locale)}</span>
                </li>
              );
            })}
          </ul>
        </Card>
        <Card title={t("dashboard.byCategory")}>
          <ul className="space-y-2">
            {d.categories.map((c) => (
              <li key={c.category} className="grid grid-cols-[minmax(8rem,14rem)_1fr_3rem] items-center gap-2 text-sm">
                <Link href={q({ category: c.category, open: "1" })} className={link}>
                  {t(`issues.categories.${c.category}`)}
                </Link>
                <span
                  aria-hidden
                  className="h-3 rounded bg-emerald-700"
                  style={{ width: `${(c.count / maxCat) * 100}%`, minWidth: 4 }}
                />
                <span className="text-right tabular-nums">{formatNumber(c.count, locale)}</span>
              </li>
            ))}
            {d.categories.length === 0 && <li className="text-sm text-slate-600">—</li>}
          </ul>
        </Card>
      </div>

      {d.whole && (
        <Card title={t("dashboard.agenciesTitle")}>
          <p className="mb-3 text-sm text-slate-600">{t("dashboard.agenciesHint")}</p>
          <div className="grid gap-6 2xl:grid-cols-[3fr_2fr]">
            <DataTable
              caption={t("dashboard.agenciesTitle")}
              columns={agencyColumns}
              rows={d.agencies}
              rowKey={(a) => a.agencyId ?? "none"}
            />
            <AgencyAttentionChart
              data={d.agencies.map((a) => ({ agency: a.agencyName ?? t("dashboard.noAgency"), share: a.share }))}
              labels={{ share: t("dashboard.share"), title: t("dashboard.chartAgencies") }}
            />
          </div>
        </Card>
      )}

      <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
        <Card title={t("dashboard.weeklyTitle")}>
          <WeeklyFlowChart
            data={d.weekly.map((w) => ({
              week: formatDate(w.week, locale, timeZone),
              opened: w.opened,
              closed: w.closed,
            }))}
            labels={{
              opened: t("dashboard.weekOpened"),
              closed: t("dashboard.weekClosed"),
              title: t("dashboard.chartWeekly"),
            }}
          />
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-slate-700">{t("dashboard.week")}</summary>
            <DataTable
              caption={t("dashboard.weeklyTitle")}
              columns={weekColumns}
              rows={d.weekly}
              rowKey={(w) => String(w.week)}
            />
          </details>
        </Card>
        <Card title={t("dashboard.recentTitle")}>
          {d.updates.length === 0 ? (
            <p className="text-sm text-slate-600">{t("dashboard.recentEmpty")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {d.updates.map((u) => (
                <li key={u.id} className="py-2 text-sm">
                  <Link href={`/issues/${u.issueId}`} className={`font-medium ${link}`}>
                    {t("issues.number", { number: u.number })} · {u.title}
                  </Link>
                  <div className="text-xs text-slate-700">
                    {u.authorName} · {formatDateTime(u.createdAt, locale, timeZone)}
                    {u.percentDone !== null && ` · ${u.percentDone}%`}
                  </div>
                  {u.body && <p className="mt-0.5 line-clamp-2 text-slate-800">{u.body}</p>}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
