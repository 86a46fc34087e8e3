import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditEventList } from "@/components/audit/audit-event-list";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { downloadFormats } from "@/components/imports/download-formats";
import { PageHeader } from "@/components/layout/page-header";
import { buttonClass } from "@/components/ui/button";
import { DownloadMenu } from "@/components/ui/download-menu";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { auditPageView } from "@/lib/audit/view";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("audit.title") };
}

const query = (params: Record<string, string | undefined>) => {
  const kept = Object.entries(params).filter((e): e is [string, string] => !!e[1]);
  return kept.length ? `?${new URLSearchParams(kept)}` : "";
};

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(raw);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const view = await auditPageView(actor, filter, t, locale);
  if (!view) notFound();
  const q = query(view.params);
  return (
    <>
      <PageHeader
        title={t("audit.title")}
        description={actor.isAdmin ? t("audit.descriptionAdmin") : t("audit.description")}
        actions={
          <div className="flex flex-wrap gap-2">
            <DownloadMenu href={`/audit/export${q}`} label={t("spreadsheet.export.menu")} items={downloadFormats(t)} />
            <a className={buttonClass("secondary")} href={`/audit/print${q}`}>
              {t("audit.print.open")}
            </a>
          </div>
        }
      />
      <AuditFilterForm
        filter={filter}
        people={view.personOptions}
        regencies={view.regencyOptions}
        recordLabel={view.recordLabel}
        clearRecordHref={`/audit${query({ ...view.params, record: undefined })}`}
        zoneHint={view.zoneHint}
        t={t}
      />
      {"rangeIgnored" in filter && filter.rangeIgnored && (
        <p role="status" className="mb-3 text-sm text-amber-800">
          {t("audit.filter.invalidRange")}
        </p>
      )}
      {view.events.length === 0 ? (
        <EmptyState title={t("audit.empty")} />
      ) : (
        <AuditEventList events={view.events} t={t} />
      )}
      <Pagination
        basePath="/audit"
        params={{ ...view.params, before: raw.before }}
        cursorName="before"
        nextCursor={view.nextCursor}
        labels={{ first: t("common.firstPage"), next: t("common.nextPage") }}
      />
    </>
  );
}
