import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { CreateRiskForm } from "@/components/iso/risk-forms";
import { RiskTable } from "@/components/iso/risk-table";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { listPositionOptions, listRisks } from "@/lib/iso/risks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.risk.listTitle") };
}

export default async function RisksPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const [risks, positions] = await Promise.all([listRisks(actor, regency.id), listPositionOptions(actor, regency.id)]);
  if (!risks || !positions) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  const today = new Date();
  return (
    <>
      <PageHeader
        title={t("iso.title")}
        description={t("iso.sections.risksHint")}
        actions={
          <LinkButton href="/iso/risks/print" variant="secondary">
            {t("iso.print.open")}
          </LinkButton>
        }
      />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div>
          {risks.length === 0 ? (
            <EmptyState title={t("iso.risk.empty")} />
          ) : (
            <RiskTable
              rows={risks}
              positions={positions}
              canManage={canManage}
              today={today}
              t={t}
              locale={locale}
              timeZone={regency.timeZone}
            />
          )}
        </div>
        {canManage && (
          <Card title={t("iso.risk.new")}>
            <CreateRiskForm regencyId={regency.id} positions={positions} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
