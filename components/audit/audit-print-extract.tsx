import type { AuditEventView } from "@/lib/audit/present";
import type { Translate } from "@/lib/i18n/translate";
import { AuditChanges } from "./audit-event-list";

export type ChainStatus = { count: number; broken: { seq: string; reason: "hash" | "link" | "gap" } | null };

/**
 * The printed extract's body: the chain's verification status, the filters applied and the
 * events as sentences. The page around it (title block, letterhead) belongs to the caller, so
 * the official letterhead layout can wrap it unchanged.
 */
export function AuditPrintExtract({
  events,
  chain,
  filters,
  shown,
  t,
}: {
  events: AuditEventView[];
  chain: ChainStatus;
  filters: string[];
  shown: string;
  t: Translate;
}) {
  return (
    <div className="text-sm text-slate-900">
      <section aria-labelledby="audit-chain-status" className="mb-3 rounded border border-slate-400 p-2">
        <h2 id="audit-chain-status" className="text-xs font-semibold text-slate-700 uppercase">
          {t("audit.print.chainTitle")}
        </h2>
        <p className={chain.broken ? "font-semibold text-red-800" : "font-semibold text-emerald-900"}>
          {chain.broken
            ? t("audit.print.chainBroken", {
                seq: chain.broken.seq,
                reason: t(`audit.print.reasons.${chain.broken.reason}`),
                count: chain.count,
              })
            : t("audit.print.chainOk", { count: chain.count })}
        </p>
      </section>
      <p className="mb-1 text-xs">
        <span className="font-semibold">{t("audit.print.filters")}: </span>
        {filters.length ? filters.join(" · ") : t("audit.print.noFilters")}
      </p>
      <p className="mb-3 text-xs text-slate-700">{shown}</p>
      <div
        className="overflow-x-auto print:overflow-visible"
        tabIndex={0}
        role="region"
        aria-label={t("audit.print.title")}
      >
        <table className="w-full border-collapse text-left text-xs">
          <caption className="sr-only">{t("audit.print.title")}</caption>
          <thead>
            <tr className="border-b border-slate-500">
              <th className="py-1 pr-2">{t("audit.seq")}</th>
              <th className="py-1 pr-2">{t("audit.time")}</th>
              <th className="py-1">{t("audit.sentence")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.seq} className="print-avoid-break border-b border-slate-200 align-top">
                <td className="py-1 pr-2">{e.seq}</td>
                <td className="py-1 pr-2">{e.when}</td>
                <td className="py-1 break-words">
                  {e.text}
                  <AuditChanges event={e} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
