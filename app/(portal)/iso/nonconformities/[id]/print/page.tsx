import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NcFields } from "@/components/iso/nc-fields";
import { OfficialDocument } from "@/components/print/official-document";
import { PrintField, PrintSection, ptd, pth } from "@/components/print/print-field";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getNonconformity } from "@/lib/iso/nonconformities/queries";
import { getLetterhead } from "@/lib/print/letterhead";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.nc.listTitle") };
}

export default async function NonconformityPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const nc = await getNonconformity(actor, id);
  if (!nc) notFound();
  const [t, locale, kop] = await Promise.all([getT(), getLocale(), getLetterhead(actor, nc.regencyId)]);
  if (!kop) notFound();
  const tz = kop.timeZone;
  const year = new Intl.DateTimeFormat("en", { year: "numeric", timeZone: tz }).format(nc.createdAt);
  const number = `${t("iso.nc.number", { number: nc.number })}/${year}`;
  return (
    <OfficialDocument
      letterhead={kop}
      title={t("print.titles.nonconformity")}
      number={number}
      reference={number}
      subject={<strong>{nc.title}</strong>}
      date={nc.createdAt}
      path={`/iso/nonconformities/${nc.id}/print`}
      backHref={`/iso/nonconformities/${nc.id}`}
      note={t("print.printedAt", { date: formatDateTime(new Date(), locale, tz), name: actor.name })}
      t={t}
      locale={locale}
      signatories={[
        { caption: t("print.acknowledged"), position: t("print.roles.verifier"), ...nc.verifiedBy },
        { caption: t("print.madeBy"), ...nc.createdBy },
      ]}
    >
      <dl>
        <PrintField label={t("iso.nc.status")}>{t(`iso.status.nc.${nc.status}`)}</PrintField>
      </dl>
      <NcFields nc={nc} t={t} />
      <PrintSection title={t("iso.nc.actionsTitle")}>
        <table className="w-full border-collapse text-left text-[10pt]">
          <thead>
            <tr>
              <th className={pth}>{t("iso.nc.actionDescription")}</th>
              <th className={pth}>{t("iso.nc.owner")}</th>
              <th className={pth}>{t("iso.nc.dueDate")}</th>
              <th className={pth}>{t("iso.nc.doneNote")}</th>
            </tr>
          </thead>
          <tbody>
            {nc.actions.map((a) => (
              <tr key={a.id}>
                <td className={ptd}>{a.description}</td>
                <td className={ptd}>{a.ownerUser?.name ?? a.ownerPosition?.title}</td>
                <td className={ptd}>{formatDate(a.dueDate, locale, tz)}</td>
                <td className={ptd}>
                  {a.doneAt
                    ? `${t("iso.nc.done", { date: formatDate(a.doneAt, locale, tz) })}: ${a.doneNote ?? ""}`
                    : t("iso.nc.pending")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </PrintSection>
      <PrintSection title={t("iso.nc.verifyTitle")}>
        <dl>
          <PrintField label={t("iso.nc.verificationNote")}>{nc.verificationNote}</PrintField>
          <PrintField label={t("iso.nc.closedAt")}>
            {nc.closedAt ? formatDateTime(nc.closedAt, locale, tz) : ""}
          </PrintField>
          <PrintField label={t("iso.files.title")}>
            {nc.files.map((f) => `${f.fileName} (SHA-256 ${f.sha256})`).join("\n")}
          </PrintField>
        </dl>
      </PrintSection>
      <PrintSection title={t("iso.history.title")}>
        <ol className="list-decimal pl-5 text-[9pt]">
          {nc.history.map((h) => (
            <li key={h.id}>
              {formatDateTime(h.createdAt, locale, tz)} — {t(`iso.events.${h.event}`)}
              {h.actor && ` (${h.actor.name})`}
              {h.note && `: ${h.note}`}
            </li>
          ))}
        </ol>
      </PrintSection>
    </OfficialDocument>
  );
}
