import { filterFieldClass, filterSelectClass } from "@/components/issues/input-class";
import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { NonconformityRow } from "@/lib/iso/nonconformities/queries";
import { NC_STATUSES } from "@/lib/iso/nonconformities/schemas";
import { NcStatusBadge } from "./status-badges";
import { isPastDay } from "@/lib/regencies/time-zone";

/** Narrows the register to one status (a plain GET form). */
export function NcStatusFilter({ status, overdue, t }: { status?: string; overdue?: boolean; t: Translate }) {
  return (
    <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
      <div className={filterFieldClass}>
        <label htmlFor="nc-status" className="mb-1 block text-sm font-medium text-slate-800">
          {t("iso.nc.status")}
        </label>
        <select id="nc-status" name="status" defaultValue={status ?? ""} className={filterSelectClass}>
          <option value="">{t("iso.nc.filterAll")}</option>
          {NC_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`iso.status.nc.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 py-2 text-sm text-slate-800">
        <input type="checkbox" name="overdue" value="1" defaultChecked={overdue} />
        {t("iso.nc.filterOverdue")}
      </label>
      <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t("common.filter")}</button>
    </form>
  );
}

/** Done/total corrective actions, flagged when an open one is past due. */
function ActionProgress({ nc, now, timeZone, t }: { nc: NonconformityRow; now: Date; timeZone: string; t: Translate }) {
  const open = nc.actions.filter((a) => !a.doneAt);
  const overdue = open.some((a) => isPastDay(a.dueDate, now, timeZone)) && nc.status !== "closed";
  return (
    <>
      {nc.actions.length - open.length}/{nc.actions.length}
      {overdue && (
        <span className="ml-2">
          <Badge tone="red">{t("iso.nc.overdue")}</Badge>
        </span>
      )}
    </>
  );
}

export function NcTable({
  rows,
  now,
  t,
  locale,
  timeZone,
}: {
  rows: NonconformityRow[];
  now: Date;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const columns: Column<NonconformityRow>[] = [
    {
      key: "number",
      header: t("iso.nc.numberHeader"),
      className: "whitespace-nowrap font-mono",
      cell: (nc) => t("iso.nc.number", { number: nc.number }),
    },
    {
      key: "title",
      phone: "primary",
      header: t("iso.nc.titleField"),
      cell: (nc) => (
        <>
          <Link href={`/iso/nonconformities/${nc.id}`} className="font-medium text-emerald-800 hover:underline">
            {nc.title}
          </Link>
          <div className="text-xs text-slate-600">
            {nc.agency?.shortName ?? nc.agency?.name ?? ""} {formatDate(nc.createdAt, locale, timeZone)}
          </div>
        </>
      ),
    },
    { key: "source", header: t("iso.nc.source"), cell: (nc) => t(`iso.source.${nc.source}`) },
    {
      key: "severity",
      header: t("iso.nc.severity"),
      cell: (nc) => <Badge tone={nc.severity === "major" ? "red" : "yellow"}>{t(`iso.severity.${nc.severity}`)}</Badge>,
    },
    { key: "status", header: t("iso.nc.status"), cell: (nc) => <NcStatusBadge status={nc.status} t={t} /> },
    {
      key: "actions",
      header: t("iso.nc.actionsHeader"),
      className: "whitespace-nowrap",
      cell: (nc) => <ActionProgress nc={nc} now={now} timeZone={timeZone} t={t} />,
    },
  ];
  return <DataTable caption={t("iso.nc.listTitle")} columns={columns} rows={rows} rowKey={(nc) => nc.id} />;
}
