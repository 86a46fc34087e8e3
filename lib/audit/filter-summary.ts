import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { AuditFilter } from "./schemas";

type Named = { value: string; label: string }[];

/** The filters in words ("Pelaku: Siti Rahmawati", "Dari tanggal: 1 Des 2026"), for the printed extract and the export. */
export function describeAuditFilter(
  t: Translate,
  locale: Locale,
  f: AuditFilter,
  names: { people: Named; regencies: Named; recordLabel: string | null },
): string[] {
  const nameOf = (list: Named, v: string) => list.find((o) => o.value === v)?.label ?? v;
  const day = (d: string) => formatDate(`${d}T00:00:00Z`, locale, "UTC");
  const out: string[] = [];
  if (f.regencyId) out.push(`${t("audit.filter.regency")}: ${nameOf(names.regencies, f.regencyId)}`);
  if (f.person) out.push(`${t("audit.filter.person")}: ${nameOf(names.people, f.person)}`);
  if (f.type) out.push(`${t("audit.filter.recordType")}: ${t(`audit.recordTypes.${f.type}`)}`);
  if (f.record) out.push(`${t("audit.filter.record")}: ${names.recordLabel ?? f.record}`);
  if (f.from) out.push(`${t("audit.filter.from")}: ${day(f.from)}`);
  if (f.to) out.push(`${t("audit.filter.to")}: ${day(f.to)}`);
  return out;
}
