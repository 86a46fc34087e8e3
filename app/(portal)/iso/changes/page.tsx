import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateChangeForm } from "@/components/iso/change-forms";
import { ChangeTable } from "@/components/iso/change-table";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { listChanges, listIssueOptions } from "@/lib/iso/changes/queries";
import { listPositionOptions } from "@/lib/iso/risks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.change.listTitle") };
}

export default async function ChangesPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const [changes, positions, issues] = await Promise.all([
    listChanges(actor, regency.id),
    listPositionOptions(actor, regency.id),
    listIssueOptions(actor, regency.id),
  ]);
  if (!changes || !positions) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  return (
    <>
      <PageHeader title={t("iso.title")} description={t("iso.sections.changesHint")} />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div>
          {changes.length === 0 ? (
            <EmptyState title={t("iso.change.empty")} />
          ) : (
            <ChangeTable rows={changes} t={t} locale={locale} timeZone={regency.timeZone} />
          )}
        </div>
        {canManage && (
          <Card title={t("iso.change.new")}>
            <CreateChangeForm regencyId={regency.id} positions={positions} issues={issues} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
