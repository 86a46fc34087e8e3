import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { CreateExpertForm, ExpertSearchForm, UpdateExpertForm } from "@/components/publications/stakeholder-forms";
import { ExpertTable } from "@/components/publications/stakeholder-tables";
import { PublicationsSubnav } from "@/components/publications/subnav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { IMPORT_KIND } from "@/lib/imports/kinds";
import { getT } from "@/lib/i18n/server";
import { listIssueOptions } from "@/lib/publications/queries";
import { listDisciplines, listExperts } from "@/lib/stakeholders/queries";
import { expertFilterSchema } from "@/lib/stakeholders/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("stakeholders.network.title") };
}

export default async function NetworkPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const filter = expertFilterSchema.parse(await searchParams);
  const [experts, disciplines, issues, t] = await Promise.all([
    listExperts(actor, regency.id, filter),
    listDisciplines(actor, regency.id),
    listIssueOptions(actor, regency.id),
    getT(),
  ]);
  if (!experts) notFound();
  const edit = (await searchParams).edit;
  const editing = experts.find((e) => e.id === edit);
  return (
    <>
      <PageHeader
        title={t("stakeholders.network.title")}
        description={t("stakeholders.network.description")}
        actions={
          can(actor, IMPORT_KIND.experts.permission, regency.id) && (
            <LinkButton href="/import/experts" variant="secondary">
              {t("spreadsheet.import.link")}
            </LinkButton>
          )
        }
      />
      <PublicationsSubnav t={t} current="network" />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-4">
          <ExpertSearchForm disciplines={disciplines} discipline={filter.discipline} q={filter.q} t={t} />
          {experts.length === 0 ? (
            <EmptyState title={t("stakeholders.network.empty")} />
          ) : (
            <ExpertTable rows={experts} t={t} />
          )}
        </div>
        {can(actor, "media.manage", regency.id) && editing && (
          <Card title={`${t("common.edit")}: ${editing.name}`}>
            <UpdateExpertForm expert={editing} issues={issues} t={t} />
          </Card>
        )}
        {can(actor, "media.manage", regency.id) && !editing && (
          <Card title={t("stakeholders.network.add")}>
            <CreateExpertForm regencyId={regency.id} issues={issues} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
