import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { NarrativePanel } from "@/components/publications/narrative-panel";
import { PieceFields } from "@/components/publications/piece-fields";
import { Card } from "@/components/ui/card";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { createPublicationAction } from "@/lib/publications/actions";
import { listIssueOptions, listNarrativeForIssues } from "@/lib/publications/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("publications.newTitle") };
}

export default async function NewPublicationPage() {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency || !can(actor, "publications.write", regency.id)) notFound();
  const [t, issues, narrative] = await Promise.all([getT(), listIssueOptions(actor, regency.id), listNarrativeForIssues(actor, regency.id)]);
  return (
    <>
      <PageHeader title={t("publications.newTitle")} breadcrumb={t("publications.title")} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card>
          <ActionForm action={createPublicationAction} submitLabel={t("publications.create")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()} resetOnSuccess={false}>
            <HiddenField name="regencyId" value={regency.id} />
            <PieceFields t={t} issues={issues} />
          </ActionForm>
        </Card>
        <NarrativePanel t={t} messages={narrative} />
      </div>
    </>
  );
}
