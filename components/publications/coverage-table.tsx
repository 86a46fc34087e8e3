import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/table";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { CoverageItem, issueSentimentSummary } from "@/lib/media/queries";

type IssueSentiment = NonNullable<Awaited<ReturnType<typeof issueSentimentSummary>>>[number];

const TONE = { positif: "green", netral: "slate", negatif: "red" } as const;

export function CoverageTable({
  rows,
  t,
  locale,
  timeZone,
}: {
  rows: CoverageItem[];
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const columns: Column<CoverageItem>[] = [
    {
      key: "publishedOn",
      header: t("media.fields.publishedOn"),
      className: "whitespace-nowrap",
      cell: (c) => formatDate(c.publishedOn, locale, timeZone),
    },
    {
      key: "headline",
      header: t("media.fields.headline"),
      cell: (c) => (
        <>
          <a
            href={c.url}
            rel="noopener noreferrer nofollow"
            target="_blank"
            className="font-medium text-emerald-800 hover:underline"
          >
            {c.headline}
          </a>
          <div className="text-xs text-slate-600">
            {c.outlet} · {t(`media.mediaTypes.${c.mediaType}`)}
          </div>
        </>
      ),
    },
    {
      key: "sentiment",
      header: t("media.fields.sentiment"),
      cell: (c) => <Badge tone={TONE[c.sentiment]}>{t(`media.sentiments.${c.sentiment}`)}</Badge>,
    },
    { key: "reach", header: t("media.fields.reach"), cell: (c) => formatNumber(c.reach, locale) },
    {
      key: "issues",
      header: t("media.fields.issues"),
      cell: (c) => c.issues.map((i) => t("issues.number", { number: i.issue.number })).join(", "),
    },
    {
      key: "actions",
      header: <span className="sr-only">{t("common.actions")}</span>,
      cell: (c) => (
        <a href={`/publications/media?edit=${c.id}`} className="text-emerald-800 hover:underline">
          {t("common.edit")}
        </a>
      ),
    },
  ];
  return <DataTable caption={t("media.title")} columns={columns} rows={rows} rowKey={(c) => c.id} />;
}

/** Coverage count and negatives per issue; each links to the issue's filtered view. */
export function IssueSentimentTable({ rows, t }: { rows: IssueSentiment[]; t: Translate }) {
  const columns: Column<IssueSentiment>[] = [
    {
      key: "issue",
      header: t("media.fields.issues"),
      cell: (r) => (
        <a className="text-emerald-800 hover:underline" href={`/publications/media?issueId=${r.id}`}>
          ISU-{r.number} · {r.title}
        </a>
      ),
    },
    { key: "total", header: t("media.fields.total"), cell: (r) => r.total },
    { key: "negatives", header: t("media.fields.negatives"), cell: (r) => r.negatif },
  ];
  return <DataTable caption={t("media.perIssue")} columns={columns} rows={rows} rowKey={(r) => r.id} />;
}
