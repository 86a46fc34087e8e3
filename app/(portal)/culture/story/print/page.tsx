import type { Metadata } from "next";
import { notFound } from "next/navigation";
import {
  CultureTrendSection,
  CultureWorkSection,
  IsoTrendSection,
  LeadershipSection,
  ParticipationSection,
} from "@/components/culture/story-sections";
import { OfficialDocument } from "@/components/print/official-document";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { getCultureStory } from "@/lib/culture/story/queries";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getLetterhead, positionSignatory } from "@/lib/print/letterhead";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("culture.story.printTitle") };
}

/** The re-culturing story as a naskah dinas, for the Bupati's desk or the Ministry's evaluation. */
export default async function CultureStoryPrintPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const story = await getCultureStory(actor, regency.id);
  if (!story) notFound();
  const [kop, head, coordinator] = await Promise.all([
    getLetterhead(actor, regency.id),
    positionSignatory(actor, regency.id, { head: true }),
    positionSignatory(actor, regency.id, { coordinator: true }),
  ]);
  if (!kop) notFound();
  const now = new Date();
  const year = new Intl.DateTimeFormat("en", { year: "numeric", timeZone: kop.timeZone }).format(now);
  const props = { story, t, locale, timeZone: kop.timeZone };
  return (
    <OfficialDocument
      letterhead={kop}
      title={t("culture.story.printTitle")}
      reference={`${t("culture.story.printTitle")} ${year}`}
      subject={<p>{t("print.year", { year })}</p>}
      date={now}
      path="/culture/story/print"
      backHref="/culture/story"
      note={t("culture.story.printedAt", { date: formatDateTime(now, locale, kop.timeZone), name: actor.name })}
      t={t}
      locale={locale}
      signatories={[
        { caption: t("print.acknowledged"), ...head },
        { caption: t("print.madeBy"), ...coordinator },
      ]}
    >
      <div className="space-y-6">
        <CultureTrendSection {...props} />
        <LeadershipSection {...props} />
        <CultureWorkSection {...props} />
        <ParticipationSection {...props} />
        <IsoTrendSection {...props} />
      </div>
    </OfficialDocument>
  );
}
