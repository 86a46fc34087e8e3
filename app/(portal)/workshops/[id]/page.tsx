import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ActivityForm } from "@/components/workshops/activity-form";
import { ActivityTimer } from "@/components/workshops/activity-timer";
import { ActionButton } from "@/components/workshops/control-buttons";
import { LeaderboardTable } from "@/components/workshops/leaderboard-table";
import { LiveRefresh } from "@/components/workshops/live-refresh";
import { SessionList } from "@/components/workshops/session-list";
import { WorkshopForm } from "@/components/workshops/workshop-form";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import {
  deleteActivityAction,
  moveActivityAction,
  saveTemplateAction,
  setActivityStateAction,
  setResultsVisibleAction,
  setWorkshopLockedAction,
  useTemplateAction,
} from "@/lib/workshops/actions";
import { getQuizLeaderboard } from "@/lib/workshops/leaderboard";
import { getWorkshop, listTemplates } from "@/lib/workshops/queries";
import { setLeaderboardAction } from "@/lib/workshops/tool-actions";
import { listRankableIssues } from "@/lib/workshops/verdict-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("workshops.title") };
}

const stateTone: Record<string, BadgeTone> = { draft: "slate", open: "green", closed: "yellow" };

export default async function WorkshopPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const w = await getWorkshop(actor, (await params).id);
  if (!w) notFound();
  const hasQuiz = w.activities.some((a) => a.kind === "quiz");
  const [t, locale, templates, board, rankable] = await Promise.all([
    getT(),
    getLocale(),
    listTemplates(actor, w.regencyId),
    hasQuiz ? getQuizLeaderboard(actor, w.id) : null,
    w.canManage ? listRankableIssues(actor, w.regencyId) : [],
  ]);
  return (
    <>
      <PageHeader
        breadcrumb={
          <Link href="/workshops" className="hover:underline">
            {t("workshops.title")}
          </Link>
        }
        title={w.title}
        description={
          <>
            {formatDateTime(w.startsAt, locale, w.regency.timeZone)} · {w.venue || "—"} · {t("workshops.join.code")}:{" "}
            <span className="font-mono font-semibold" data-join-code>
              {w.code}
            </span>{" "}
            · {t("workshops.participantsCount")}: {w._count.participants}
          </>
        }
        actions={
          <>
            <LiveRefresh workshopId={w.id} running={w.running !== null} />
            <LinkButton href={`/workshops/${w.id}/present`} variant="primary">
              {t("workshops.present.open")}
            </LinkButton>
            <LinkButton href={`/workshops/${w.id}/attendance`} variant="secondary">
              {t("workshops.attendance.title")}
            </LinkButton>
            <LinkButton href={`/workshops/${w.id}/summary`} variant="secondary">
              {t("workshops.summary.title")}
            </LinkButton>
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="space-y-6">
          <Card title={t("workshops.sessions.title")}>
            <SessionList
              workshopId={w.id}
              sessions={w.sessions}
              canManage={w.canManage}
              t={t}
              locale={locale}
              timeZone={w.regency.timeZone}
            />
          </Card>
          <Card
            title={t("workshops.control.title")}
            actions={
              w.canManage && (
                <div className="flex items-center gap-2">
                  {w.locked && <Badge tone="red">{t("workshops.control.lockedBadge")}</Badge>}
                  <ActionButton
                    action={setWorkshopLockedAction}
                    label={w.locked ? t("workshops.control.unlock") : t("workshops.control.lock")}
                    variant={w.locked ? "secondary" : "danger"}
                    fields={{ workshopId: w.id, locked: String(!w.locked) }}
                  />
                </div>
              )
            }
          >
            {w.activities.length === 0 ? (
              <EmptyState title={t("workshops.activities.empty")} />
            ) : (
              <ol className="divide-y divide-slate-100">
                {w.activities.map((a, i) => (
                  <li key={a.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                    <div className="min-w-0">
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="text-sm tabular-nums text-slate-500">{i + 1}.</span>
                        <Link
                          href={`/workshops/${w.id}/activities/${a.id}`}
                          className="font-medium text-emerald-800 hover:underline"
                        >
                          {a.title}
                        </Link>
                        <Badge tone="blue">{t(`workshops.kinds.${a.kind}`)}</Badge>
                        <Badge tone={stateTone[a.state]}>{t(`workshops.states.${a.state}`)}</Badge>
                        {a.id === w.currentActivityId && <Badge tone="purple">{t("workshops.control.current")}</Badge>}
                        {a.resultsVisible && <Badge tone="green">{t("workshops.control.resultsShownBadge")}</Badge>}
                      </div>
                      <p className="text-xs text-slate-600">
                        {t("workshops.live.responses")}: {a._count.entries}
                      </p>
                      {w.canManage && a.state === "open" && (
                        <ActivityTimer activity={a} t={t} locale={locale} timeZone={w.regency.timeZone} />
                      )}
                    </div>
                    {w.canManage && (
                      <div className="flex flex-wrap gap-2">
                        {a.state !== "open" ? (
                          <ActionButton
                            action={setActivityStateAction}
                            label={t("workshops.control.open")}
                            variant="primary"
                            fields={{ activityId: a.id, state: "open" }}
                          />
                        ) : (
                          <ActionButton
                            action={setActivityStateAction}
                            label={t("workshops.control.close")}
                            fields={{ activityId: a.id, state: "closed" }}
                          />
                        )}
                        <ActionButton
                          action={setResultsVisibleAction}
                          label={
                            a.resultsVisible ? t("workshops.control.hideResults") : t("workshops.control.showResults")
                          }
                          fields={{ activityId: a.id, visible: String(!a.resultsVisible) }}
                        />
                        <ActionButton
                          action={moveActivityAction}
                          label={t("workshops.control.up")}
                          fields={{ activityId: a.id, direction: "up" }}
                        />
                        <ActionButton
                          action={moveActivityAction}
                          label={t("workshops.control.down")}
                          fields={{ activityId: a.id, direction: "down" }}
                        />
                        <ActionButton
                          action={saveTemplateAction}
                          label={t("workshops.activities.saveTemplate")}
                          fields={{ activityId: a.id }}
                        />
                        {a.state !== "open" && a._count.entries === 0 && (
                          <ActionButton
                            action={deleteActivityAction}
                            label={t("workshops.activities.delete")}
                            variant="danger"
                            confirm={t("workshops.activities.deleteConfirm")}
                            fields={{ activityId: a.id, version: a.version }}
                          />
                        )}
                      </div>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </Card>
          {board && (
            <Card
              title={t("workshops.quiz.leaderboard")}
              actions={
                w.canManage && (
                  <ActionButton
                    action={setLeaderboardAction}
                    label={
                      w.quizLeaderboard ? t("workshops.quiz.hideLeaderboard") : t("workshops.quiz.showLeaderboard")
                    }
                    variant={w.quizLeaderboard ? "secondary" : "primary"}
                    fields={{ workshopId: w.id, shown: String(!w.quizLeaderboard) }}
                  />
                )
              }
            >
              <p className="mb-2 text-xs text-slate-600">
                {w.quizLeaderboard ? t("workshops.quiz.leaderboardShown") : t("workshops.quiz.leaderboardOff")}{" "}
                {t("workshops.quiz.leaderboardHint")}
              </p>
              <LeaderboardTable rows={board} t={t} />
            </Card>
          )}
          {w.canManage && (
            <div className="grid gap-6 lg:grid-cols-2">
              <Card title={t("workshops.activities.addTitle")}>
                <ActivityForm t={t} workshopId={w.id} issues={rankable} />
              </Card>
              <Card title={t("workshops.activities.fromTemplate")}>
                {templates.length === 0 ? (
                  <p className="text-sm text-slate-600">{t("workshops.activities.noTemplates")}</p>
                ) : (
                  <ActionForm
                    action={useTemplateAction}
                    submitLabel={t("workshops.activities.useTemplate")}
                    idempotencyKey={randomUUID()}
                  >
                    <HiddenField name="workshopId" value={w.id} />
                    <SelectField
                      name="templateId"
                      label={t("workshops.activities.template")}
                      required
                      options={templates.map((x) => ({
                        value: x.id,
                        label: `${x.title} (${t(`workshops.kinds.${x.kind}`)})`,
                      }))}
                    />
                  </ActionForm>
                )}
                {templates.length > 0 && (
                  <details className="mt-4 border-t border-slate-100 pt-3">
                    <summary className="cursor-pointer text-sm text-emerald-800">
                      {t("workshops.activities.manageTemplates")}
                    </summary>
                    <ul className="mt-2 divide-y divide-slate-100 text-sm">
                      {templates.map((x) => (
                        <li key={x.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                          <span>
                            {x.title} <span className="text-slate-600">({t(`workshops.kinds.${x.kind}`)})</span>
                          </span>
                          <ActionButton
                            action={deleteActivityAction}
                            label={t("workshops.activities.delete")}
                            variant="danger"
                            confirm={t("workshops.activities.deleteTemplateConfirm")}
                            fields={{ activityId: x.id, version: x.version }}
                          />
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </Card>
            </div>
          )}
        </div>
        <div className="space-y-6">
          <Card title={t("workshops.fields.agenda")}>
            {w.agenda.length === 0 ? (
              <p className="text-sm text-slate-600">—</p>
            ) : (
              <ol className="space-y-1 text-sm">
                {w.agenda.map((x, i) => (
                  <li key={i}>
                    <span className="font-mono tabular-nums text-slate-600">{x.time}</span> {x.title}
                  </li>
                ))}
              </ol>
            )}
            {w.materials.length > 0 && (
              <>
                <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("workshops.fields.materials")}</h3>
                <ul className="list-disc pl-5 text-sm">
                  {w.materials.map((m, i) => (
                    <li key={i}>
                      {m.url ? (
                        <a
                          className="text-emerald-800 hover:underline"
                          href={m.url}
                          rel="noopener noreferrer"
                          target="_blank"
                        >
                          {m.title || m.url}
                        </a>
                      ) : (
                        m.title
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Card>
          {w.canManage && (
            <Card title={t("workshops.editTitle")}>
              <WorkshopForm t={t} regencyId={w.regencyId} timeZone={w.regency.timeZone} workshop={w} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
