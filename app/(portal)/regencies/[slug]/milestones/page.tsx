import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { CreateMilestoneForm, EditMilestoneForm } from "@/components/regencies/milestone-forms";
import { MilestoneTimeline } from "@/components/regencies/milestone-timeline";
import { RegencyBreadcrumb, RegencyNav } from "@/components/regencies/regency-nav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { getLocale, getT } from "@/lib/i18n/server";
import { listMilestones, type MilestoneRow } from "@/lib/regencies/queries";
import { loadRegency } from "../regency";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("regencies.milestones.title") };
}

export default async function MilestonesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { actor, regency } = await loadRegency((await params).slug);
  const [t, locale, milestones] = await Promise.all([getT(), getLocale(), listMilestones(actor, regency.id)]);
  const manage = can(actor, "regency.manage", regency.id);
  const edit = (m: MilestoneRow) => <EditMilestoneForm milestone={m} t={t} />;
  return (
    <>
      <PageHeader
        breadcrumb={<RegencyBreadcrumb regency={regency} t={t} />}
        title={t("regencies.milestones.title")}
        description={t("regencies.milestones.description")}
      />
      <RegencyNav slug={regency.slug} current="/milestones" t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <Card>
          {milestones.length ? (
            <MilestoneTimeline
              items={milestones}
              t={t}
              locale={locale}
              timeZone={regency.timeZone}
              edit={manage ? edit : undefined}
            />
          ) : (
            <EmptyState title={t("regencies.milestones.empty")} />
          )}
        </Card>
        {manage && (
          <Card title={t("regencies.milestones.addTitle")}>
            <CreateMilestoneForm regencyId={regency.id} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
