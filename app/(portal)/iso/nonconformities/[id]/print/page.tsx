import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NcFields } from "@/components/iso/nc-fields";
import { PrintField, PrintSheet, SignatureLines } from "@/components/iso/print-sheet";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getNonconformity } from "@/lib/iso/nonconformities/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.nc.listTitle") };
}

export default async function NonconformityPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const nc = await getNonconformity(actor, id);
  if (!nc) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <PrintSheet
      title={`${t("iso.nc.number", { number: nc.number })} · ${nc.title}`}
      subtitle={
        <>
          {nc.regency.name} · {t("iso.nc.status")}: {t(`iso.status.nc.${nc.status}`)} ·{" "}
          {t("iso.nc.createdBy", {
            name: nc.createdBy?.name ?? "—",
            date: formatDate(nc.createdAt, locale, nc.regency.timeZone),
          })}
        </>
      }
      printLabel={t("iso.print.button")}
      backHref={`/iso/nonconformities/${nc.id}`}
      backLabel={t("common.back")}
      footer={t("iso.print.printedAt", {
        date: formatDateTime(new Date(), locale, nc.regency.timeZone),
        name: actor.name,
      })}
    >
      <NcFields nc={nc} t={t} />
      <h2 className="mt-6 mb-2 text-base font-semibold">{t("iso.nc.actionsTitle")}</h2>
      <table className="w-full border-collapse text-left text-xs">
        <thead>
          <tr className="border-b border-slate-400">
            <th className="py-1 pr-2">{t("iso.nc.actionDescription")}</th>
            <th className="py-1 pr-2">{t("iso.nc.owner")}</th>
            <th className="py-1 pr-2">{t("iso.nc.dueDate")}</th>
            <th className="py-1">{t("iso.nc.doneNote")}</th>
          </tr>
        </thead>
        <tbody>
          {nc.actions.map((a) => (
            <tr key={a.id} className="border-b border-slate-200 align-top">
              <td className="py-1 pr-2">{a.description}</td>
              <td className="py-1 pr-2">{a.ownerUser?.name ?? a.ownerPosition?.title}</td>
              <td className="py-1 pr-2">{formatDate(a.dueDate, locale, nc.regency.timeZone)}</td>
              <td className="py-1">
                {a.doneAt
                  ? `${t("iso.nc.done", { date: formatDate(a.doneAt, locale, nc.regency.timeZone) })}: ${a.doneNote ?? ""}`
                  : t("iso.nc.pending")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mt-6 mb-2 text-base font-semibold">{t("iso.nc.verifyTitle")}</h2>
      <dl>
        <PrintField label={t("iso.nc.verificationNote")}>{nc.verificationNote}</PrintField>
        <PrintField label={t("iso.nc.closedAt")}>
          {nc.closedAt ? formatDateTime(nc.closedAt, locale, nc.regency.timeZone) : ""}
        </PrintField>
        <PrintField label={t("iso.files.title")}>
          {nc.files.map((f) => `${f.fileName} (SHA-256 ${f.sha256})`).join("\n")}
        </PrintField>
      </dl>
      <h2 className="mt-6 mb-2 text-base font-semibold">{t("iso.history.title")}</h2>
      <ol className="list-decimal pl-5 text-xs">
        {nc.history.map((h) => (
          <li key={h.id}>
            {formatDateTime(h.createdAt, locale, nc.regency.timeZone)} — {t(`iso.events.${h.event}`)}
            {h.actor && ` (${h.actor.name})`}
            {h.note && `: ${h.note}`}
          </li>
        ))}
      </ol>
      <SignatureLines
        roles={[
          {
            label: t("iso.print.signOwner"),
            name: nc.actions[0]?.ownerUser?.name ?? nc.actions[0]?.ownerPosition?.title,
          },
          { label: t("iso.print.signVerifier"), name: nc.verifiedBy?.name },
        ]}
      />
    </PrintSheet>
  );
}
