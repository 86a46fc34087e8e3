import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { EditInPlace } from "@/components/forms/edit-in-place";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { MilestoneTimeline } from "@/components/regencies/milestone-timeline";
import { RegencyNav } from "@/components/regencies/regency-nav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { getLocale, getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { createMilestoneAction, updateMilestoneAction } from "@/lib/regencies/actions";
import { listMilestones, type MilestoneRow } from "@/lib/regencies/queries";
import { MILESTONE_KINDS } from "@/lib/regencies/schemas";
import { loadRegency } from "../regency";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("regencies.milestones.title") };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function MilestoneFields({ t, m }: { t: Translate; m?: MilestoneRow }) {
  return (
    <>
      <SelectField name="kind" label={t("regencies.milestones.kind")} required defaultValue={m?.kind} options={MILESTONE_KINDS.map((k) => ({ value: k, label: t(`regencies.milestoneKinds.${k}`) }))} />
      <TextField name="title" label={t("regencies.milestones.titleField")} required maxLength={200} defaultValue={m?.title} />
      <TextField name="date" type="date" label={t("regencies.milestones.date")} required defaultValue={m && isoDay(m.date)} />
      <TextField name="evidence" label={t("regencies.milestones.evidence")} maxLength={500} defaultValue={m?.evidence} />
      <TextField name="score" type="number" step="0.01" min={0} max={100} label={t("regencies.milestones.score")} hint={t("regencies.milestones.scoreHint")} defaultValue={m?.score} />
      <TextArea name="notes" label={t("regencies.milestones.notes")} rows={3} maxLength={2000} defaultValue={m?.notes} />
    </>
  );
}

export default async function MilestonesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { actor, regency } = await loadRegency((await params).slug);
  const [t, locale, milestones] = await Promise.all([getT(), getLocale(), listMilestones(actor, regency.id)]);
  const manage = can(actor, "regency.manage", regency.id);
  const edit = (m: MilestoneRow) => (
    <EditInPlace label={t("regencies.milestones.edit")} name={m.title} action={updateMilestoneAction} submitLabel={t("regencies.milestones.save")} pendingLabel={t("common.saving")} id={m.id} version={m.version}>
      <MilestoneFields t={t} m={m} />
    </EditInPlace>
  );
  return (
    <>
      <PageHeader breadcrumb={<Link href={`/regencies/${regency.slug}`} className="hover:underline">{t(`regencyKind.${regency.kind}`)} {regency.name}</Link>} title={t("regencies.milestones.title")} description={t("regencies.milestones.description")} />
      <RegencyNav slug={regency.slug} current="/milestones" t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <Card>{milestones.length ? <MilestoneTimeline items={milestones} t={t} locale={locale} edit={manage ? edit : undefined} /> : <EmptyState title={t("regencies.milestones.empty")} />}</Card>
        {manage && (
          <Card title={t("regencies.milestones.addTitle")}>
            <ActionForm action={createMilestoneAction} submitLabel={t("regencies.milestones.add")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <MilestoneFields t={t} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
