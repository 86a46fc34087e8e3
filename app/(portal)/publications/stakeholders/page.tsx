import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { downloadFormats } from "@/components/imports/download-formats";
import { PageHeader } from "@/components/layout/page-header";
import { DownloadMenu } from "@/components/ui/download-menu";
import { LinkButton } from "@/components/ui/button";
import { IssueFilterForm } from "@/components/publications/issue-filter-form";
import { MendelowGrid } from "@/components/publications/mendelow-grid";
import { CreateStakeholderForm, UpdateStakeholderForm } from "@/components/publications/stakeholder-forms";
import { StakeholderTable } from "@/components/publications/stakeholder-tables";
import { PublicationsSubnav } from "@/components/publications/subnav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { IMPORT_KIND } from "@/lib/imports/kinds";
import { getT } from "@/lib/i18n/server";
import { listIssueOptions } from "@/lib/publications/queries";
import { listStakeholders } from "@/lib/stakeholders/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("stakeholders.title") };
}

export default async function StakeholdersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const sp = await searchParams;
  const issueId = /^[0-9a-f-]{36}$/i.test(sp.issueId ?? "") ? sp.issueId : undefined;
  const [rows, issues, t] = await Promise.all([
    listStakeholders(actor, regency.id, { issueId }),
    listIssueOptions(actor, regency.id),
    getT(),
  ]);
  if (!rows) notFound();
  const editing = rows.find((r) => r.id === sp.edit);
  return (
    <>
      <PageHeader
        title={t("stakeholders.title")}
        description={t("stakeholders.description")}
        actions={
          <>
            <DownloadMenu
              href={`/publications/stakeholders/export${issueId ? `?issueId=${issueId}` : ""}`}
              label={t("spreadsheet.export.menu")}
              items={downloadFormats(t)}
            />
            {can(actor, IMPORT_KIND.stakeholders.permission, regency.id) && (
              <LinkButton href="/import/stakeholders" variant="secondary">
                {t("spreadsheet.import.link")}
              </LinkButton>
            )}
          </>
        }
      />
      <PublicationsSubnav t={t} current="stakeholders" />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <IssueFilterForm issues={issues} issueId={issueId} t={t} />
          <Card title={t("stakeholders.grid")}>
            <MendelowGrid items={rows} t={t} />
          </Card>
          {rows.length === 0 ? <EmptyState title={t("stakeholders.empty")} /> : <StakeholderTable rows={rows} t={t} />}
        </div>
        {can(actor, "media.manage", regency.id) && editing && (
          <Card title={`${t("common.edit")}: ${editing.name}`}>
            <UpdateStakeholderForm stakeholder={editing} issues={issues} t={t} />
          </Card>
        )}
        {can(actor, "media.manage", regency.id) && !editing && (
          <Card title={t("stakeholders.add")}>
            <CreateStakeholderForm regencyId={regency.id} issues={issues} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
