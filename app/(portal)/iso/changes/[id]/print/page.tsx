import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OfficialDocument } from "@/components/print/official-document";
import { PrintField } from "@/components/print/print-field";
import { getLetterhead, positionSignatory } from "@/lib/print/letterhead";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
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
  const [t, locale, kop, owner, coordinator] = await Promise.all([
    getT(),
    getLocale(),
    getLetterhead(actor, c.regencyId),
    c.ownerPosition ? positionSignatory(actor, c.regencyId, { id: c.ownerPosition.id }) : null,
    positionSignatory(actor, c.regencyId, { coordinator: true }),
  ]);
  if (!kop) notFound();
  const tz = kop.timeZone;
  return (
    <OfficialDocument
      letterhead={kop}
      title={t("print.titles.change")}
      reference={`${t("print.titles.change")} · ${c.title}`.slice(0, 90)}
      subject={
        <>
          <p className="font-bold">{c.title}</p>
          <p>
            {t("iso.change.phase")}: {t(`iso.status.change.${c.phase}`)} · {t("iso.change.cycle", { n: c.cycle })}
          </p>
        </>
      }
      date={c.createdAt}
      path={`/iso/changes/${c.id}/print`}
      backHref={`/iso/changes/${c.id}`}
      note={t("print.printedAt", { date: formatDateTime(new Date(), locale, tz), name: actor.name })}
      t={t}
      locale={locale}
      signatories={[
        { caption: t("print.acknowledged"), ...coordinator },
        { caption: t("print.madeBy"), position: t("print.roles.owner"), ...owner },
      ]}
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
            {formatDateTime(h.createdAt, locale, tz)} — {t(`iso.events.${h.event}`)}
            {h.actor && ` (${h.actor.name})`}
            {h.note && `: ${h.note}`}
          </li>
        ))}
      </ol>
    </OfficialDocument>
  );
}
