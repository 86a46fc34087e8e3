import { DataTable, type Column } from "@/components/ui/table";
import type { AuditEventRow } from "@/lib/audit/queries";
import type { AuditFilter } from "@/lib/audit/schemas";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

function formatChange(value: unknown): string {
  if (Array.isArray(value) && value.length === 2) return `${JSON.stringify(value[0])} → ${JSON.stringify(value[1])}`;
  return JSON.stringify(value);
}

/** Filters the log by action, entity type and actor (a plain GET form). */
export function AuditFilterForm({ filter, t }: { filter: AuditFilter; t: Translate }) {
  return (
    <form className="mb-4 grid gap-2 sm:grid-cols-4" role="search">
      {(["action", "entityType", "actor"] as const).map((name) => (
        <div key={name}>
          <label htmlFor={`f-${name}`} className="mb-1 block text-xs font-medium text-slate-700">
            {t(`audit.filter.${name}`)}
          </label>
          <input
            id={`f-${name}`}
            name={name}
            defaultValue={filter[name]}
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
        </div>
      ))}
      <div className="flex items-end">
        <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t("common.filter")}</button>
      </div>
    </form>
  );
}

export function AuditEventTable({ events, t, locale }: { events: AuditEventRow[]; t: Translate; locale: Locale }) {
  const columns: Column<AuditEventRow>[] = [
    { key: "seq", header: "#", className: "text-slate-500", cell: (e) => e.seq },
    {
      key: "time",
      header: t("audit.time"),
      className: "whitespace-nowrap",
      cell: (e) => formatDateTime(e.occurredAt, locale),
    },
    {
      key: "actor",
      header: t("audit.actor"),
      cell: (e) => (
        <>
          {e.actorName}
          {e.ip && <div className="text-xs text-slate-500">{e.ip}</div>}
        </>
      ),
    },
    { key: "action", header: t("audit.action"), className: "font-mono text-xs", cell: (e) => e.action },
    {
      key: "entity",
      header: t("audit.entity"),
      className: "text-xs",
      cell: (e) => (
        <>
          {e.entityType}
          <div className="font-mono text-slate-500">{e.entityId.slice(0, 8)}</div>
        </>
      ),
    },
    {
      key: "changes",
      header: t("audit.changes"),
      className: "max-w-md text-xs",
      cell: (e) => (
        <dl className="space-y-0.5">
          {Object.entries(e.changes ?? {}).map(([k, v]) => (
            <div key={k} className="break-words">
              <dt className="inline font-medium">{k}: </dt>
              <dd className="inline">{formatChange(v)}</dd>
            </div>
          ))}
        </dl>
      ),
    },
  ];
  return <DataTable caption={t("audit.title")} columns={columns} rows={events} rowKey={(e) => String(e.seq)} />;
}
