import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { ApproverSettingForm } from "@/components/publications/approver-setting-form";
import { ReviewQueueTable } from "@/components/publications/publication-tables";
import { PublicationsSubnav } from "@/components/publications/subnav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { getApproverSettings, listPublications } from "@/lib/publications/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("publications.reviewQueue") };
}

export default async function ReviewQueuePage() {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const [queue, settings, t, locale] = await Promise.all([
    listPublications(actor, regency.id, { status: "submitted" }),
    getApproverSettings(actor, regency.id),
    getT(),
    getLocale(),
  ]);
  if (!queue || !settings) notFound();
  return (
    <>
      <PageHeader title={t("publications.reviewQueue")} description={t("publications.reviewDescription")} />
      <PublicationsSubnav t={t} current="review" />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div>
          {queue.items.length === 0 ? (
            <EmptyState title={t("publications.emptyQueue")} />
          ) : (
            <ReviewQueueTable rows={queue.items} t={t} locale={locale} timeZone={regency.timeZone} />
          )}
        </div>
        <Card title={t("publications.detail.approverSetting")}>
          <p className="mb-3 text-sm text-slate-700">
            {t("publications.detail.approverNow", {
              names: settings.effective.join(", ") || t("publications.detail.approverNone"),
            })}
          </p>
          {can(actor, "publications.approve", regency.id) && (
            <ApproverSettingForm regencyId={regency.id} settings={settings} t={t} />
          )}
        </Card>
      </div>
    </>
  );
}
