import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditEventTable, AuditFilterForm } from "@/components/audit/audit-event-table";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { listAuditEvents } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("audit.title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(raw);
  const result = await listAuditEvents(actor, filter);
  if (!result) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const params = {
    action: filter.action,
    entityType: filter.entityType,
    actor: filter.actor,
    regencyId: filter.regencyId,
    before: raw.before,
  };
  return (
    <>
      <PageHeader
        title={t("audit.title")}
        description={actor.isAdmin ? t("audit.descriptionAdmin") : t("audit.description")}
      />
      <AuditFilterForm filter={filter} t={t} />
      {result.events.length === 0 ? (
        <EmptyState title={t("audit.empty")} />
      ) : (
        <AuditEventTable events={result.events} t={t} locale={locale} />
      )}
      <Pagination
        basePath="/audit"
        params={params}
        cursorName="before"
        nextCursor={result.nextCursor}
        labels={{ first: t("common.firstPage"), next: t("common.nextPage") }}
      />
    </>
  );
}
