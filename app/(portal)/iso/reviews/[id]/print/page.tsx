import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintField, PrintSheet, SignatureLines } from "@/components/iso/print-sheet";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getReview } from "@/lib/iso/reviews/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.review.listTitle") };
}

export default async function ReviewPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const r = await getReview(actor, id);
  if (!r) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const i = r.inputs;
  return (
    <PrintSheet
      title={r.title}
      subtitle={
        <>
          {r.regency.name} · {formatDate(r.meetingDate, locale, r.regency.timeZone)} ·{" "}
          {t(`iso.status.review.${r.status}`)}
          {r.chairPosition && <> · {r.chairPosition.title}</>}
        </>
      }
      printLabel={t("iso.print.button")}
      backHref={`/iso/reviews/${r.id}`}
      backLabel={t("common.back")}
      footer={t("iso.print.printedAt", {
        date: formatDateTime(new Date(), locale, r.regency.timeZone),
        name: actor.name,
      })}
    >
      <h2 className="mb-1 text-base font-semibold">{t("iso.review.inputsTitle")}</h2>
      <p className="mb-2 text-xs text-slate-600">
        {r.live
          ? t("iso.review.inputsLive")
          : t("iso.review.inputsFrozen", { date: formatDateTime(i.asOf, locale, r.regency.timeZone) })}
      </p>
      <dl>
        <PrintField
          label={t("iso.review.inNc")}
        >{`${i.nonconformities.open} / ${i.nonconformities.in_progress} / ${i.nonconformities.awaiting_verification} / ${i.nonconformities.closed}`}</PrintField>
        <PrintField label={t("iso.review.inOverdue")}>{String(i.nonconformities.overdueActions)}</PrintField>
        <PrintField
          label={t("iso.review.inAudits", { year: i.audits.year })}
        >{`${i.audits.completed} / ${i.audits.planned}`}</PrintField>
        <PrintField label={t("iso.review.inObjectives")}>
          {t("iso.overview.objectivesMetValue", i.objectives)}
        </PrintField>
        <PrintField label={t("iso.review.inIssues")}>{String(i.issues.total)}</PrintField>
        <PrintField label={t("iso.review.inRisks")}>{`${i.risks.total} (${i.risks.high})`}</PrintField>
        <PrintField
          label={t("iso.review.inEarlier")}
        >{`${i.earlierActions.done} / ${i.earlierActions.total} (${i.earlierActions.overdue})`}</PrintField>
      </dl>
      <dl className="mt-4">
        <PrintField label={t("iso.review.attendees")}>{r.attendees}</PrintField>
        <PrintField label={t("iso.review.decisions")}>{r.decisions}</PrintField>
      </dl>
      <h2 className="mt-6 mb-2 text-base font-semibold">{t("iso.review.actionsTitle")}</h2>
      <table className="w-full border-collapse text-left text-xs">
        <thead>
          <tr className="border-b border-slate-400">
            <th className="py-1 pr-2">{t("iso.review.actionDescription")}</th>
            <th className="py-1 pr-2">{t("iso.review.owner")}</th>
            <th className="py-1 pr-2">{t("iso.review.dueDate")}</th>
            <th className="py-1">{t("iso.nc.status")}</th>
          </tr>
        </thead>
        <tbody>
          {r.actions.map((a) => (
            <tr key={a.id} className="border-b border-slate-200 align-top">
              <td className="py-1 pr-2">{a.description}</td>
              <td className="py-1 pr-2">{a.ownerPosition?.title ?? ""}</td>
              <td className="py-1 pr-2">{formatDate(a.dueDate, locale, r.regency.timeZone)}</td>
              <td className="py-1">
                {a.doneAt
                  ? t("iso.review.done", { date: formatDate(a.doneAt, locale, r.regency.timeZone) })
                  : t("iso.review.pending")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SignatureLines
        roles={[
          { label: t("iso.review.chair"), name: r.chairPosition?.title },
          { label: t("iso.print.signApprover"), name: r.approvedBy?.name },
        ]}
      />
    </PrintSheet>
  );
}
