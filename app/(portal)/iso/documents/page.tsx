import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CreateDocumentForm } from "@/components/iso/document-forms";
import { DocumentTable } from "@/components/iso/document-table";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { listDocuments } from "@/lib/iso/documents/queries";
import { listAgencyOptions } from "@/lib/iso/nonconformities/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.doc.listTitle") };
}

const filterSchema = z.object({ after: z.string().max(60).optional().catch(undefined) });

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const filter = filterSchema.parse(await searchParams);
  const [result, agencies] = await Promise.all([
    listDocuments(actor, regency.id, filter),
    listAgencyOptions(actor, regency.id),
  ]);
  if (!result || !agencies) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  const now = new Date();
  return (
    <>
      <PageHeader title={t("iso.title")} description={t("iso.sections.documentsHint")} />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div>
          {result.items.length === 0 ? (
            <EmptyState title={t("iso.doc.empty")} />
          ) : (
            <DocumentTable rows={result.items} now={now} t={t} locale={locale} timeZone={regency.timeZone} />
          )}
          <Pagination
            basePath="/iso/documents"
            params={{ after: filter.after }}
            cursorName="after"
            nextCursor={result.nextCursor}
            labels={{ first: t("common.firstPage"), next: t("common.nextPage") }}
          />
        </div>
        {canManage && (
          <Card title={t("iso.doc.new")}>
            <CreateDocumentForm regencyId={regency.id} agencies={agencies} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
