import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { AddNarrativeMessageForm } from "@/components/publications/narrative-forms";
import { NarrativeIssueCard } from "@/components/publications/narrative-list";
import { PublicationsSubnav } from "@/components/publications/subnav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { listNarrative } from "@/lib/publications/narrative-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("publications.narrative.title") };
}

export default async function NarrativePage() {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const [issues, t, locale] = await Promise.all([listNarrative(actor, regency.id), getT(), getLocale()]);
  if (!issues) notFound();
  const manage = can(actor, "narrative.manage", regency.id);
  const withMessages = issues.filter((i) => i.narrativeMessages.length > 0);
  return (
    <>
      <PageHeader title={t("publications.narrative.title")} description={t("publications.narrative.description")} />
      <PublicationsSubnav t={t} current="narrative" />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          {withMessages.length === 0 && <EmptyState title={t("publications.narrative.empty")} />}
          {withMessages.map((issue) => (
            <NarrativeIssueCard
              key={issue.id}
              issue={issue}
              manage={manage}
              t={t}
              locale={locale}
              timeZone={regency.timeZone}
            />
          ))}
        </div>
        {manage && (
          <Card title={t("publications.narrative.add")}>
            <AddNarrativeMessageForm issues={issues} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
