import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { listReviews, ReviewDetail } from "@/lib/iso/reviews/queries";
import { PrintField } from "@/components/print/print-field";
import { CompleteReviewActionForm } from "./review-forms";
import { ReviewStatusBadge } from "./status-badges";

type ReviewRow = NonNullable<Awaited<ReturnType<typeof listReviews>>>[number];

export function ReviewTable({
  rows,
  t,
  locale,
  timeZone,
}: {
  rows: ReviewRow[];
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const columns: Column<ReviewRow>[] = [
    {
      key: "meetingDate",
      header: t("iso.review.meetingDate"),
      className: "whitespace-nowrap",
      cell: (r) => formatDate(r.meetingDate, locale, timeZone),
    },
    {
      key: "title",
      phone: "primary",
      header: t("iso.review.titleField"),
      cell: (r) => (
        <>
          <Link href={`/iso/reviews/${r.id}`} className="font-medium text-emerald-800 hover:underline">
            {r.title}
          </Link>{" "}
          <ReviewStatusBadge status={r.status} t={t} />
        </>
      ),
    },
    { key: "chair", header: t("iso.review.chair"), cell: (r) => r.chairPosition?.title ?? "—" },
    { key: "actions", header: t("iso.review.actionsTitle"), cell: (r) => r._count.actions },
  ];
  return <DataTable caption={t("iso.review.listTitle")} columns={columns} rows={rows} rowKey={(r) => r.id} />;
}

/** The management review's inputs (ISO 9001 §9.3.2): live while a draft, frozen once approved. */
export function ReviewInputs({
  review,
  t,
  locale,
  timeZone,
}: {
  review: ReviewDetail;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const i = review.inputs;
  const stages = Object.entries(i.issues.byStage)
    .map(([k, v]) => `${t(`issues.stages.${k}`)}: ${v}`)
    .join(" · ");
  const findings = Object.entries(i.audits.findings)
    .map(([k, v]) => `${t(`iso.findingKind.${k}`)}: ${v}`)
    .join(" · ");
  const assessment = i.assessment
    ? `${i.assessment.period}: ${t("iso.assessment.counts", { ...i.assessment, not_measurable: 39 - i.assessment.red - i.assessment.yellow - i.assessment.green })}`
    : "";
  return (
    <>
      <p className="mb-2 text-xs text-slate-600">
        {review.live
          ? t("iso.review.inputsLive")
          : t("iso.review.inputsFrozen", { date: formatDateTime(i.asOf, locale, timeZone) })}
      </p>
      <dl>
        <PrintField
          label={t("iso.review.inNc")}
        >{`${i.nonconformities.open} / ${i.nonconformities.in_progress} / ${i.nonconformities.awaiting_verification} / ${i.nonconformities.closed}`}</PrintField>
        <PrintField label={t("iso.review.inOverdue")}>{String(i.nonconformities.overdueActions)}</PrintField>
        <PrintField
          label={t("iso.review.inAudits", { year: i.audits.year })}
        >{`${i.audits.completed} / ${i.audits.planned}`}</PrintField>
        <PrintField label={t("iso.review.inFindings", { year: i.audits.year })}>{findings}</PrintField>
        <PrintField label={t("iso.review.inObjectives")}>
          {t("iso.overview.objectivesMetValue", i.objectives)}
        </PrintField>
        <PrintField label={t("iso.review.inIssues")}>{`${i.issues.total}${stages ? ` (${stages})` : ""}`}</PrintField>
        <PrintField label={t("iso.review.inRisks")}>{`${i.risks.total} (${i.risks.high})`}</PrintField>
        <PrintField
          label={t("iso.review.inEarlier")}
        >{`${i.earlierActions.done} / ${i.earlierActions.total} (${i.earlierActions.overdue})`}</PrintField>
        <PrintField label={t("iso.review.inAssessment")}>{assessment}</PrintField>
      </dl>
    </>
  );
}

/** The review's actions; a manager marks an open one done. */
export function ReviewActionList({
  review,
  canManage,
  t,
  locale,
  timeZone,
}: {
  review: ReviewDetail;
  canManage: boolean;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  if (review.actions.length === 0) return <p className="text-sm text-slate-600">{t("iso.review.actionsEmpty")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {review.actions.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
          <span className="min-w-0 flex-1">
            {a.description}
            <span className="block text-xs text-slate-600">
              {a.ownerPosition?.title ?? "—"} · {t("iso.review.dueDate")}: {formatDate(a.dueDate, locale, timeZone)}
            </span>
          </span>
          {a.doneAt ? (
            <Badge tone="green">{t("iso.review.done", { date: formatDate(a.doneAt, locale, timeZone) })}</Badge>
          ) : canManage ? (
            <CompleteReviewActionForm reviewId={review.id} actionId={a.id} t={t} />
          ) : (
            <Badge>{t("iso.review.pending")}</Badge>
          )}
        </li>
      ))}
    </ul>
  );
}
