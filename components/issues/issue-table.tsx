import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { HighlightedText } from "@/components/ui/highlighted-text";
import { DataTable, type Column } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { IssueListRow } from "@/lib/issues/list-sql";
import { AttentionBadges, PriorityBadge, StageBadge, TriageBadge } from "./issue-badges";

function issueColumns(t: Translate, locale: Locale, timeZone: string): Column<IssueListRow>[] {
  return [
    {
      key: "number",
      header: t("issues.fields.number"),
      className: "whitespace-nowrap font-mono text-xs text-slate-600",
      cell: (r) => t("issues.number", { number: r.number }),
    },
    {
      key: "title",
      header: t("issues.fields.title"),
      className: "sm:min-w-64",
      phone: "primary",
      cell: (r) => (
        <>
          <Link href={`/issues/${r.id}`} className="font-medium text-emerald-800 hover:underline">
            <HighlightedText marked={r.titleHighlight} fallback={r.title} />
          </Link>
          {r.snippet && (
            <p className="mt-1 line-clamp-2 text-xs text-slate-600">
              <HighlightedText marked={r.snippet} />
            </p>
          )}
          <div className="mt-1 flex flex-wrap gap-1">
            <Badge>{t(`issues.categories.${r.category}`)}</Badge>
            <TriageBadge triage={r.triage} t={t} />
            <AttentionBadges
              stale={r.stale}
              escalated={r.escalated}
              overdue={r.overdue}
              followUpOverdue={r.followUpOverdue}
              t={t}
            />
            {r.isPublic && <Badge tone="blue">{t("issues.public")}</Badge>}
          </div>
        </>
      ),
    },
    {
      key: "stage",
      header: t("issues.fields.stage"),
      cell: (r) => (
        <>
          <StageBadge stage={r.stage} t={t} />
          <div className="mt-1 text-xs text-slate-600">{r.percentDone}%</div>
        </>
      ),
    },
    {
      key: "priority",
      header: t("issues.fields.priority"),
      phone: "hidden",
      cell: (r) => <PriorityBadge priority={r.priority} t={t} />,
    },
    {
      key: "owner",
      header: t("issues.fields.owner"),
      cell: (r) => (
        <>
          <div>{r.ownerTitle ?? <span className="text-slate-500">{t("issues.noOwner")}</span>}</div>
          {r.agencyName && <div className="text-xs text-slate-600">{r.agencyName}</div>}
        </>
      ),
    },
    {
      key: "dueDate",
      header: t("issues.fields.dueDate"),
      className: "whitespace-nowrap",
      cell: (r) => formatDate(r.dueDate, locale, timeZone),
    },
    {
      key: "lastUpdate",
      header: t("issues.fields.lastUpdate"),
      phone: "hidden",
      className: "whitespace-nowrap",
      cell: (r) => formatDate(r.lastUpdateAt, locale, timeZone),
    },
  ];
}

export function IssueTable({
  rows,
  t,
  locale,
  timeZone,
  caption,
}: {
  rows: IssueListRow[];
  t: Translate;
  locale: Locale;
  timeZone: string;
  caption: string;
}) {
  return <DataTable caption={caption} columns={issueColumns(t, locale, timeZone)} rows={rows} rowKey={(r) => r.id} />;
}
