import Link from "@/components/ui/link";
import { HighlightedText } from "@/components/ui/highlighted-text";
import { DataTable, type Column } from "@/components/ui/table";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { PublicationListItem } from "@/lib/publications/queries";
import { displayStatus, StatusBadge } from "./status-badge";

const titleLink = (p: PublicationListItem) => (
  <Link href={`/publications/${p.id}`} className="font-medium text-emerald-800 hover:underline">
    <HighlightedText marked={p.titleHighlight} fallback={p.title} />
  </Link>
);

export function PublicationTable({
  rows,
  t,
  locale,
  timeZone,
}: {
  rows: PublicationListItem[];
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const columns: Column<PublicationListItem>[] = [
    {
      key: "title",
      phone: "primary",
      header: t("publications.fields.title"),
      cell: (p) => (
        <>
          {titleLink(p)}
          <div className="text-xs text-slate-600">{t(`publications.kinds.${p.kind}`)}</div>
          {p.snippet && (
            <p className="mt-1 line-clamp-2 text-xs text-slate-600">
              <HighlightedText marked={p.snippet} />
            </p>
          )}
        </>
      ),
    },
    {
      key: "status",
      header: t("publications.fields.status"),
      cell: (p) => (
        <>
          <StatusBadge t={t} status={displayStatus({ ...p, versionCount: p._count.versions })} />
          {p.status === "approved" && p.firstPublishAt && (
            <div className="mt-1 text-xs text-slate-600">{formatDateTime(p.firstPublishAt, locale, timeZone)}</div>
          )}
        </>
      ),
    },
    { key: "author", header: t("publications.fields.author"), cell: (p) => p.author.name },
    {
      key: "updated",
      header: t("publications.fields.updated"),
      className: "whitespace-nowrap",
      cell: (p) => formatDateTime(p.updatedAt, locale, timeZone),
    },
  ];
  return <DataTable caption={t("publications.title")} columns={columns} rows={rows} rowKey={(p) => p.id} />;
}

/** Pieces waiting for approval; a correction of a published piece says so. */
export function ReviewQueueTable({
  rows,
  t,
  locale,
  timeZone,
}: {
  rows: PublicationListItem[];
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const columns: Column<PublicationListItem>[] = [
    {
      key: "title",
      phone: "primary",
      header: t("publications.fields.title"),
      cell: (p) => (
        <>
          {titleLink(p)}
          <div className="text-xs text-slate-600">
            {t(`publications.kinds.${p.kind}`)}
            {p._count.versions > 0 ? ` · ${t("publications.public.correctedBadge")}` : ""}
          </div>
        </>
      ),
    },
    { key: "author", header: t("publications.fields.author"), cell: (p) => p.author.name },
    {
      key: "publishAt",
      header: t("publications.fields.publishAt"),
      cell: (p) => (p.publishAt ? formatDateTime(p.publishAt, locale, timeZone) : "—"),
    },
  ];
  return <DataTable caption={t("publications.reviewQueue")} columns={columns} rows={rows} rowKey={(p) => p.id} />;
}
