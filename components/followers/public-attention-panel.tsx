import Link from "@/components/ui/link";
import { Card, Stat } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/actor";
import { BASELINE_WEEKS } from "@/lib/followers/flag";
import { getPublicAttention, type PublicAttention } from "@/lib/followers/queries";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { PublicAttentionChart } from "./public-attention-chart";

type IssueRow = PublicAttention["issues"][number];
const meanBefore = (x: IssueRow) =>
  Math.round(x.weeks.slice(1, BASELINE_WEEKS + 1).reduce((a, w) => a + w.views, 0) / BASELINE_WEEKS);

/**
 * The public's attention on the coordinator's dashboard, beside the officials' attention
 * consistency: figures, a weekly trend and the issues whose interest rises while updates stall.
 * Renders nothing for an actor without the whole-regency view.
 */
export async function PublicAttentionPanel({
  actor,
  regencyId,
  timeZone,
  now,
}: {
  actor: Actor;
  regencyId: string;
  timeZone: string;
  now: Date;
}) {
  const [a, t, locale] = await Promise.all([getPublicAttention(actor, regencyId, now), getT(), getLocale()]);
  if (!a) return null;
  const n = (v: number) => formatNumber(v, locale);
  const r = a.regency;
  const share = r.openIssues ? Math.round((100 * r.withinCadence) / r.openIssues) : 100;
  const flagged = a.issues.filter((x) => x.flagged);
  const weekColumns: Column<PublicAttention["weekly"][number]>[] = [
    { key: "week", header: t("followers.attention.week"), cell: (w) => formatDate(w.week, locale, timeZone) },
    { key: "views", header: t("followers.attention.views"), cell: (w) => n(w.views), align: "right" },
    { key: "follows", header: t("followers.attention.follows"), cell: (w) => n(w.follows), align: "right" },
    { key: "shares", header: t("followers.attention.shares"), cell: (w) => n(w.shares), align: "right" },
    { key: "feed", header: t("followers.attention.feedReaders"), cell: (w) => n(w.feedReaders), align: "right" },
    { key: "owner", header: t("followers.attention.ownerUpdates"), cell: (w) => n(w.ownerUpdates), align: "right" },
  ];
  const issueColumns: Column<IssueRow>[] = [
    {
      key: "issue",
      header: t("followers.attention.issue"),
      phone: "primary",
      cell: (x) => (
        <Link href={`/issues/${x.issueId}`} className="text-emerald-800 hover:underline">
          ISU-{x.number} · {x.title}
        </Link>
      ),
    },
    { key: "week", header: t("followers.attention.thisWeek"), cell: (x) => n(x.weeks[0].views), align: "right" },
    { key: "mean", header: t("followers.attention.previousMean"), cell: (x) => n(meanBefore(x)), align: "right" },
    { key: "followers", header: t("followers.attention.issueFollowers"), cell: (x) => n(x.followers), align: "right" },
    { key: "shares", header: t("followers.attention.shares"), cell: (x) => n(x.weeks[0].shares), align: "right" },
    {
      key: "aspirations",
      header: t("followers.attention.aspirations"),
      align: "right",
      cell: (x) =>
        x.aspirations
          ? t("followers.attention.aspirationsValue", {
              answered: x.aspirations.answered,
              received: x.aspirations.received,
            })
          : "—",
    },
    {
      key: "state",
      header: t("followers.attention.consistency"),
      cell: (x) =>
        x.stale ? (
          <span className="text-amber-800">{t("followers.attention.stale")}</span>
        ) : (
          t("followers.attention.onTrack")
        ),
    },
  ];
  return (
    <Card title={t("followers.attention.title")}>
      <div className="space-y-5" data-testid="public-attention">
        <p className="text-sm text-slate-600">{t("followers.attention.description")}</p>
        <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
          <Stat label={t("followers.attention.followers")} value={n(r.followers)} />
          <Stat label={t("followers.attention.views7")} value={n(r.views7)} />
          <Stat label={t("followers.attention.shares7")} value={n(r.shares7)} />
          <Stat
            label={t("followers.attention.feedReaders7")}
            value={n(r.feedReaders7)}
            hint={
              r.feedSubscribers7 ? t("followers.attention.feedSubscribers", { count: r.feedSubscribers7 }) : undefined
            }
          />
          <Stat
            label={t("followers.attention.aspirations")}
            value={r.aspirations ? n(r.aspirations.received) : "—"}
            hint={
              r.aspirations
                ? t("followers.attention.aspirationsHint", {
                    answered: r.aspirations.answered,
                    days: r.aspirations.medianDays === null ? "—" : formatNumber(r.aspirations.medianDays, locale, 1),
                  })
                : undefined
            }
          />
          <Stat
            label={t("followers.attention.consistency")}
            value={`${share}%`}
            tone={share >= 80 ? "good" : share >= 50 ? "warn" : "bad"}
            hint={t("followers.attention.consistencyValue", { share, open: r.openIssues })}
          />
        </div>
        <section aria-labelledby="public-flagged">
          <h3 id="public-flagged" className="mb-2 text-sm font-semibold text-slate-900">
            {t("followers.attention.flaggedTitle")}
          </h3>
          {flagged.length === 0 ? (
            <p className="text-sm text-slate-600">{t("followers.attention.flaggedEmpty")}</p>
          ) : (
            <ul className="space-y-2">
              {flagged.map((x) => (
                <li key={x.issueId} className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
                  <Link href={`/issues/${x.issueId}`} className="font-medium text-amber-950 underline">
                    ISU-{x.number} · {x.title}
                  </Link>
                  <p className="mt-0.5 text-amber-900">
                    {t("followers.attention.flaggedLine", {
                      views: x.weeks[0].views,
                      mean: meanBefore(x),
                      followers: x.followers,
                    })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("followers.attention.chartTitle")}</h3>
          <PublicAttentionChart
            data={a.weekly.map((w) => ({
              week: formatDate(w.week, locale, timeZone),
              views: w.views,
              follows: w.follows,
              shares: w.shares,
              ownerUpdates: w.ownerUpdates,
            }))}
            labels={{
              title: t("followers.attention.chartTitle"),
              views: t("followers.attention.views"),
              follows: t("followers.attention.follows"),
              shares: t("followers.attention.shares"),
              ownerUpdates: t("followers.attention.ownerUpdates"),
            }}
          />
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-slate-700">{t("followers.attention.tableSummary")}</summary>
            <DataTable
              caption={t("followers.attention.chartTitle")}
              columns={weekColumns}
              rows={a.weekly}
              rowKey={(w) => String(w.week)}
            />
          </details>
        </div>
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("followers.attention.issuesTitle")}</h3>
          {a.issues.length === 0 ? (
            <p className="text-sm text-slate-600">{t("followers.attention.noPublicIssues")}</p>
          ) : (
            <DataTable
              caption={t("followers.attention.issuesTitle")}
              columns={issueColumns}
              rows={a.issues}
              rowKey={(x) => x.issueId}
            />
          )}
        </div>
      </div>
    </Card>
  );
}
