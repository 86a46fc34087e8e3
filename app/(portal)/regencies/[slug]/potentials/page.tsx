import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { PotentialCard } from "@/components/regencies/potential-card";
import { CreatePotentialForm, ManagePotentialForms } from "@/components/regencies/potential-forms";
import { RegencyBreadcrumb, RegencyNav } from "@/components/regencies/regency-nav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { getLocale, getT } from "@/lib/i18n/server";
import { listLinkableIssues, listPotentials } from "@/lib/regencies/queries";
import { loadRegency } from "../regency";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("regencies.potentials.title") };
}

export default async function PotentialsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { actor, regency } = await loadRegency((await params).slug);
  const manage = can(actor, "regency.manage", regency.id);
  const [t, locale, potentials, issues] = await Promise.all([
    getT(),
    getLocale(),
    listPotentials(actor, regency.id),
    manage ? listLinkableIssues(actor, regency.id) : [],
  ]);
  return (
    <>
      <PageHeader
        breadcrumb={<RegencyBreadcrumb regency={regency} t={t} />}
        title={t("regencies.potentials.title")}
        description={t("regencies.potentials.description")}
      />
      <RegencyNav slug={regency.slug} current="/potentials" t={t} />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div>
          {potentials.length === 0 ? (
            <EmptyState title={t("regencies.potentials.empty")} />
          ) : (
            <ul className="space-y-3">
              {potentials.map((p) => (
                <PotentialCard key={p.id} potential={p} t={t} locale={locale}>
                  {manage && <ManagePotentialForms potential={p} issues={issues} t={t} />}
                </PotentialCard>
              ))}
            </ul>
          )}
        </div>
        {manage && (
          <Card title={t("regencies.potentials.addTitle")}>
            <CreatePotentialForm regencyId={regency.id} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
