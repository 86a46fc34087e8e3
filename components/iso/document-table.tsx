import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { DocumentDetail, listDocuments } from "@/lib/iso/documents/queries";
import { DocStatusBadge } from "./status-badges";
import { dayOf, localDay } from "@/lib/regencies/time-zone";

type DocumentRow = NonNullable<Awaited<ReturnType<typeof listDocuments>>>["items"][number];

const effectiveVersion = (d: DocumentRow) => d.versions.find((v) => v.status === "effective");

/** The controlled documents: effective version, the one in the works, and when review is due. */
export function DocumentTable({
  rows,
  now,
  t,
  locale,
  timeZone,
}: {
  rows: DocumentRow[];
  now: Date;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const columns: Column<DocumentRow>[] = [
    { key: "number", header: t("iso.doc.number"), className: "whitespace-nowrap font-mono", cell: (d) => d.number },
    {
      key: "title",
      phone: "primary",
      header: t("iso.doc.titleField"),
      cell: (d) => (
        <>
          <Link href={`/iso/documents/${d.id}`} className="font-medium text-emerald-800 hover:underline">
            {d.title}
          </Link>
          <div className="text-xs text-slate-600">{d.ownerAgency?.shortName ?? d.ownerAgency?.name ?? ""}</div>
        </>
      ),
    },
    { key: "type", header: t("iso.doc.type"), cell: (d) => t(`iso.docType.${d.type}`) },
    {
      key: "version",
      header: t("iso.doc.currentVersion"),
      className: "whitespace-nowrap",
      cell: (d) => {
        const effective = effectiveVersion(d);
        const open = d.versions.find((v) => v.status !== "effective");
        return (
          <>
            {effective && (
              <span className="mr-1">
                v{effective.versionNo} <DocStatusBadge status="effective" t={t} />
              </span>
            )}
            {open && (
              <span>
                v{open.versionNo} <DocStatusBadge status={open.status} t={t} />
              </span>
            )}
          </>
        );
      },
    },
    {
      key: "reviewDue",
      header: t("iso.doc.reviewDue"),
      className: "whitespace-nowrap",
      cell: (d) => {
        const effective = effectiveVersion(d);
        const due = effective?.reviewDueDate && dayOf(effective.reviewDueDate) <= localDay(now, timeZone);
        return (
          <>
            {formatDate(effective?.reviewDueDate, locale, timeZone)}
            {due && (
              <span className="ml-2">
                <Badge tone="red">{t("iso.doc.reviewOverdue")}</Badge>
              </span>
            )}
          </>
        );
      },
    },
  ];
  return <DataTable caption={t("iso.doc.listTitle")} columns={columns} rows={rows} rowKey={(d) => d.id} />;
}

type VersionRow = DocumentDetail["versions"][number];

/** Every version of one document, each linking to its text. */
export function DocumentVersionTable({
  doc,
  t,
  locale,
  timeZone,
}: {
  doc: DocumentDetail;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const columns: Column<VersionRow>[] = [
    {
      key: "version",
      header: t("iso.doc.currentVersion"),
      className: "whitespace-nowrap",
      cell: (v) => (
        <>
          <Link
            href={`/iso/documents/${doc.id}?v=${v.versionNo}`}
            className="font-medium text-emerald-800 underline"
            aria-label={t("iso.doc.readVersion", { n: v.versionNo })}
          >
            v{v.versionNo}
          </Link>{" "}
          <DocStatusBadge status={v.status} t={t} />
          {v.supersededAt && (
            <div className="text-xs text-slate-600">
              {t("iso.doc.supersededOn", { date: formatDate(v.supersededAt, locale, timeZone) })}
            </div>
          )}
        </>
      ),
    },
    {
      key: "author",
      header: t("iso.doc.author"),
      cell: (v) => (
        <>
          {v.author.name}
          <div className="text-xs text-slate-600">{formatDate(v.createdAt, locale, timeZone)}</div>
        </>
      ),
    },
    {
      key: "approver",
      header: t("iso.doc.approver"),
      cell: (v) =>
        v.approver ? (
          <>
            {v.approver.name}
            <div className="text-xs text-slate-600">{formatDate(v.approvedAt, locale, timeZone)}</div>
          </>
        ) : (
          "—"
        ),
    },
    { key: "changeSummary", header: t("iso.doc.changeSummary"), cell: (v) => v.changeSummary || "—" },
  ];
  return <DataTable caption={t("iso.doc.versionsTitle")} columns={columns} rows={doc.versions} rowKey={(v) => v.id} />;
}
