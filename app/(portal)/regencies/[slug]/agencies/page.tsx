import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { CreateAgencyForm } from "@/components/regencies/agency-forms";
import { AgencyTable } from "@/components/regencies/agency-table";
import { RegencyBreadcrumb, RegencyNav } from "@/components/regencies/regency-nav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { listAgencies } from "@/lib/agencies/queries";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { loadRegency } from "../regency";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("agencies.title") };
}

export default async function AgenciesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { actor, regency } = await loadRegency((await params).slug);
  const [t, agencies] = await Promise.all([getT(), listAgencies(actor, regency.id)]);
  if (!agencies) notFound();
  const manage = can(actor, "leadership.manage", regency.id);
  return (
    <>
      <PageHeader
        breadcrumb={<RegencyBreadcrumb regency={regency} t={t} />}
        title={t("agencies.title")}
        description={t("agencies.description")}
      />
      <RegencyNav slug={regency.slug} current="/agencies" t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="opd-title">
          <h2 id="opd-title" className="mb-3 text-sm text-slate-600">
            {t("agencies.count", { count: agencies.length })}
          </h2>
          {agencies.length === 0 ? (
            <EmptyState title={t("agencies.empty")} />
          ) : (
            <AgencyTable agencies={agencies} manage={manage} t={t} />
          )}
        </section>
        {manage && (
          <Card title={t("agencies.createTitle")}>
            <p className="mb-3 text-sm text-slate-600">{t("agencies.createHint")}</p>
            <CreateAgencyForm regencyId={regency.id} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
