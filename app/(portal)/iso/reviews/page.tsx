import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IsoTabs } from "@/components/iso/iso-tabs";
import { ReviewTable } from "@/components/iso/review-details";
import { CreateReviewForm } from "@/components/iso/review-forms";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { listReviews } from "@/lib/iso/reviews/queries";
import { listPositionOptions } from "@/lib/iso/risks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.review.listTitle") };
}

export default async function ReviewsPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const [reviews, positions] = await Promise.all([
    listReviews(actor, regency.id),
    listPositionOptions(actor, regency.id),
  ]);
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
            <ReviewTable rows={reviews} t={t} locale={locale} timeZone={regency.timeZone} />
          )}
        </div>
        {canManage && (
          <Card title={t("iso.review.new")}>
            <CreateReviewForm regencyId={regency.id} positions={positions} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
