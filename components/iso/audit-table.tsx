import Link from "@/components/ui/link";
import { DataTable, type Column } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { listAudits } from "@/lib/iso/audits/queries";
import { AuditStatusBadge } from "./status-badges";

type AuditRow = NonNullable<Awaited<ReturnType<typeof listAudits>>>["items"][number];

export function AuditTable({
  rows,
  t,
  locale,
  timeZone,
}: {
  rows: AuditRow[];
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const columns: Column<AuditRow>[] = [
    { key: "year", header: t("iso.audit.programYear"), cell: (a) => a.programYear },
    {
      key: "title",
      phone: "primary",
      header: t("iso.audit.titleField"),
      cell: (a) => (
        <Link href={`/iso/audits/${a.id}`} className="font-medium text-emerald-800 hover:underline">
          {a.title}
        </Link>
      ),
    },
    {
      key: "agency",
      header: t("iso.audit.auditedAgency"),
      cell: (a) => a.auditedAgency.shortName ?? a.auditedAgency.name,
    },
    { key: "lead", header: t("iso.audit.leadAuditor"), cell: (a) => a.leadAuditor.name },
    {
      key: "dates",
      header: t("iso.audit.dates"),
      className: "whitespace-nowrap",
      cell: (a) => (
        <>
          {formatDate(a.startDate, locale, timeZone)} – {formatDate(a.endDate, locale, timeZone)}
        </>
      ),
    },
    { key: "findings", header: t("iso.audit.findingsCount"), cell: (a) => a._count.findings },
    { key: "status", header: t("iso.audit.status"), cell: (a) => <AuditStatusBadge status={a.status} t={t} /> },
  ];
  return <DataTable caption={t("iso.audit.listTitle")} columns={columns} rows={rows} rowKey={(a) => a.id} />;
}
