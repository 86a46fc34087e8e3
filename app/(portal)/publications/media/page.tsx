import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { CreateCoverageForm, UpdateCoverageForm } from "@/components/publications/coverage-forms";
import { CoverageTable, IssueSentimentTable } from "@/components/publications/coverage-table";
import { IssueFilterForm } from "@/components/publications/issue-filter-form";
import { SentimentChart } from "@/components/publications/sentiment-chart";
import { PublicationsSubnav } from "@/components/publications/subnav";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { IMPORT_KIND } from "@/lib/imports/kinds";
import { getLocale, getT } from "@/lib/i18n/server";
import { getCoverage, issueSentimentSummary, listCoverage, sentimentOverTime } from "@/lib/media/queries";
import { coverageFilterSchema } from "@/lib/media/schemas";
import { listIssueOptions } from "@/lib/publications/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("media.title") };
}

export default async function MediaPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const sp = await searchParams;
  const filter = coverageFilterSchema.parse(sp);
  const [found, coverage, series, perIssue, issues, t, locale] = await Promise.all([
    /^[0-9a-f-]{36}$/i.test(sp.edit ?? "") ? getCoverage(actor, sp.edit) : Promise.resolve(null),
    listCoverage(actor, regency.id, filter),
    sentimentOverTime(actor, regency.id, filter.issueId),
    issueSentimentSummary(actor, regency.id),
    listIssueOptions(actor, regency.id),
    getT(),
    getLocale(),
  ]);
  if (!coverage || !series || !perIssue) notFound();
  const editing = found?.regencyId === regency.id ? found : null;
  const issue = issues.find((i) => i.id === filter.issueId);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <PageHeader
        title={t("media.title")}
        description={t("media.description")}
        actions={
          can(actor, IMPORT_KIND.media.permission, regency.id) && (
            <LinkButton href="/import/media" variant="secondary">
              {t("spreadsheet.import.link")}
            </LinkButton>
          )
        }
      />
      <PublicationsSubnav t={t} current="media" />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <IssueFilterForm issues={issues} issueId={filter.issueId} t={t} />
          <Card
            title={`${t("media.chartTitle")} · ${issue ? t("media.chartIssue", { issue: t("issues.number", { number: issue.number }) }) : t("media.chartRegency")}`}
          >
            {series.length === 0 ? (
              <p className="text-sm text-slate-600">{t("media.chartEmpty")}</p>
            ) : (
              <SentimentChart data={series} />
            )}
          </Card>
          {coverage.items.length === 0 ? (
            <EmptyState title={t("media.empty")} />
          ) : (
            <CoverageTable rows={coverage.items} t={t} locale={locale} timeZone={regency.timeZone} />
          )}
          <Pagination
            basePath="/publications/media"
            params={filter}
            cursorName="after"
            nextCursor={coverage.nextCursor}
            labels={{ first: t("common.firstPage"), next: t("common.nextPage") }}
          />
          {perIssue.length > 0 && <IssueSentimentTable rows={perIssue} t={t} />}
        </div>
        {can(actor, "media.manage", regency.id) && editing && (
          <Card title={`${t("common.edit")}: ${editing.headline}`}>
            <UpdateCoverageForm coverage={editing} issues={issues} today={today} t={t} />
          </Card>
        )}
        {can(actor, "media.manage", regency.id) && !editing && (
          <Card title={t("media.add")}>
            <CreateCoverageForm regencyId={regency.id} issues={issues} today={today} issueId={filter.issueId} t={t} />
          </Card>
        )}
      </div>
    </>
  );
}
