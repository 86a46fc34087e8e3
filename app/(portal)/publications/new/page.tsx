import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { NarrativePanel } from "@/components/publications/narrative-panel";
import { CreatePieceForm } from "@/components/publications/piece-forms";
import { Card } from "@/components/ui/card";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listIssueOptions, listNarrativeForIssues } from "@/lib/publications/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("publications.newTitle") };
}

export default async function NewPublicationPage() {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency || !can(actor, "publications.write", regency.id)) notFound();
  const [t, issues, narrative] = await Promise.all([
    getT(),
    listIssueOptions(actor, regency.id),
    listNarrativeForIssues(actor, regency.id),
  ]);
  return (
    <>
      <PageHeader title={t("publications.newTitle")} breadcrumb={t("publications.title")} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card>
          <CreatePieceForm regencyId={regency.id} timeZone={regency.timeZone} issues={issues} t={t} />
        </Card>
        <NarrativePanel t={t} messages={narrative} />
      </div>
    </>
  );
}
