import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintField, PrintSheet, SignatureLines } from "@/components/iso/print-sheet";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getChange } from "@/lib/iso/changes/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.change.listTitle") };
}

export default async function ChangePrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const c = await getChange(actor, id);
  if (!c) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <PrintSheet
      title={c.title}
      subtitle={
        <>
          {c.regency.name} · {t("iso.change.phase")}: {t(`iso.status.change.${c.phase}`)} ·{" "}
          {t("iso.change.cycle", { n: c.cycle })} · {formatDate(c.createdAt, locale, c.regency.timeZone)}
        </>
      }
      printLabel={t("iso.print.button")}
      backHref={`/iso/changes/${c.id}`}
      backLabel={t("common.back")}
      footer={t("iso.print.printedAt", {
        date: formatDateTime(new Date(), locale, c.regency.timeZone),
        name: actor.name,
      })}
    >
      <dl>
        <PrintField label={t("iso.change.purpose")}>{c.purpose}</PrintField>
        <PrintField label={t("iso.change.consequences")}>{c.consequences}</PrintField>
        <PrintField label={t("iso.change.resources")}>{c.resources}</PrintField>
        <PrintField label={t("iso.change.owner")}>{c.ownerPosition?.title}</PrintField>
        <PrintField label={t("iso.change.issue")}>
          {c.issue ? t("iso.change.linkedIssue", { number: c.issue.number, title: c.issue.title }) : ""}
        </PrintField>
        {c.source && (
          <PrintField label={t("iso.change.source")}>
            {t("iso.change.sourceAssessment", { code: c.source.indicatorCode })}
          </PrintField>
        )}
        <PrintField label={t("iso.change.planObjective")}>{c.planObjective}</PrintField>
        <PrintField label={t("iso.change.planScope")}>{c.planScope}</PrintField>
        <PrintField label={t("iso.change.planRisks")}>{c.planRisks}</PrintField>
        <PrintField label={t("iso.change.doActivities")}>{c.doActivities}</PrintField>
        <PrintField label={t("iso.change.checkResults")}>{c.checkResults}</PrintField>
      </dl>
      <h2 className="mt-6 mb-2 text-base font-semibold">{t("iso.history.title")}</h2>
      <ol className="list-decimal pl-5 text-xs">
        {c.history.map((h) => (
          <li key={h.id} className="whitespace-pre-line">
            {formatDateTime(h.createdAt, locale, c.regency.timeZone)} — {t(`iso.events.${h.event}`)}
            {h.actor && ` (${h.actor.name})`}
            {h.note && `: ${h.note}`}
          </li>
        ))}
      </ol>
      <SignatureLines
        roles={[
          { label: t("iso.print.signOwner"), name: c.ownerPosition?.title },
          { label: t("iso.print.signApprover") },
        ]}
      />
    </PrintSheet>
  );
}
