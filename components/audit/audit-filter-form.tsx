import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";
import { AUDIT_RECORD_TYPES } from "@/lib/audit/catalog";
import type { AuditFilter } from "@/lib/audit/schemas";
import type { Translate } from "@/lib/i18n/translate";

const inputClass =
  "block w-full max-w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-emerald-600 focus:outline-2 focus:outline-emerald-600";
const labelClass = "mb-1 block text-xs font-medium text-slate-700";

type Option = { value: string; label: string };

/**
 * The trail's filters as a plain GET form: works without JavaScript, and the URL is the filter
 * (the CSV and the printed extract take the same parameters). A record chosen from a record's
 * page ("Riwayat audit") travels as a hidden field until it is cleared.
 */
export function AuditFilterForm({
  filter,
  people,
  regencies,
  recordLabel,
  clearRecordHref,
  zoneHint,
  t,
}: {
  filter: AuditFilter;
  people: Option[];
  regencies: Option[];
  recordLabel: string | null;
  clearRecordHref: string;
  zoneHint: string;
  t: Translate;
}) {
  const select = (name: "person" | "type" | "regencyId", label: string, any: string, options: Option[]) => (
    <div className="min-w-0">
      <label htmlFor={`f-${name}`} className={labelClass}>
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={filter[name] ?? ""} className={inputClass}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const date = (name: "from" | "to", label: string) => (
    <div className="min-w-0">
      <label htmlFor={`f-${name}`} className={labelClass}>
        {label}
      </label>
      <input id={`f-${name}`} type="date" name={name} defaultValue={filter[name]} className={inputClass} />
    </div>
  );
  const types = AUDIT_RECORD_TYPES.map((r) => ({ value: r, label: t(`audit.recordTypes.${r}`) })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
  return (
    <form
      method="get"
      action="/audit"
      role="search"
      aria-label={t("audit.filter.title")}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-3"
    >
      {filter.record && <input type="hidden" name="record" value={filter.record} />}
      {filter.record && (
        <p className="mb-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-800">
          <span className="font-medium">{t("audit.filter.record")}:</span>
          <span className="min-w-0 break-words">{recordLabel ?? filter.record}</span>
          <Link className="text-emerald-800 underline" href={clearRecordHref}>
            {t("audit.filter.clearRecord")}
          </Link>
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {select("person", t("audit.filter.person"), t("audit.filter.anyPerson"), people)}
        {select("type", t("audit.filter.recordType"), t("audit.filter.anyType"), types)}
        {regencies.length > 1 &&
          select("regencyId", t("audit.filter.regency"), t("audit.filter.anyRegency"), regencies)}
        {date("from", t("audit.filter.from"))}
        {date("to", t("audit.filter.to"))}
      </div>
      <p className="mt-2 text-xs text-slate-600">{zoneHint}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button className={buttonClass("primary")}>{t("audit.filter.apply")}</button>
        <Link className={buttonClass("secondary")} href="/audit">
          {t("audit.filter.reset")}
        </Link>
      </div>
    </form>
  );
}
