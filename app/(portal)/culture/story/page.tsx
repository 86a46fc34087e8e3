import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CultureKite } from "@/components/culture/culture-kite";
import { typeLabels } from "@/components/culture/profile-parts";
import {
  CultureTrendSection,
  CultureWorkSection,
  IsoTrendSection,
  LeadershipSection,
  ParticipationSection,
} from "@/components/culture/story-sections";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { getCultureStory } from "@/lib/culture/story/queries";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("culture.story.title") };
}

/** The coordinator's re-culturing story of the active regency, on one page (and on paper). */
export default async function CultureStoryPage() {
  const actor = await requireActor();
  const [t, locale, regency] = await Promise.all([getT(), getLocale(), getActiveRegency(actor)]);
  if (!regency) notFound();
  const story = await getCultureStory(actor, regency.id);
  if (!story) notFound();
  const shown = story.profiles.filter((p) => p.profile);
  const latest = shown.at(-1);
  const previous = shown.at(-2);
  const props = { story, t, locale, timeZone: regency.timeZone };
  return (
    <>
      <PageHeader
        title={t("culture.story.title")}
        description={t("culture.story.hint")}
        actions={
          <LinkButton href="/culture/story/print" variant="secondary">
            {t("culture.story.print")}
          </LinkButton>
        }
      />
      <div className="space-y-8">
        {latest?.profile && (
          <Card title={t("culture.profiles.profileOf", { name: regency.name, period: latest.period })}>
            <CultureKite
              title={t("culture.profiles.kiteTitle", { name: regency.name, period: latest.period })}
              typeLabels={typeLabels(t)}
              series={[
                { key: "now", label: `${t("culture.sets.now")} ${latest.period}`, scores: latest.profile.now },
                {
                  key: "preferred",
                  label: t("culture.sets.preferred"),
                  scores: latest.profile.preferred,
                  dashed: true,
                },
                ...(previous?.profile
                  ? [
                      {
                        key: "before",
                        label: `${t("culture.sets.now")} ${previous.period}`,
                        scores: previous.profile.now,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        )}
        <CultureTrendSection {...props} />
        <LeadershipSection {...props} full />
        <CultureWorkSection {...props} />
        <ParticipationSection {...props} />
        <IsoTrendSection {...props} />
      </div>
    </>
  );
}
