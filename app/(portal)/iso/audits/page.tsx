import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CreateAuditForm } from "@/components/iso/audit-forms";
import { AuditTable } from "@/components/iso/audit-table";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { listAuditorOptions, listAudits } from "@/lib/iso/audits/queries";
import { listAgencyOptions } from "@/lib/iso/nonconformities/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.audit.listTitle") };
}

const filterSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  after: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}_[0-9a-f-]{36}$/)
    .optional()
    .catch(undefined),
});

export default async function AuditsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const filter = filterSchema.parse(await searchParams);
  const [result, agencies, auditors] = await Promise.all([
    listAudits(actor, regency.id, filter),
    listAgencyOptions(actor, regency.id),
    listAuditorOptions(actor, regency.id),
  ]);
  if (!result || !agencies || !auditors) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  return (
    <>
      <PageHeader title={t("iso.title")} description={t("iso.sections.auditsHint")} />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div>
          {result.items.length === 0 ? (
            <EmptyState title={t("iso.audit.empty")} />
          ) : (
            <AuditTable rows={result.items} t={t} locale={locale} timeZone={regency.timeZone} />
          )}
          <Pagination
            basePath="/iso/audits"
            params={{ year: filter.year ? String(filter.year) : undefined, after: filter.after }}
            cursorName="after"
            nextCursor={result.nextCursor}
            labels={{ first: t("common.firstPage"), next: t("common.nextPage") }}
          />
        </div>
        {canManage && (
          <Card title={t("iso.audit.new")}>
            <CreateAuditForm regencyId={regency.id} agencies={agencies} auditors={auditors} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
