import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditPrintExtract } from "@/components/audit/audit-print-extract";
import { PrintButton } from "@/components/print/print-button";
import { buttonClass } from "@/components/ui/button";
import { verifyVisibleChains, AUDIT_EXPORT_LIMIT } from "@/lib/audit/queries";
import { auditFilterParams, auditFilterSchema } from "@/lib/audit/schemas";
import { auditExportView } from "@/lib/audit/view";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("audit.print.title") };
}

// On paper only the extract shows (the portal's header and navigation are hidden by the global
// print rules; the buttons here by data-no-print), on A4 with margins.
const PRINT_CSS = `
@page { size: A4; margin: 16mm 14mm; }
@media print {
  [data-no-print] { display: none !important; }
  body, .bg-slate-50 { background: #fff !important; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .print-avoid-break { break-inside: avoid; }
}`;

/**
 * The filtered trail to be filed: title, the hash chain's verification, the filters, the events
 * as sentences. A plain layout: the official letterhead (components/print) wraps AuditPrintExtract.
 */
export default async function AuditPrintPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const filter = auditFilterSchema.parse(await searchParams);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const [view, chain] = await Promise.all([auditExportView(actor, filter, t, locale), verifyVisibleChains(actor)]);
  if (!view || !chain) notFound();
  const kept = Object.entries(auditFilterParams(filter)).filter((e): e is [string, string] => !!e[1]);
  const regencies = actor.isAdmin ? t("audit.filter.anyRegency") : view.regencies.join(", ");
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div data-no-print className="mb-4 flex flex-wrap gap-2">
        <PrintButton label={t("common.print")} />
        <a className={buttonClass("secondary")} href={`/audit${kept.length ? `?${new URLSearchParams(kept)}` : ""}`}>
          {t("common.back")}
        </a>
      </div>
      <article className="mx-auto max-w-4xl rounded-lg border border-slate-200 bg-white p-3 sm:p-6 print:border-0 print:p-0">
        <div className="mb-4 border-b-2 border-slate-800 pb-3">
          <h1 className="text-xl font-semibold text-slate-900">{t("audit.print.title")}</h1>
          <p className="mt-1 text-sm text-slate-700">{regencies}</p>
        </div>
        <AuditPrintExtract
          events={view.events}
          chain={chain}
          filters={view.filters}
          shown={t("audit.print.shown", { count: view.events.length, limit: AUDIT_EXPORT_LIMIT })}
          t={t}
        />
        <p className="mt-8 border-t border-slate-300 pt-2 text-xs text-slate-600">
          {t("audit.print.printedAt", { date: formatDateTime(new Date(), locale, view.timeZone), name: actor.name })}
        </p>
      </article>
    </>
  );
}
