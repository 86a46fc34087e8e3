import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { CoverageFields } from "@/components/publications/coverage-fields";
import { SentimentChart } from "@/components/publications/sentiment-chart";
import { PublicationsSubnav } from "@/components/publications/subnav";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { createCoverageAction, updateCoverageAction } from "@/lib/media/actions";
import { getCoverage, issueSentimentSummary, listCoverage, sentimentOverTime } from "@/lib/media/queries";
import { coverageFilterSchema } from "@/lib/media/schemas";
import { listIssueOptions } from "@/lib/publications/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("media.title") };
}

const TONE = { positif: "green", netral: "slate", negatif: "red" } as const;

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
      <PageHeader title={t("media.title")} description={t("media.description")} />
      <PublicationsSubnav t={t} current="media" />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <form className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="issueId" className="mb-1 block text-sm font-medium text-slate-800">{t("media.filterIssue")}</label>
              <select id="issueId" name="issueId" defaultValue={filter.issueId ?? ""} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
                <option value="">{t("media.allIssues")}</option>
                {issues.map((i) => <option key={i.id} value={i.id}>ISU-{i.number} · {i.title}</option>)}
              </select>
            </div>
            <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t("common.filter")}</button>
          </form>
          <Card title={`${t("media.chartTitle")} · ${issue ? t("media.chartIssue", { issue: `ISU-${issue.number}` }) : t("media.chartRegency")}`}>
            {series.length === 0 ? <p className="text-sm text-slate-600">{t("media.chartEmpty")}</p> : <SentimentChart data={series} />}
          </Card>
          {coverage.items.length === 0 ? (
            <EmptyState title={t("media.empty")} />
          ) : (
            <Table caption={t("media.title")} head={<tr><th className={th}>{t("media.fields.publishedOn")}</th><th className={th}>{t("media.fields.headline")}</th><th className={th}>{t("media.fields.sentiment")}</th><th className={th}>{t("media.fields.reach")}</th><th className={th}>{t("media.fields.issues")}</th><th className={th}><span className="sr-only">{t("common.actions")}</span></th></tr>}>
              {coverage.items.map((c) => (
                <tr key={c.id}>
                  <td className={`${td} whitespace-nowrap`}>{formatDate(c.publishedOn, locale)}</td>
                  <td className={td}>
                    <a href={c.url} rel="noopener noreferrer nofollow" target="_blank" className="font-medium text-emerald-800 hover:underline">{c.headline}</a>
                    <div className="text-xs text-slate-600">{c.outlet} · {t(`media.mediaTypes.${c.mediaType}`)}</div>
                  </td>
                  <td className={td}><Badge tone={TONE[c.sentiment]}>{t(`media.sentiments.${c.sentiment}`)}</Badge></td>
                  <td className={td}>{formatNumber(c.reach, locale)}</td>
                  <td className={td}>{c.issues.map((i) => `ISU-${i.issue.number}`).join(", ")}</td>
                  <td className={td}><a href={`/publications/media?edit=${c.id}`} className="text-emerald-800 hover:underline">{t("common.edit")}</a></td>
                </tr>
              ))}
            </Table>
          )}
          <Pagination basePath="/publications/media" params={filter} cursorName="after" nextCursor={coverage.nextCursor} labels={{ first: t("common.firstPage"), next: t("common.nextPage") }} />
          {perIssue.length > 0 && (
            <Table caption={t("media.perIssue")} head={<tr><th className={th}>{t("media.fields.issues")}</th><th className={th}>{t("media.fields.total")}</th><th className={th}>{t("media.fields.negatives")}</th></tr>}>
              {perIssue.map((r) => (
                <tr key={r.id}>
                  <td className={td}><a className="text-emerald-800 hover:underline" href={`/publications/media?issueId=${r.id}`}>ISU-{r.number} · {r.title}</a></td>
                  <td className={td}>{r.total}</td>
                  <td className={td}>{r.negatif}</td>
                </tr>
              ))}
            </Table>
          )}
        </div>
        {can(actor, "media.manage", regency.id) && editing && (
          <Card title={`${t("common.edit")}: ${editing.headline}`}>
            <ActionForm key={editing.id} action={updateCoverageAction} submitLabel={t("common.save")} pendingLabel={t("common.saving")} resetOnSuccess={false}>
              <HiddenField name="id" value={editing.id} />
              <HiddenField name="version" value={editing.version} />
              <CoverageFields t={t} issues={issues} today={today} values={editing} />
            </ActionForm>
          </Card>
        )}
        {can(actor, "media.manage", regency.id) && !editing && (
          <Card title={t("media.add")}>
            <ActionForm action={createCoverageAction} submitLabel={t("media.add")} pendingLabel={t("common.saving")} idempotencyKey={randomUUID()}>
              <HiddenField name="regencyId" value={regency.id} />
              <CoverageFields t={t} issues={issues} today={today} issueId={filter.issueId} />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  );
}
