import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { ObjectiveCard } from "@/components/iso/objective-card";
import { CreateObjectiveForm } from "@/components/iso/objective-forms";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { listObjectives } from "@/lib/iso/objectives/queries";
import { listPositionOptions } from "@/lib/iso/risks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.objective.listTitle") };
}

export default async function ObjectivesPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const [objectives, positions] = await Promise.all([
    listObjectives(actor, regency.id),
    listPositionOptions(actor, regency.id),
  ]);
  if (!objectives || !positions) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  return (
    <>
      <PageHeader
        title={t("iso.title")}
        description={t("iso.sections.objectivesHint")}
        actions={
          <LinkButton href="/iso/objectives/print" variant="secondary">
            {t("iso.print.open")}
          </LinkButton>
        }
      />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          {objectives.length === 0 && <EmptyState title={t("iso.objective.empty")} />}
          {objectives.map((o) => (
            <ObjectiveCard
              key={o.id}
              objective={o}
              canManage={canManage}
              t={t}
              locale={locale}
              timeZone={regency.timeZone}
            />
          ))}
        </div>
        {canManage && (
          <Card title={t("iso.objective.new")}>
            <CreateObjectiveForm regencyId={regency.id} positions={positions} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
