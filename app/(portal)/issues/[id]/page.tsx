import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PublicInterestFlag } from "@/components/followers/public-interest-flag";
import { IssueAttentionNotice, IssueHeaderBadges, IssueProperties } from "@/components/issues/issue-properties";
import { IssueCommunication } from "@/components/issues/issue-communication";
import { IssueTimeline } from "@/components/issues/issue-timeline";
import { AddUpdateForm, StageForm, TriageForms } from "@/components/issues/issue-work-forms";
import { QueuedNotes } from "@/components/offline/queued-notes";
import { AuditHistoryLink } from "@/components/audit/audit-history-link";
import { PageHeader } from "@/components/layout/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Markdown } from "@/components/ui/markdown";
import { can } from "@/lib/auth/permissions";
import { getLocale, getT } from "@/lib/i18n/server";
import { FollowUpList } from "@/components/workshops/follow-up-list";
import { IssueVerdicts } from "@/components/workshops/issue-verdicts";
import { issueFormOptions } from "@/lib/issues/queries";
import { getIssueCommunication } from "@/lib/publications/queries";
import { issueFollowUps } from "@/lib/workshops/follow-ups/queries";
import { issueVerdicts } from "@/lib/workshops/verdict-queries";
import { loadIssue } from "./issue";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { issue } = await loadIssue((await params).id);
  const t = await getT();
  return { title: issue ? `${t("issues.number", { number: issue.number })} ${issue.title}` : t("issues.title") };
}

export default async function IssuePage({ params }: Props) {
  const { actor, issue } = await loadIssue((await params).id);
  if (!issue) notFound();
  const [t, locale, options, communication, followUps, verdicts] = await Promise.all([
    getT(),
    getLocale(),
    issue.permissions.triage ? issueFormOptions(actor, issue.regencyId) : null,
    getIssueCommunication(actor, issue),
    issueFollowUps(actor, issue.id),
    issueVerdicts(actor, issue),
  ]);
  const actions = (
    <>
      {issue.permissions.edit && (
        <LinkButton href={`/issues/${issue.id}/edit`} variant="secondary">
          {t("issues.edit")}
        </LinkButton>
      )}
      {issue.isPublic && issue.triage === "accepted" && (
        <LinkButton href={`/r/${issue.regency.slug}/isu/${issue.number}`} variant="ghost">
          {t("issues.detail.publicPage")}
        </LinkButton>
      )}
      {can(actor, "audit.read", issue.regencyId) && (
        <AuditHistoryLink type="issue" id={issue.id} label={t("audit.history")} />
      )}
    </>
  );
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/issues" className="hover:underline">
            {t("issues.backToList")}
          </Link>
        }
        title={`${t("issues.number", { number: issue.number })} · ${issue.title}`}
        description={<IssueHeaderBadges issue={issue} t={t} />}
        actions={actions}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <IssueAttentionNotice issue={issue} t={t} />
          <PublicInterestFlag actor={actor} regencyId={issue.regencyId} issueId={issue.id} />
          {issue.mergedInto && (
            <p className="text-sm">
              <Link className="text-emerald-800 underline" href={`/issues/${issue.mergedInto.id}`}>
                {t("issues.detail.mergedInto", { number: issue.mergedInto.number })}
              </Link>
            </p>
          )}
          {issue.triage === "rejected" && (
            <p className="text-sm text-slate-800">
              {t("issues.detail.rejected", { reason: issue.triageReason ?? "—" })}
            </p>
          )}
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
              <TriageForms
                issueId={issue.id}
                version={issue.version}
                positions={options.positions}
                agencies={options.agencies}
                t={t}
              />
            </Card>
          )}
          {issue.permissions.addUpdate && (
            <Card title={t("issues.timeline.addTitle")}>
              <QueuedNotes
                issueId={issue.id}
                version={issue.version}
                userId={actor.id}
                locale={locale}
                labels={{
                  title: t("offline.queue.title"),
                  queued: t("offline.queue.queued"),
                  sent: t("offline.queue.sent"),
                  sending: t("offline.queue.sending"),
                  pending: t("offline.queue.pending"),
                  conflict: t("offline.queue.conflict"),
                  failed: t("offline.queue.failed"),
                  writtenAt: t("offline.queue.writtenAt", { time: "{time}" }),
                  restore: t("offline.queue.restore"),
                  discard: t("offline.queue.discard"),
                }}
              >
                <AddUpdateForm
                  issueId={issue.id}
                  percentDone={issue.percentDone}
                  isPublicIssue={issue.isPublic}
                  t={t}
                />
              </QueuedNotes>
            </Card>
          )}
          {followUps && followUps.length > 0 && (
            <Card title={t("workshops.followUps.title")}>
              <FollowUpList items={followUps} from="workshop" t={t} locale={locale} timeZone={issue.regency.timeZone} />
            </Card>
          )}
          <Card title={t("issues.timeline.title")}>
            <IssueTimeline entries={issue.updates} t={t} locale={locale} timeZone={issue.regency.timeZone} internal />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={t("issues.detail.properties")}>
            <IssueProperties issue={issue} t={t} locale={locale} timeZone={issue.regency.timeZone} />
          </Card>
          {verdicts && verdicts.length > 0 && (
            <Card title={t("issues.verdicts.title")}>
              <IssueVerdicts items={verdicts} t={t} locale={locale} />
            </Card>
          )}
          {issue.permissions.stages.length > 0 && (
            <Card title={t("issues.stage.title")}>
              <StageForm
                issueId={issue.id}
                version={issue.version}
                stages={issue.permissions.stages}
                isPublicIssue={issue.isPublic}
                t={t}
              />
            </Card>
          )}
          {!issue.permissions.addUpdate && issue.triage === "accepted" && issue.stage !== "closed" && (
            <p className="text-sm text-slate-600">{t("issues.detail.notYours")}</p>
          )}
          {communication && (
            <IssueCommunication
              c={communication}
              issueId={issue.id}
              t={t}
              locale={locale}
              timeZone={issue.regency.timeZone}
            />
          )}
        </div>
      </div>
    </>
  );
}
