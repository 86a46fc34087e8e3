import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ObligationCard } from "@/components/regencies/obligation-card";
import {
  CreateObligationForm,
  EditObligationForm,
  ObligationStatusForm,
} from "@/components/regencies/obligation-forms";
import { RegencyBreadcrumb, RegencyNav } from "@/components/regencies/regency-nav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { getLocale, getT } from "@/lib/i18n/server";
import { getLeadership } from "@/lib/leadership/queries";
import { listObligations } from "@/lib/regencies/queries";
import { loadRegency } from "../regency";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("regencies.obligations.title") };
}

export default async function ObligationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { actor, regency } = await loadRegency((await params).slug);
  const manage = can(actor, "regency.manage", regency.id);
  const [t, locale, obligations, positions] = await Promise.all([
    getT(),
    getLocale(),
    listObligations(actor, regency.id),
    manage ? getLeadership(actor, regency.id) : null,
  ]);
  const overdue = obligations.filter((o) => o.overdue).length;
  return (
    <>
      <PageHeader
        breadcrumb={<RegencyBreadcrumb regency={regency} t={t} />}
        title={t("regencies.obligations.title")}
        description={t("regencies.obligations.description")}
      />
      <RegencyNav slug={regency.slug} current="/obligations" t={t} />
      {overdue > 0 && (
        <p className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("regencies.obligations.overdueSummary", { count: overdue })}
        </p>
      )}
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div>
          {obligations.length === 0 ? (
            <EmptyState title={t("regencies.obligations.empty")} />
          ) : (
            <ul className="space-y-3">
              {obligations.map((o) => (
                <ObligationCard key={o.id} obligation={o} t={t} locale={locale} timeZone={regency.timeZone}>
                  {manage && <EditObligationForm obligation={o} positions={positions ?? []} t={t} />}
                  {manage && <ObligationStatusForm obligation={o} t={t} />}
                </ObligationCard>
              ))}
            </ul>
          )}
        </div>
        {manage && (
          <Card title={t("regencies.obligations.addTitle")}>
            <CreateObligationForm regencyId={regency.id} positions={positions ?? []} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
