import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField, TextArea, TextField } from "@/components/forms/field";
import { downloadFormats } from "@/components/imports/download-formats";
import { DownloadMenu } from "@/components/ui/download-menu";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, td, th } from "@/components/ui/table";
import { ActivityForm } from "@/components/workshops/activity-form";
import { ActionButton } from "@/components/workshops/control-buttons";
import { LiveRefresh } from "@/components/workshops/live-refresh";
import { EntriesToPotentialsForm, EntryPotentialLink } from "@/components/workshops/potential-form";
import { ResultsView } from "@/components/workshops/results-view";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { regencyTimeZone } from "@/lib/regencies/zone";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { entryToIssueAction, moderateEntryAction, removeParticipantEntriesAction } from "@/lib/workshops/actions";
import { createFollowUpAction } from "@/lib/workshops/follow-ups/actions";
import { activityKind } from "@/lib/workshops/kinds";
import { listActivityEntries, listFollowUpOwners, listLinkableIssues } from "@/lib/workshops/queries";
import { tallyResultsNow } from "@/lib/workshops/results";
import { applyVerdictAction } from "@/lib/workshops/tool-actions";
import { listRankableIssues, rankingVerdictState } from "@/lib/workshops/verdict-queries";
import { ISSUE_CATEGORIES, yieldsPotentials } from "@/lib/workshops/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("workshops.moderation.title") };
}

