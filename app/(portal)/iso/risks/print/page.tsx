import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OfficialDocument } from "@/components/print/official-document";
import { getLetterhead, positionSignatory } from "@/lib/print/letterhead";
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
  const [kop, head, coordinator] = await Promise.all([
    getLetterhead(actor, regency.id),
    positionSignatory(actor, regency.id, { head: true }),
    positionSignatory(actor, regency.id, { coordinator: true }),
  ]);
  if (!kop) notFound();
  const tz = kop.timeZone;
  const now = new Date();
  const year = new Intl.DateTimeFormat("en", { year: "numeric", timeZone: tz }).format(now);
  return (
    <OfficialDocument
      letterhead={kop}
      title={t("print.titles.risks")}
      reference={`${t("print.titles.risks")} ${year}`}
      subject={<p>{t("print.year", { year })}</p>}
      date={now}
      path="/iso/risks/print"
      backHref="/iso/risks"
      note={t("print.printedAt", { date: formatDateTime(now, locale, tz), name: actor.name })}
      t={t}
      locale={locale}
      signatories={[
        { caption: t("print.acknowledged"), ...head },
        { caption: t("print.madeBy"), ...coordinator },
      ]}
    >
      {risks.length === 0 ? (
        <p>{t("iso.risk.empty")}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("iso.risk.listTitle")}>
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
                  <td className="py-1 whitespace-nowrap">{formatDate(r.reviewDate, locale, tz)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </OfficialDocument>
  );
}
