import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssueFilters } from "@/components/issues/issue-filters";
import { IssueTable } from "@/components/issues/issue-table";
import { PageHeader } from "@/components/layout/page-header";
import { downloadFormats } from "@/components/imports/download-formats";
import { LinkButton } from "@/components/ui/button";
import { DownloadMenu } from "@/components/ui/download-menu";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { IMPORT_KIND } from "@/lib/imports/kinds";
import { issueFormOptions, listIssues } from "@/lib/issues/queries";
import { issueFilterSchema } from "@/lib/issues/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("issues.title") };
}

export default async function IssuesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const filter = issueFilterSchema.parse(await searchParams);
  const [result, options, pending, t, locale] = await Promise.all([
    listIssues(actor, regency.id, filter),
    issueFormOptions(actor, regency.id),
    listIssues(actor, regency.id, { triage: "pending" }),
    getT(),
    getLocale(),
  ]);
  if (!result || !options || !pending) notFound();
  const params = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  const query = new URLSearchParams(Object.entries(params).filter(([k]) => k !== "after"));
  const pendingCount = pending.rows.length + (pending.nextCursor ? 1 : 0);
  return (
    <>
      <PageHeader
        title={t("issues.title")}
        description={`${regency.name} — ${t("issues.description")}`}
        actions={
          <>
            {can(actor, "issues.propose", regency.id) && <LinkButton href="/issues/new">{t("issues.new")}</LinkButton>}
            {can(actor, "issues.triage", regency.id) && (
              <LinkButton href="/issues/triage" variant="secondary">
                {t("issues.triageQueueCount", { count: pending.nextCursor ? `${pendingCount - 1}+` : pendingCount })}
              </LinkButton>
            )}
            <DownloadMenu
              href={`/issues/export?${query}`}
              label={t("spreadsheet.export.menu")}
              items={downloadFormats(t)}
            />
            {can(actor, IMPORT_KIND.issues.permission, regency.id) && (
              <LinkButton href="/import/issues" variant="secondary">
                {t("spreadsheet.import.link")}
              </LinkButton>
            )}
            {can(actor, "dashboard.read", regency.id) && (
              <LinkButton href="/issues/report" variant="secondary">
                {t("issues.reportLink")}
              </LinkButton>
            )}
          </>
        }
      />
      <IssueFilters filter={filter} options={options} t={t} showMine={can(actor, "issues.update", regency.id)} />
      {result.rows.length === 0 ? (
        <EmptyState title={t("issues.empty")} description={t("issues.emptyHint")} />
      ) : (
        <IssueTable rows={result.rows} t={t} locale={locale} timeZone={regency.timeZone} caption={t("issues.title")} />
      )}
      <Pagination
        basePath="/issues"
        params={params}
        cursorName="after"
        nextCursor={result.nextCursor}
        labels={{ first: t("common.firstPage"), next: t("common.nextPage") }}
      />
    </>
  );
}
