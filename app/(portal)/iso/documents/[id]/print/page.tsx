import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { OfficialDocument } from "@/components/print/official-document";
import { PrintField } from "@/components/print/print-field";
import { getLetterhead } from "@/lib/print/letterhead";
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
  const [t, locale, kop] = await Promise.all([
    getT(),
    getLocale(),
    getLetterhead(actor, doc.regencyId, doc.ownerAgency?.name),
  ]);
  if (!kop) notFound();
  const tz = kop.timeZone;
  const number = `${doc.number} · ${t("iso.doc.versionLabel", { n: shown.versionNo })}`;
  return (
    <OfficialDocument
      letterhead={kop}
      title={t("print.titles.document")}
      number={number}
      reference={number}
      subject={
        <>
          <p className="font-bold">{doc.title}</p>
          <p>{t(`iso.status.doc.${shown.status}`)}</p>
        </>
      }
      date={shown.approvedAt ?? shown.effectiveAt ?? new Date()}
      path={`/iso/documents/${doc.id}/print${wanted ? `?v=${wanted}` : ""}`}
      backHref={`/iso/documents/${doc.id}?v=${shown.versionNo}`}
      note={t("print.printedAt", { date: formatDateTime(new Date(), locale, tz), name: actor.name })}
      t={t}
      locale={locale}
      signatories={[
        { caption: t("print.approvedBy"), position: t("print.roles.approver"), ...shown.approver },
        { caption: t("print.madeBy"), position: t("print.roles.author"), ...shown.author },
      ]}
    >
      <dl className="mb-4">
        <PrintField label={t("iso.doc.type")}>{t(`iso.docType.${doc.type}`)}</PrintField>
        <PrintField label={t("iso.doc.ownerAgency")}>{doc.ownerAgency?.name}</PrintField>
        <PrintField label={t("iso.doc.author")}>{shown.author.name}</PrintField>
        <PrintField label={t("iso.doc.approver")}>
          {shown.approver ? `${shown.approver.name} (${formatDate(shown.approvedAt, locale, tz)})` : ""}
        </PrintField>
        <PrintField label={t("iso.doc.effectiveSince", { date: "" }).trim()}>
          {formatDate(shown.effectiveAt, locale, tz)}
        </PrintField>
        <PrintField label={t("iso.doc.reviewDue")}>{formatDate(shown.reviewDueDate, locale, tz)}</PrintField>
        <PrintField label={t("iso.doc.changeSummary")}>{shown.changeSummary}</PrintField>
      </dl>
      <Markdown>{shown.content}</Markdown>
    </OfficialDocument>
  );
}
