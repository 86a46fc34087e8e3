import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { PrintField } from "@/components/print/print-field";
import { ReviewActionList, ReviewInputs } from "@/components/iso/review-details";
import { AddReviewActionForm, ApproveReviewForm, UpdateReviewForm } from "@/components/iso/review-forms";
import { ReviewStatusBadge } from "@/components/iso/status-badges";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
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
  const canApprove = can(actor, "iso.approve", r.regencyId);
  const draft = r.status === "draft";
  return (
    <>
      <PageHeader
        title={r.title}
        actions={
          <LinkButton href={`/iso/reviews/${r.id}/print`} variant="secondary">
            {t("iso.print.open")}
          </LinkButton>
        }
        breadcrumb={
          <Link href="/iso/reviews" className="hover:underline">
            {t("iso.review.listTitle")}
          </Link>
        }
        description={
          <>
            <ReviewStatusBadge status={r.status} t={t} /> · {formatDate(r.meetingDate, locale, r.regency.timeZone)}
            {r.chairPosition && <> · {r.chairPosition.title}</>}
          </>
        }
      />
      <IsoTabs t={t} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          <Card title={t("iso.review.inputsTitle")}>
            <ReviewInputs review={r} t={t} locale={locale} timeZone={r.regency.timeZone} />
          </Card>
          <Card title={t("iso.review.decisions")}>
            {draft && canManage ? (
              <UpdateReviewForm review={r} t={t} />
            ) : (
              <dl>
                <PrintField label={t("iso.review.attendees")}>{r.attendees}</PrintField>
                <PrintField label={t("iso.review.decisions")}>{r.decisions}</PrintField>
              </dl>
            )}
          </Card>
          <Card title={t("iso.review.actionsTitle")}>
            <ReviewActionList review={r} canManage={canManage} t={t} locale={locale} timeZone={r.regency.timeZone} />
            {draft && canManage && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <AddReviewActionForm reviewId={r.id} positions={positions} t={t} />
              </div>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          {(!draft || canApprove) && (
            <Card>
              {r.approvedBy && r.approvedAt && (
                <p className="text-sm text-slate-700">
                  {t("iso.review.approvedBy", {
                    name: r.approvedBy.name,
                    date: formatDateTime(r.approvedAt, locale, r.regency.timeZone),
                  })}
                </p>
              )}
              {!draft && <p className="mt-2 text-sm text-slate-600">{t("iso.review.locked")}</p>}
              {draft && canApprove && <ApproveReviewForm review={r} t={t} />}
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
