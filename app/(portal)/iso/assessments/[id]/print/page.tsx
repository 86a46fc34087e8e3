import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintSheet, SignatureLines } from "@/components/iso/print-sheet";
import { RatingChip } from "@/components/iso/status-badges";
import { TrafficLightGrid } from "@/components/iso/traffic-light-grid";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { ISO_QUADRANTS } from "@/lib/iso/assessments/indicators";
import { getAssessment } from "@/lib/iso/assessments/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.assessment.listTitle") };
}

export default async function AssessmentPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const a = await getAssessment(actor, id);
  if (!a) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <PrintSheet
      title={`${t("iso.assessment.listTitle")} · ${a.period}`}
      subtitle={
        <>
          {a.regency.name} · {t(`iso.status.assessment.${a.status}`)} · {t("iso.assessment.counts", a.counts)}
          {a.verifiedAt && a.verifier && (
            <>
              {" "}
              ·{" "}
              {t("iso.assessment.verifiedBy", {
                name: a.verifier.name,
                date: formatDateTime(a.verifiedAt, locale, a.regency.timeZone),
              })}
            </>
          )}
        </>
      }
      printLabel={t("iso.print.button")}
      backHref={`/iso/assessments/${a.id}`}
      backLabel={t("common.back")}
      footer={t("iso.print.printedAt", {
        date: formatDateTime(new Date(), locale, a.regency.timeZone),
        name: actor.name,
      })}
    >
      <TrafficLightGrid indicators={a.indicators} t={t} locale={locale} />
      {ISO_QUADRANTS.map((q) => (
        <section key={q} className="mt-6">
          <h2 className="mb-2 text-base font-semibold">{t(`iso.quadrant.${q}`)}</h2>
          <table className="w-full border-collapse text-left text-xs">
            <thead>
              <tr className="border-b border-slate-400">
                <th className="py-1 pr-2">{t("iso.assessment.indicator")}</th>
                <th className="py-1 pr-2">{t("iso.assessment.rating")}</th>
                <th className="py-1 pr-2">{t("iso.assessment.evidence")}</th>
                <th className="py-1">{t("iso.assessment.notes")}</th>
              </tr>
            </thead>
            <tbody>
              {a.indicators
                .filter((i) => i.quadrant === q)
                .map((i) => (
                  <tr key={i.code} className="print-avoid-break border-b border-slate-200 align-top">
                    <td className="py-1 pr-2">
                      <strong>{i.code}</strong> {locale === "en" ? i.en : i.id}
                    </td>
                    <td className="py-1 pr-2">
                      <RatingChip rating={i.rating.rating} t={t} />
                    </td>
                    <td className="whitespace-pre-line py-1 pr-2">{i.rating.evidence}</td>
                    <td className="py-1">{i.rating.notes}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
      {a.disputeNote && (
        <p className="mt-4">
          <strong>{t("iso.assessment.disputeNote")}:</strong> {a.disputeNote}
        </p>
      )}
      <h2 className="mt-6 mb-2 text-base font-semibold">{t("iso.history.title")}</h2>
      <ol className="list-decimal pl-5 text-xs">
        {a.history.map((h) => (
          <li key={h.id}>
            {formatDateTime(h.createdAt, locale, a.regency.timeZone)} — {t(`iso.events.${h.event}`)}
            {h.actor && ` (${h.actor.name})`}
            {h.note && `: ${h.note}`}
          </li>
        ))}
      </ol>
      <SignatureLines
        roles={[
          { label: t("iso.print.signAssessor"), name: a.assessor.name },
          { label: t("iso.print.signVerifier"), name: a.verifier?.name },
        ]}
      />
    </PrintSheet>
  );
}