export default async function ActivityPage({ params }: { params: Promise<{ id: string; activityId: string }> }) {
  const actor = await requireActor();
  const { id, activityId } = await params;
  const data = await listActivityEntries(actor, activityId);
  if (!data || data.activity.workshopId !== id) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const a = data.activity;
  const [results, tz] = await Promise.all([tallyResultsNow(a), regencyTimeZone(a.regencyId)]);
  const canManage = can(actor, "workshops.manage", a.regencyId);
  const kind = activityKind(a.kind);
  const textual = kind.texts;
  const issueRanking = a.kind === "ranking" && a.optionIssueIds.length > 0;
  const [verdict, rankable] = await Promise.all([
    issueRanking ? rankingVerdictState(actor, a) : null,
    canManage ? listRankableIssues(actor, a.regencyId) : [],
  ]);
  const linkable =
    canManage && textual && data.entries.some((e) => !e.issueId) ? await listLinkableIssues(actor, a.regencyId) : [];
  const issueOptions = linkable.map((i) => ({
    value: i.id,
    label: `${t("issues.number", { number: i.number })} · ${i.title}`,
  }));
  const ownerOptions = (issueOptions.length ? await listFollowUpOwners(actor, a.regencyId) : []).map((p) => ({
    value: p.id,
    label: p.title,
  }));
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href={`/workshops/${id}`} className="hover:underline">
            {t("workshops.control.title")}
          </Link>
        }
        title={a.title}
        description={
          <>
            {t(`workshops.kinds.${a.kind}`)} · {t(`workshops.states.${a.state}`)}
          </>
        }
        actions={
          <>
            <LiveRefresh workshopId={id} running={data.running} />
            <DownloadMenu
              href={`/api/workshops/${id}/activities/${a.id}`}
              label={t("spreadsheet.export.menu")}
              items={downloadFormats(t)}
            />
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="space-y-6">
          <Card title={t("workshops.live.results")}>
            {/* staff see a quiz's correct answers here (they marked them); the room sees them at closing */}
            <ResultsView
              activity={{ ...a, correct: a.kind === "quiz" ? a.correctOptions : null }}
              results={results}
              t={t}
            />
          </Card>
          {verdict && (
            <Card title={t("workshops.verdict.title")}>
              {verdict.applied.length > 0 ? (
                <>
                  <p className="text-sm text-slate-700">{t("workshops.verdict.appliedList")}</p>
                  <ol className="mt-2 space-y-1 text-sm">
                    {verdict.applied.map((v) => (
                      <li key={v.issue.id}>
                        <Link href={`/issues/${v.issue.id}`} className="text-emerald-800 underline">
                          ISU-{v.issue.number}
                        </Link>{" "}
                        {v.issue.title} — {t("workshops.verdict.rankOf", { rank: v.rank, of: v.optionCount })}
                      </li>
                    ))}
                  </ol>
                </>
              ) : (
                <p className="text-sm text-slate-700">{t("workshops.verdict.intro")}</p>
              )}
              {verdict.canApply ? (
                a.state === "closed" ? (
                  verdict.applied.length === 0 && (
                    <div className="mt-3">
                      <ActionButton
                        action={applyVerdictAction}
                        label={t("workshops.verdict.apply")}
                        variant="primary"
                        fields={{ activityId: a.id }}
                      />
                    </div>
                  )
                ) : (
                  <p className="mt-2 text-sm text-amber-800">{t("workshops.verdict.closeFirst")}</p>
                )
              ) : (
                verdict.applied.length === 0 && (
                  <p className="mt-2 text-sm text-slate-600">{t("workshops.verdict.onlyCoordinator")}</p>
                )
              )}
            </Card>
          )}
          <Card title={t("workshops.moderation.entries", { count: data.entries.length })}>
            {data.entries.length === 0 ? (
              <EmptyState title={t("workshops.moderation.empty")} />
            ) : (
              <Table
                caption={t("workshops.moderation.entries", { count: data.entries.length })}
                head={
                  <tr>
                    <th className={th}>{t("workshops.csv.answer")}</th>
                    <th className={th}>{t("workshops.attendance.name")}</th>
                    <th className={th}>{t("common.actions")}</th>
                  </tr>
                }
              >
                {data.entries.map((e) => (
                  <tr key={e.id} className={e.hidden ? "bg-slate-50 text-slate-500" : ""}>
                    <td className={td}>
                      <p className="whitespace-pre-wrap break-words">{kind.describe(a, e)}</p>
                      <div className="mt-1 flex flex-wrap gap-1">
                        {kind.alwaysPublic && <Badge tone="blue">▲ {e.upvoteCount}</Badge>}
                        {kind.alwaysPublic && !e.approved && !e.hidden && (
                          <Badge tone="yellow">{t("workshops.moderation.pending")}</Badge>
                        )}
                        {e.hidden && <Badge tone="red">{t("workshops.moderation.hiddenBadge")}</Badge>}
                        {e.answeredAt && <Badge tone="green">{t("workshops.live.answered")}</Badge>}
                        {e.potential && (
                          <EntryPotentialLink potential={e.potential} regencySlug={a.regency.slug} t={t} />
                        )}
                        {e.issue && (
                          <span className="text-xs text-slate-600">
                            {t("workshops.moderation.linkedTo")}{" "}
                            <Link href={`/issues/${e.issueId}`} className="text-emerald-800 underline">
                              ISU-{e.issue.number}
                            </Link>
                          </span>
                        )}
                      </div>
                      <p className="mt-1 text-xs text-slate-500">{formatDateTime(e.createdAt, locale, tz)}</p>
                    </td>
                    <td className={td}>
                      {e.participant.name || t("workshops.attendance.anonymous")}
                      <div className="text-xs text-slate-600">{e.participant.institution}</div>
                    </td>
                    <td className={td}>
                      {canManage && (
                        <div className="flex flex-wrap gap-2">
                          {kind.alwaysPublic && !e.approved && (
                            <ActionButton
                              action={moderateEntryAction}
                              label={t("workshops.moderation.approve")}
                              variant="primary"
                              fields={{ entryId: e.id, op: "approve" }}
                            />
                          )}
                          {e.hidden ? (
                            <ActionButton
                              action={moderateEntryAction}
                              label={t("workshops.moderation.unhide")}
                              fields={{ entryId: e.id, op: "unhide" }}
                            />
                          ) : (
                            <ActionButton
                              action={moderateEntryAction}
                              label={t("workshops.moderation.hide")}
                              fields={{ entryId: e.id, op: "hide" }}
                            />
                          )}
                          {kind.alwaysPublic && e.approved && !e.answeredAt && (
                            <ActionButton
                              action={moderateEntryAction}
                              label={t("workshops.moderation.markAnswered")}
                              fields={{ entryId: e.id, op: "answered" }}
                            />
                          )}
                          <ActionButton
                            action={removeParticipantEntriesAction}
                            label={t("workshops.moderation.removeParticipant")}
                            variant="danger"
                            confirm={t("workshops.moderation.removeConfirm")}
                            fields={{ participantId: e.participant.id }}
                          />
                        </div>
                      )}
                      {canManage && textual && !e.issueId && (
                        <details className="mt-2">
                          <summary className="cursor-pointer text-sm font-medium text-emerald-800">
                            {t("workshops.moderation.toIssue")}
                          </summary>
                          <ActionForm
                            action={entryToIssueAction}
                            submitLabel={t("workshops.moderation.createIssue")}
                            idempotencyKey={randomUUID()}
                            className="mt-2 space-y-2"
                          >
                            <HiddenField name="entryId" value={e.id} />
                            <TextField
                              name="title"
                              label={t("workshops.moderation.issueTitle")}
                              required
                              maxLength={200}
                              defaultValue={e.text.slice(0, 200)}
                            />
                            <SelectField
                              name="category"
                              label={t("workshops.moderation.issueCategory")}
                              required
                              options={ISSUE_CATEGORIES.map((c) => ({
                                value: c,
                                label: t(`issues.categories.${c}`),
                              }))}
                            />
                          </ActionForm>
                        </details>
                      )}
                      {canManage && textual && !e.issueId && issueOptions.length > 0 && (
                        <details className="mt-2">
                          <summary className="cursor-pointer text-sm font-medium text-emerald-800">
                            {t("workshops.moderation.toExistingIssue")}
                          </summary>
                          <ActionForm
                            action={createFollowUpAction}
                            submitLabel={t("workshops.moderation.linkIssue")}
                            idempotencyKey={randomUUID()}
                            className="mt-2 space-y-2"
                          >
                            <HiddenField name="entryId" value={e.id} />
                            <SelectField
                              name="issueId"
                              label={t("workshops.moderation.existingIssue")}
                              required
                              placeholder={t("workshops.moderation.chooseIssue")}
                              options={issueOptions}
                            />
                            <TextArea
                              name="text"
                              label={t("workshops.followUps.text")}
                              required
                              rows={2}
                              maxLength={2000}
                              hint={t("workshops.followUps.textHint")}
                            />
                            <SelectField
                              name="ownerPositionId"
                              label={t("workshops.followUps.owner")}
                              required
                              placeholder={t("workshops.followUps.chooseOwner")}
                              options={ownerOptions}
                            />
                            <TextField name="dueDate" type="date" label={t("workshops.followUps.dueDate")} required />
                          </ActionForm>
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </Table>
            )}
          </Card>
          {canManage && yieldsPotentials(a.kind) && data.entries.length > 0 && (
            <Card title={t("workshops.potentials.title")}>
              <EntriesToPotentialsForm activity={a} entries={data.entries} t={t} />
            </Card>
          )}
        </div>
        {canManage && (
          <Card title={t("workshops.activities.editTitle")}>
            <ActivityForm t={t} workshopId={id} activity={a} issues={rankable} />
          </Card>
        )}
      </div>
    </>
  );
}
