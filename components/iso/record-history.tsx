import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

export type HistoryEntry = {
  id: string;
  event: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  createdAt: Date;
  actor: { name: string } | null;
};

/** Every state a record went through, with who and why: the record is kept, never overwritten. */
export function RecordHistory({
  entries,
  t,
  locale,
  timeZone,
}: {
  entries: HistoryEntry[];
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  return (
    <Card title={t("iso.history.title")}>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t("iso.history.empty")}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
          {entries.map((e) => (
            <li key={e.id} className="text-sm">
              <p className="font-medium text-slate-900">{t(`iso.events.${e.event}`)}</p>
              <p className="text-xs text-slate-600">
                {formatDateTime(e.createdAt, locale, timeZone)}
                {e.actor && <> · {t("iso.history.by", { name: e.actor.name })}</>}
              </p>
              {e.note && <p className="mt-1 whitespace-pre-line text-slate-700">{e.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
