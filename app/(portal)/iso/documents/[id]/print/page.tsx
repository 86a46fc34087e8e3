import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PrintField, PrintSheet, SignatureLines } from "@/components/iso/print-sheet";
import { Markdown } from "@/components/ui/markdown";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getDocument } from "@/lib/iso/documents/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("iso.doc.listTitle") };
}

const querySchema = z.object({ v: z.coerce.number().int().positive().optional().catch(undefined) });

export default async function DocumentPrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requireActor();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const doc = await getDocument(actor, id);
  if (!doc) notFound();
  const { v: wanted } = querySchema.parse(await searchParams);
  const shown =
    (wanted && doc.versions.find((v) => v.versionNo === wanted)) ||
    doc.versions.find((v) => v.status === "effective") ||
    doc.versions[0];
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <PrintSheet
      title={`${doc.number} · ${doc.title}`}
      subtitle={
        <>
          {doc.regency.name} · {t("iso.doc.versionLabel", { n: shown.versionNo })} ·{" "}
          {t(`iso.status.doc.${shown.status}`)}
        </>
      }
      printLabel={t("iso.print.button")}
      backHref={`/iso/documents/${doc.id}?v=${shown.versionNo}`}
      backLabel={t("common.back")}
      footer={t("iso.print.printedAt", {
        date: formatDateTime(new Date(), locale, doc.regency.timeZone),
        name: actor.name,
      })}
    >
      <dl className="mb-4">
        <PrintField label={t("iso.doc.type")}>{t(`iso.docType.${doc.type}`)}</PrintField>
        <PrintField label={t("iso.doc.ownerAgency")}>{doc.ownerAgency?.name}</PrintField>
        <PrintField label={t("iso.doc.author")}>{shown.author.name}</PrintField>
        <PrintField label={t("iso.doc.approver")}>
          {shown.approver
            ? `${shown.approver.name} (${formatDate(shown.approvedAt, locale, doc.regency.timeZone)})`
            : ""}
        </PrintField>
        <PrintField label={t("iso.doc.effectiveSince", { date: "" }).trim()}>
          {formatDate(shown.effectiveAt, locale, doc.regency.timeZone)}
        </PrintField>
        <PrintField label={t("iso.doc.reviewDue")}>
          {formatDate(shown.reviewDueDate, locale, doc.regency.timeZone)}
        </PrintField>
        <PrintField label={t("iso.doc.changeSummary")}>{shown.changeSummary}</PrintField>
      </dl>
      <Markdown>{shown.content}</Markdown>
      <SignatureLines
        roles={[
          { label: t("iso.doc.author"), name: shown.author.name },
          { label: t("iso.doc.approver"), name: shown.approver?.name },
        ]}
      />
    </PrintSheet>
  );
}
