import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { PrintField } from "@/components/iso/print-sheet";
import { ReviewStatusBadge } from "@/components/iso/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { addReviewActionAction, approveReviewAction, completeReviewActionAction, updateReviewAction } from "@/lib/iso/reviews/actions";
import { getReview } from "@/lib/iso/reviews/queries";
import { listPositionOptions } from "@/lib/iso/risks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.review.listTitle") };
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const r = await getReview(actor, id);
  if (!r) notFound();
  const [t, locale, positions] = await Promise.all([getT(), getLocale(), listPositionOptions(actor, r.regencyId)]);
  if (!positions) notFound();
  const canManage = can(actor, "iso.manage", r.regencyId);
  const draft = r.status === "draft";
  const i = r.inputs;
  const stages = Object.entries(i.issues.byStage).map(([k, v]) => `${t(`issues.stages.${k}`)}: ${v}`).join(" · ");
  const findings = Object.entries(i.audits.findings).map(([k, v]) => `${t(`iso.findingKind.${k}`)}: ${v}`).join(" · ");
  return (
    <>
      <PageHeader
        title={r.title}
        actions={<LinkButton href={`/iso/reviews/${r.id}/print`} variant="secondary">{t("iso.print.open")}</LinkButton>}
        breadcrumb={<Link href="/iso/reviews" className="hover:underline">{t("iso.review.listTitle")}</Link>}
        description={<><ReviewStatusBadge status={r.status} t={t} /> · {formatDate(r.meetingDate, locale)}{r.chairPosition && <> · {r.chairPosition.title}</>}</>}
      />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <Card title={t("iso.review.inputsTitle")}>
            <p className="mb-2 text-xs text-slate-600">{r.live ? t("iso.review.inputsLive") : t("iso.review.inputsFrozen", { date: formatDateTime(i.asOf, locale) })}</p>
            <dl>
              <PrintField label={t("iso.review.inNc")}>{`${i.nonconformities.open} / ${i.nonconformities.in_progress} / ${i.nonconformities.awaiting_verification} / ${i.nonconformities.closed}`}</PrintField>
              <PrintField label={t("iso.review.inOverdue")}>{String(i.nonconformities.overdueActions)}</PrintField>
              <PrintField label={t("iso.review.inAudits", { year: i.audits.year })}>{`${i.audits.completed} / ${i.audits.planned}`}</PrintField>
              <PrintField label={t("iso.review.inFindings", { year: i.audits.year })}>{findings}</PrintField>
              <PrintField label={t("iso.review.inObjectives")}>{t("iso.overview.objectivesMetValue", i.objectives)}</PrintField>
              <PrintField label={t("iso.review.inIssues")}>{`${i.issues.total}${stages ? ` (${stages})` : ""}`}</PrintField>
              <PrintField label={t("iso.review.inRisks")}>{`${i.risks.total} (${i.risks.high})`}</PrintField>
              <PrintField label={t("iso.review.inEarlier")}>{`${i.earlierActions.done} / ${i.earlierActions.total} (${i.earlierActions.overdue})`}</PrintField>
              <PrintField label={t("iso.review.inAssessment")}>{i.assessment ? `${i.assessment.period}: ${t("iso.assessment.counts", { ...i.assessment, not_measurable: 39 - i.assessment.red - i.assessment.yellow - i.assessment.green })}` : ""}</PrintField>
            </dl>
          </Card>
          <Card title={t("iso.review.decisions")}>
            {draft && canManage ? (
              <ActionForm action={updateReviewAction} submitLabel={t("iso.review.save")} pendingLabel={t("common.saving")} resetOnSuccess={false}>
                <HiddenField name="id" value={r.id} />
                <HiddenField name="version" value={r.version} />
                <TextArea name="attendees" label={t("iso.review.attendees")} defaultValue={r.attendees} rows={3} maxLength={5000} />
                <TextArea name="decisions" label={t("iso.review.decisions")} defaultValue={r.decisions} rows={6} maxLength={20000} />
              </ActionForm>
            ) : (
              <dl>
                <PrintField label={t("iso.review.attendees")}>{r.attendees}</PrintField>
                <PrintField label={t("iso.review.decisions")}>{r.decisions}</PrintField>
              </dl>
            )}
          </Card>
          <Card title={t("iso.review.actionsTitle")}>
            {r.actions.length === 0 ? <p className="text-sm text-slate-600">{t("iso.review.actionsEmpty")}</p> : (
              <ul className="divide-y divide-slate-100">
                {r.actions.map((a) => (
                  <li key={a.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
                    <span className="min-w-0 flex-1">{a.description}<span className="block text-xs text-slate-600">{a.ownerPosition?.title ?? "—"} · {t("iso.review.dueDate")}: {formatDate(a.dueDate, locale)}</span></span>
                    {a.doneAt ? <Badge tone="green">{t("iso.review.done", { date: formatDate(a.doneAt, locale) })}</Badge> : canManage ? (
                      <ActionForm action={completeReviewActionAction} submitLabel={t("iso.review.markDone")} pendingLabel={t("common.saving")} variant="secondary" className="inline-block">
                        <HiddenField name="reviewId" value={r.id} />
                        <HiddenField name="actionId" value={a.id} />
                      </ActionForm>
                    ) : <Badge>{t("iso.review.pending")}</Badge>}
                  </li>
                ))}
              </ul>
            )}
            {draft && canManage && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <ActionForm action={addReviewActionAction} submitLabel={t("iso.review.addAction")} pendingLabel={t("common.saving")}>
                  <HiddenField name="reviewId" value={r.id} />
                  <TextField name="description" label={t("iso.review.actionDescription")} required maxLength={2000} />
                  <div className="grid gap-3 sm:grid-cols-2">
                    <SelectField name="ownerPositionId" label={t("iso.review.owner")} placeholder={t("iso.review.noChair")} options={positions.map((p) => ({ value: p.id, label: p.title }))} />
                    <TextField name="dueDate" type="date" label={t("iso.review.dueDate")} required />
                  </div>
                </ActionForm>
              </div>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          {(!draft || can(actor, "iso.approve", r.regencyId)) && <Card>
            {r.approvedBy && r.approvedAt && <p className="text-sm text-slate-700">{t("iso.review.approvedBy", { name: r.approvedBy.name, date: formatDateTime(r.approvedAt, locale) })}</p>}
            {!draft && <p className="mt-2 text-sm text-slate-600">{t("iso.review.locked")}</p>}
            {draft && can(actor, "iso.approve", r.regencyId) && (
              <ActionForm action={approveReviewAction} submitLabel={t("iso.review.approve")} pendingLabel={t("common.saving")} confirm={t("iso.review.approveConfirm")}>
                <HiddenField name="id" value={r.id} />
                <HiddenField name="version" value={r.version} />
              </ActionForm>
            )}
          </Card>}
        </div>
      </div>
    </>
  );
}
