import Link from "@/components/ui/link";
import type { AuditEventView } from "@/lib/audit/present";
import type { Translate } from "@/lib/i18n/translate";

/** The sentence of an event with its record as a link (when the record still has a page). */
export function AuditSentence({ event }: { event: AuditEventView }) {
  const { before, record, after } = event.sentence;
  return (
    <>
      {before}
      {event.recordHref ? (
        <Link href={event.recordHref} className="font-medium text-emerald-800 underline">
          {record}
        </Link>
      ) : (
        <span className="font-medium">{record}</span>
      )}
      {after}
    </>
  );
}

/** Each changed field with its label: "Tahap: Analisis → Aksi". */
export function AuditChanges({ event }: { event: AuditEventView }) {
  if (!event.changes.length) return null;
  return (
    <dl className="mt-1 space-y-0.5 text-xs text-slate-700">
      {event.changes.map((c, i) => (
        <div key={i} className="break-words">
          <dt className="inline font-medium">{c.field}: </dt>
          <dd className="inline">
            {c.from !== null && (
              <>
                <span className="text-slate-500">{c.from}</span> →{" "}
              </>
            )}
            <span>{c.to}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The trail as sentences, newest first: time and place above, what changed below. */
export function AuditEventList({ events, t }: { events: AuditEventView[]; t: Translate }) {
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label={t("audit.title")}>
      {events.map((e) => (
        <li key={e.seq} className="px-3 py-3 sm:px-4">
          <div className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600">
            <span>{e.when}</span>
            {e.regencyName && <span>{e.regencyName}</span>}
            <span>{e.recordType}</span>
            <span>
              {t("audit.seq")} {e.seq}
            </span>
            {e.ip && (
              <span>
                {t("audit.ip")} {e.ip}
              </span>
            )}
          </div>
          <p className="mt-1 text-sm break-words text-slate-900">
            <AuditSentence event={e} />
          </p>
          <AuditChanges event={e} />
        </li>
      ))}
    </ol>
  );
}
