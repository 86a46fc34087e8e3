import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintSheet, SignatureLines } from "@/components/iso/print-sheet";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { listObjectives } from "@/lib/iso/objectives/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.objective.listTitle") };
}

/** Quality objectives (6.2) with every measurement, to be filed or brought to the management review. */
export default async function ObjectivesPrintPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const objectives = await listObjectives(actor, regency.id);
  if (!objectives) notFound();
  return (
    <PrintSheet
      title={t("iso.objective.listTitle")}
      subtitle={regency.name}
      printLabel={t("iso.print.button")}
      backHref="/iso/objectives"
      backLabel={t("common.back")}
      footer={t("iso.print.printedAt", {
        date: formatDateTime(new Date(), locale, regency.timeZone),
        name: actor.name,
      })}
    >
      {objectives.length === 0 && <p>{t("iso.objective.empty")}</p>}
      {objectives.map((o, n) => (
        <section key={o.id} className="print-avoid-break mb-5">
          <h2 className="text-base font-semibold">
            {n + 1}. {o.title}
          </h2>
          <p className="text-xs text-slate-700">
            {t("iso.objective.indicator")}: {o.indicator} · {t("iso.objective.baseline")}:{" "}
            {formatNumber(o.baseline, locale, 2)} {o.unit} · {t("iso.objective.target")}:{" "}
            {formatNumber(o.target, locale, 2)} {o.unit} ({t(`iso.objective.${o.direction}`)})
            {o.ownerPosition && (
              <>
                {" "}
                · {t("iso.objective.owner")}: {o.ownerPosition.title}
              </>
            )}
            {o.dueDate && (
              <>
                {" "}
                · {t("iso.objective.dueDate")}: {formatDate(o.dueDate, locale, regency.timeZone)}
              </>
            )}{" "}
            ·{" "}
            <strong>
              {o.met === null
                ? t("iso.objective.noMeasurement")
                : o.met
                  ? t("iso.objective.met")
                  : t("iso.objective.notMet")}
            </strong>
          </p>
          {o.measurements.length > 0 && (
            <table className="mt-2 w-full border-collapse text-left text-xs">
              <caption className="sr-only">{t("iso.objective.measurements")}</caption>
              <thead>
                <tr className="border-b border-slate-400">
                  <th className="py-1 pr-2">{t("iso.objective.period")}</th>
                  <th className="py-1 pr-2 text-right">{t("iso.objective.value")}</th>
                  <th className="py-1 pr-2">{t("iso.objective.note")}</th>
                  <th className="py-1">{t("iso.objective.recordedBy")}</th>
                </tr>
              </thead>
              <tbody>
                {o.measurements.map((m) => (
                  <tr key={m.id} className="border-b border-slate-200 align-top">
                    <td className="py-1 pr-2">{m.period}</td>
                    <td className="py-1 pr-2 text-right">
                      {formatNumber(m.value, locale, 2)} {o.unit}
                    </td>
                    <td className="py-1 pr-2">{m.note}</td>
                    <td className="py-1">
                      {m.recordedBy?.name ?? "—"} · {formatDate(m.createdAt, locale, regency.timeZone)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <SignatureLines roles={[{ label: t("iso.print.signOwner") }, { label: t("iso.print.signApprover") }]} />
    </PrintSheet>
  );
}
