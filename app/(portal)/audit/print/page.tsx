import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditPrintExtract } from "@/components/audit/audit-print-extract";
import { PrintSheet } from "@/components/iso/print-sheet";
import { verifyVisibleChains, AUDIT_EXPORT_LIMIT } from "@/lib/audit/queries";
import { auditFilterParams, auditFilterSchema } from "@/lib/audit/schemas";
import { auditExportView } from "@/lib/audit/view";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("audit.print.title") };
}

/** The filtered trail to be filed: the hash chain's verification first, then the events as sentences. */
export default async function AuditPrintPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const filter = auditFilterSchema.parse(await searchParams);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const [view, chain] = await Promise.all([auditExportView(actor, filter, t, locale), verifyVisibleChains(actor)]);
  if (!view || !chain) notFound();
  const kept = Object.entries(auditFilterParams(filter)).filter((e): e is [string, string] => !!e[1]);
  return (
    <PrintSheet
      title={t("audit.print.title")}
      subtitle={actor.isAdmin ? t("audit.descriptionAdmin") : t("audit.description")}
      printLabel={t("iso.print.button")}
      backHref={`/audit${kept.length ? `?${new URLSearchParams(kept)}` : ""}`}
      backLabel={t("common.back")}
      footer={t("audit.print.printedAt", { date: formatDateTime(new Date(), locale), name: actor.name })}
    >
      <AuditPrintExtract
        events={view.events}
        chain={chain}
        filters={view.filters}
        shown={t("audit.print.shown", { count: view.events.length, limit: AUDIT_EXPORT_LIMIT })}
        t={t}
      />
    </PrintSheet>
  );
}
