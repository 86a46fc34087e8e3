import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { MilestoneTimeline } from "@/components/regencies/milestone-timeline";
import { RegencyNav } from "@/components/regencies/regency-nav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { getLocale, getT } from "@/lib/i18n/server";
import { createMilestoneAction } from "@/lib/regencies/actions";
import { listMilestones } from "@/lib/regencies/queries";
import { MILESTONE_KINDS } from "@/lib/regencies/schemas";
import { loadRegency } from "../regency";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("regencies.milestones.title") };
}

export default async function MilestonesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { actor, regency } = await loadRegency((await params).slug);
  const [t, locale, milestones] = await Promise.all([getT(), getLocale(), listMilestones(actor, regency.id)]);
  return (
    <>
      <PageHeader breadcrumb={<Link href={`/regencies/${regency.slug}`} className="hover:underline">{t(`regencyKind.${regency.kind}`)} {regency.name}</Link>} title={t("regencies.milestones.title")} description={t("regencies.milestones.description")} />
      <RegencyNav slug={regency.slug} current="/milestones" t={t} />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <Card>{milestones.length ? <MilestoneTimeline items={milestones} t={t} locale={locale} /> : <EmptyState title={t("regencies.milestones.empty")} />}</Card>
        {can(actor, "regency.manage", regency.id) && (
          <Card title={t("regencies.milestones.addTitle")}>
            <ActionForm action={createMilestoneAction} submitLabel={t("regencies.milestones.add")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <SelectField name="kind" label={t("regencies.milestones.kind")} required options={MILESTONE_KINDS.map((k) => ({ value: k, label: t(`regencies.milestoneKinds.${k}`) }))} />
              <TextField name="title" label={t("regencies.milestones.titleField")} required maxLength={200} />
              <TextField name="date" type="date" label={t("regencies.milestones.date")} required />
              <TextField name="evidence" label={t("regencies.milestones.evidence")} maxLength={500} />
              <TextField name="score" type="number" step="0.01" min={0} max={100} label={t("regencies.milestones.score")} hint={t("regencies.milestones.scoreHint")} />
              <TextArea name="notes" label={t("regencies.milestones.notes")} rows={3} maxLength={2000} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
