import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttentionBadges, PriorityBadge, StageBadge, TriageBadge } from "@/components/issues/issue-badges";
import { IssueTimeline } from "@/components/issues/issue-timeline";
import { AddUpdateForm, StageForm, TriageForms } from "@/components/issues/issue-work-forms";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Markdown } from "@/components/ui/markdown";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { getIssue, issueFormOptions } from "@/lib/issues/queries";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const actor = await requireActor();
  const issue = await getIssue(actor, (await params).id);
  return { title: issue ? `ISU-${issue.number} ${issue.title}` : (await getT())("issues.title") };
}

export default async function IssuePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const issue = await getIssue(actor, (await params).id);
  if (!issue) notFound();
  const [t, locale, options] = await Promise.all([getT(), getLocale(), issue.permissions.triage ? issueFormOptions(actor, issue.regencyId) : null]);
  const a = issue.attention;
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-[10rem_1fr] gap-2 py-1.5 text-sm">
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-slate-900">{value}</dd>
    </div>
  );
  return (
    <>
      <PageHeader
        breadcrumb={<Link href="/issues" className="hover:underline">{t("issues.backToList")}</Link>}
        title={`${t("issues.number", { number: issue.number })} · ${issue.title}`}
        description={
          <span className="flex flex-wrap gap-1">
            <StageBadge stage={issue.stage} t={t} />
            <Badge>{t(`issues.lifecycles.${issue.lifecycle}`)}</Badge>
            <TriageBadge triage={issue.triage} t={t} />
            <PriorityBadge priority={issue.priority} t={t} />
            <AttentionBadges stale={a.state !== "ok"} escalated={a.state === "escalated"} overdue={issue.overdue} t={t} />
            {issue.isPublic && <Badge tone="blue">{t("issues.public")}</Badge>}
          </span>
        }
        actions={
          <>
            {issue.permissions.edit && <LinkButton href={`/issues/${issue.id}/edit`} variant="secondary">{t("issues.edit")}</LinkButton>}
            {issue.isPublic && issue.triage === "accepted" && <LinkButton href={`/r/${issue.regency.slug}/isu/${issue.number}`} variant="ghost">{t("issues.detail.publicPage")}</LinkButton>}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          {issue.triage === "accepted" && issue.stage !== "closed" && a.state !== "ok" && (
            <div role="status" className={`rounded-lg border p-4 text-sm ${a.state === "escalated" ? "border-red-300 bg-red-50 text-red-900" : "border-amber-300 bg-amber-50 text-amber-900"}`}>
              <p className="font-semibold">{t(`issues.attention.${a.state}`)}</p>
              <p>{t(a.state === "escalated" ? "issues.attention.escalatedExplain" : "issues.attention.staleExplain", { cadence: issue.reviewCadenceDays })} {t("issues.attention.daysSince", { days: a.daysSinceUpdate })}</p>
            </div>
          )}
          {issue.mergedInto && <p className="text-sm"><Link className="text-emerald-800 underline" href={`/issues/${issue.mergedInto.id}`}>{t("issues.detail.mergedInto", { number: issue.mergedInto.number })}</Link></p>}
          {issue.triage === "rejected" && <p className="text-sm text-slate-800">{t("issues.detail.rejected", { reason: issue.triageReason ?? "—" })}</p>}
          <Card title={t("issues.fields.description")}>
            {issue.description ? <Markdown>{issue.description}</Markdown> : <p className="text-sm text-slate-600">—</p>}
            {issue.evaluationNote && (
              <div className="mt-4 border-t border-slate-100 pt-3">
                <h3 className="mb-1 text-sm font-semibold">{t("issues.detail.evaluation")}</h3>
                <Markdown>{issue.evaluationNote}</Markdown>
              </div>
            )}
          </Card>
          {issue.permissions.triage && options && (
            <Card title={t("issues.triage.title")}>
              <TriageForms issueId={issue.id} version={issue.version} positions={options.positions} agencies={options.agencies} t={t} />
            </Card>
          )}
          {issue.permissions.addUpdate && (
            <Card title={t("issues.timeline.addTitle")}>
              <AddUpdateForm issueId={issue.id} percentDone={issue.percentDone} isPublicIssue={issue.isPublic} t={t} />
            </Card>
          )}
          <Card title={t("issues.timeline.title")}>
            <IssueTimeline entries={issue.updates} t={t} locale={locale} internal />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={t("issues.detail.properties")}>
            <dl className="divide-y divide-slate-100">
              {row(t("issues.fields.category"), t(`issues.categories.${issue.category}`))}
              {row(t("issues.fields.ownerPositionId"), issue.ownerPosition?.title ?? t("issues.noOwner"))}
              {row(t("issues.fields.agencyId"), issue.agency?.name ?? "—")}
              {row(t("issues.detail.supporters"), issue.supporters.length ? issue.supporters.map((s) => s.position.title).join(", ") : "—")}
              {row(t("issues.fields.dueDate"), formatDate(issue.dueDate, locale))}
              {row(t("issues.fields.percentDone"), `${issue.percentDone}%`)}
              {row(t("issues.fields.reviewCadenceDays"), issue.reviewCadenceDays)}
              {issue.triage === "accepted" && row(t("issues.fields.lastOwnerUpdateAt"), <>{formatDate(issue.lastOwnerUpdateAt, locale)}<br /><span className="text-xs text-slate-600">{t("issues.attention.staleAt", { date: formatDate(a.staleAt, locale) })}<br />{t("issues.attention.escalateAt", { date: formatDate(a.escalateAt, locale) })}</span></>)}
              {row(t("issues.fields.impact"), issue.impact)}
              {row(t("issues.fields.urgency"), issue.urgency)}
              {row(t("issues.detail.programs"), issue.programs.length ? issue.programs.join("; ") : "—")}
              {row(t("issues.detail.tags"), issue.tags.length ? <span className="flex flex-wrap gap-1">{issue.tags.map((tag) => <Badge key={tag}>{tag}</Badge>)}</span> : "—")}
              {row(t("issues.fields.source"), t(`issues.sources.${issue.source}`))}
              {row(t("issues.fields.createdAt"), <>{formatDate(issue.createdAt, locale)}{issue.createdBy && <> · {issue.createdBy.name}</>}</>)}
            </dl>
          </Card>
          {issue.permissions.stages.length > 0 && (
            <Card title={t("issues.stage.title")}>
              <StageForm issueId={issue.id} version={issue.version} stages={issue.permissions.stages} isPublicIssue={issue.isPublic} t={t} />
            </Card>
          )}
          {!issue.permissions.addUpdate && issue.triage === "accepted" && issue.stage !== "closed" && <p className="text-sm text-slate-600">{t("issues.detail.notYours")}</p>}
        </div>
      </div>
    </>
  );
}
