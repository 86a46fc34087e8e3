import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintSheet, SignatureLines } from "@/components/iso/print-sheet";
import { riskBand } from "@/components/iso/risk-table";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { listRisks } from "@/lib/iso/risks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.risk.listTitle") };
}

/** The risk and opportunity register (6.1), highest level first, to be filed. */
export default async function RisksPrintPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const risks = await listRisks(actor, regency.id);
  if (!risks) notFound();
  return (
    <PrintSheet
      title={t("iso.risk.listTitle")}
      subtitle={regency.name}
      printLabel={t("iso.print.button")}
      backHref="/iso/risks"
      backLabel={t("common.back")}
      footer={t("iso.print.printedAt", {
        date: formatDateTime(new Date(), locale, regency.timeZone),
        name: actor.name,
      })}
    >
      {risks.length === 0 ? (
        <p>{t("iso.risk.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-xs">
            <caption className="sr-only">{t("iso.risk.listTitle")}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th className="py-1 pr-2">#</th>
                <th className="py-1 pr-2">{t("iso.risk.titleField")}</th>
                <th className="py-1 pr-2">{t("iso.risk.kind")}</th>
                <th className="py-1 pr-2">
                  {t("iso.risk.likelihood")} × {t("iso.risk.impact")}
                </th>
                <th className="py-1 pr-2">{t("iso.risk.level")}</th>
                <th className="py-1 pr-2">{t("iso.risk.treatment")}</th>
                <th className="py-1 pr-2">{t("iso.risk.owner")}</th>
                <th className="py-1">{t("iso.risk.reviewDate")}</th>
              </tr>
            </thead>
            <tbody>
              {risks.map((r, n) => (
                <tr key={r.id} className="print-avoid-break border-b border-slate-200 align-top">
                  <td className="py-1 pr-2">{n + 1}</td>
                  <td className="py-1 pr-2">
                    <span className="font-semibold">{r.title}</span>
                    {r.context && <div className="text-slate-700">{r.context}</div>}
                  </td>
                  <td className="py-1 pr-2">{t(`iso.risk.kinds.${r.kind}`)}</td>
                  <td className="py-1 pr-2 whitespace-nowrap">
                    {r.likelihood} × {r.impact}
                  </td>
                  <td className="py-1 pr-2 whitespace-nowrap">
                    {r.level} · {t(`iso.risk.level${riskBand(r.level)}`)}
                  </td>
                  <td className="py-1 pr-2">
                    {t(`iso.risk.treatments.${r.treatment}`)}
                    {r.action && <div className="text-slate-700">{r.action}</div>}
                  </td>
                  <td className="py-1 pr-2">{r.ownerPosition?.title ?? "—"}</td>
                  <td className="py-1 whitespace-nowrap">{formatDate(r.reviewDate, locale, regency.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SignatureLines roles={[{ label: t("iso.print.signOwner") }, { label: t("iso.print.signApprover") }]} />
    </PrintSheet>
  );
}
