import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { ReviewStatusBadge } from "@/components/iso/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, td, th } from "@/components/ui/table";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { createReviewAction } from "@/lib/iso/reviews/actions";
import { listReviews } from "@/lib/iso/reviews/queries";
import { listPositionOptions } from "@/lib/iso/risks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.review.listTitle") };
}

export default async function ReviewsPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const [reviews, positions] = await Promise.all([listReviews(actor, regency.id), listPositionOptions(actor, regency.id)]);
  if (!reviews || !positions) notFound();
  const canManage = can(actor, "iso.manage", regency.id);
  return (
    <>
      <PageHeader title={t("iso.title")} description={t("iso.sections.reviewsHint")} />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div>
          {reviews.length === 0 ? (
            <EmptyState title={t("iso.review.empty")} />
          ) : (
            <Table caption={t("iso.review.listTitle")} head={<tr><th className={th}>{t("iso.review.meetingDate")}</th><th className={th}>{t("iso.review.titleField")}</th><th className={th}>{t("iso.review.chair")}</th><th className={th}>{t("iso.review.actionsTitle")}</th></tr>}>
              {reviews.map((r) => (
                <tr key={r.id}>
                  <td className={`${td} whitespace-nowrap`}>{formatDate(r.meetingDate, locale)}</td>
                  <td className={td}><Link href={`/iso/reviews/${r.id}`} className="font-medium text-emerald-800 hover:underline">{r.title}</Link> <ReviewStatusBadge status={r.status} t={t} /></td>
                  <td className={td}>{r.chairPosition?.title ?? "—"}</td>
                  <td className={td}>{r._count.actions}</td>
                </tr>
              ))}
            </Table>
          )}
        </div>
        {canManage && (
          <Card title={t("iso.review.new")}>
            <ActionForm action={createReviewAction} submitLabel={t("iso.review.create")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <TextField name="title" label={t("iso.review.titleField")} required maxLength={200} />
              <TextField name="meetingDate" type="date" label={t("iso.review.meetingDate")} required />
              <SelectField name="chairPositionId" label={t("iso.review.chair")} placeholder={t("iso.review.noChair")} options={positions.map((p) => ({ value: p.id, label: p.title }))} />
              <TextArea name="attendees" label={t("iso.review.attendees")} rows={3} maxLength={5000} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
