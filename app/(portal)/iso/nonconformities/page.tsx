import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { CreateNonconformityForm } from "@/components/iso/nc-create-form";
import { NcStatusFilter, NcTable } from "@/components/iso/nc-list";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { listAgencyOptions, listNonconformities } from "@/lib/iso/nonconformities/queries";
import { nonconformityFilterSchema } from "@/lib/iso/nonconformities/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.nc.listTitle") };
}

export default async function NonconformitiesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const filter = nonconformityFilterSchema.parse(await searchParams);
  const [result, agencies] = await Promise.all([
    listNonconformities(actor, regency.id, filter),
    listAgencyOptions(actor, regency.id),
  ]);
  if (!result || !agencies) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  const now = new Date();
  return (
    <>
      <PageHeader title={t("iso.title")} description={t("iso.sections.nonconformitiesHint")} />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div>
          <NcStatusFilter status={filter.status} overdue={!!filter.overdue} t={t} />
          {result.items.length === 0 ? (
            <EmptyState title={t("iso.nc.empty")} />
          ) : (
            <NcTable rows={result.items} now={now} t={t} locale={locale} timeZone={regency.timeZone} />
          )}
          <Pagination
            basePath="/iso/nonconformities"
            params={{
              status: filter.status,
              overdue: filter.overdue,
              after: filter.after ? String(filter.after) : undefined,
            }}
            cursorName="after"
            nextCursor={result.nextCursor}
            labels={{ first: t("common.firstPage"), next: t("common.nextPage") }}
          />
        </div>
        {canManage && (
          <Card title={t("iso.nc.new")}>
            <CreateNonconformityForm regencyId={regency.id} agencies={agencies} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
