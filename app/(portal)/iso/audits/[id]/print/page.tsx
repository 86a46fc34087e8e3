import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintField, PrintSheet, SignatureLines } from "@/components/iso/print-sheet";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getAudit } from "@/lib/iso/audits/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.audit.listTitle") };
}

export default async function AuditPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const audit = await getAudit(actor, id);
  if (!audit) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <PrintSheet
      title={audit.title}
      subtitle={
        <>
          {audit.regency.name} · {t(`iso.status.audit.${audit.status}`)} ·{" "}
          {formatDate(audit.startDate, locale, audit.regency.timeZone)} –{" "}
          {formatDate(audit.endDate, locale, audit.regency.timeZone)}
        </>
      }
      printLabel={t("iso.print.button")}
      backHref={`/iso/audits/${audit.id}`}
      backLabel={t("common.back")}
      footer={t("iso.print.printedAt", {
        date: formatDateTime(new Date(), locale, audit.regency.timeZone),
        name: actor.name,
      })}
    >
      <dl>
        <PrintField label={t("iso.audit.programYear")}>{String(audit.programYear)}</PrintField>
        <PrintField label={t("iso.audit.auditedAgency")}>{audit.auditedAgency.name}</PrintField>
        <PrintField label={t("iso.audit.leadAuditor")}>{audit.leadAuditor.name}</PrintField>
        <PrintField label={t("iso.audit.scope")}>{audit.scope}</PrintField>
        <PrintField label={t("iso.audit.criteria")}>{audit.criteria}</PrintField>
      </dl>
      <h2 className="mt-6 mb-2 text-base font-semibold">{t("iso.audit.findingsTitle")}</h2>
      <table className="w-full border-collapse text-left text-xs">
        <thead>
          <tr className="border-b border-slate-400">
            <th className="py-1 pr-2">{t("iso.audit.kind")}</th>
            <th className="py-1 pr-2">{t("iso.audit.clause")}</th>
            <th className="py-1 pr-2">{t("iso.audit.statement")}</th>
            <th className="py-1">{t("iso.audit.evidence")}</th>
          </tr>
        </thead>
        <tbody>
          {audit.findings.map((f) => (
            <tr key={f.id} className="print-avoid-break border-b border-slate-200 align-top">
              <td className="py-1 pr-2">
                {t(`iso.findingKind.${f.kind}`)}
                {f.nonconformity && <> ({t("iso.nc.number", { number: f.nonconformity.number })})</>}
              </td>
              <td className="py-1 pr-2">{f.clause}</td>
              <td className="whitespace-pre-line py-1 pr-2">{f.statement}</td>
              <td className="py-1">{f.evidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mt-6 mb-2 text-base font-semibold">{t("iso.history.title")}</h2>
      <ol className="list-decimal pl-5 text-xs">
        {audit.history.map((h) => (
          <li key={h.id}>
            {formatDateTime(h.createdAt, locale, audit.regency.timeZone)} — {t(`iso.events.${h.event}`)}
            {h.actor && ` (${h.actor.name})`}
            {h.note && `: ${h.note}`}
          </li>
        ))}
      </ol>
      <SignatureLines
        roles={[
          { label: t("iso.audit.leadAuditor"), name: audit.leadAuditor.name },
          { label: t("iso.audit.auditedAgency"), name: audit.auditedAgency.name },
        ]}
      />
    </PrintSheet>
  );
}
