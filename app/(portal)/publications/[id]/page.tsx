import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextArea, TextField } from "@/components/forms/field";
import { PageHeader } from "@/components/layout/page-header";
import { ImagePanel } from "@/components/publications/image-panel";
import { NarrativePanel } from "@/components/publications/narrative-panel";
import { PieceFields } from "@/components/publications/piece-fields";
import { displayStatus, StatusBadge } from "@/components/publications/status-badge";
import { PublicationsSubnav } from "@/components/publications/subnav";
import { Card } from "@/components/ui/card";
import { Markdown } from "@/components/ui/markdown";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { approvePublicationAction, sendBackPublicationAction, submitPublicationAction, updatePublicationAction, withdrawPublicationAction } from "@/lib/publications/actions";
import { getPublication, listIssueOptions } from "@/lib/publications/queries";

type Props = { params: Promise<{ id: string }> };
const UUID = /^[0-9a-f-]{36}$/i;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await params;
  return { title: (await getT())("publications.title") };
}

export default async function PublicationPage({ params }: Props) {
  const actor = await requireActor();
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const piece = await getPublication(actor, id);
  if (!piece) notFound();
  const [t, locale, issues] = await Promise.all([getT(), getLocale(), listIssueOptions(actor, piece.regencyId)]);
  const now = new Date();
  const status = displayStatus({ ...piece, versionCount: piece.versions.length }, now);
  const onRecord = piece.versions.length > 0;
  const publicUrl = `/r/${piece.regency.slug}/${piece.slug}`;
  const narrative = piece.narrative.map((m) => ({ ...m, issue: piece.issues.find((i) => i.issue.id === m.issueId)!.issue }));
  const ref = (
    <>
      <HiddenField name="id" value={piece.id} />
      <HiddenField name="version" value={piece.version} />
    </>
  );
  return (
    <>
      <PageHeader
        title={piece.title}
        breadcrumb={`${t("publications.title")} · ${t(`publications.kinds.${piece.kind}`)}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge t={t} status={status} />
            <span>{t("publications.fields.author")}: {piece.author.name}</span>
            {status === "scheduled" && <span>{t("publications.detail.scheduledFor", { date: formatDateTime(piece.firstPublishAt, locale) })}</span>}
            {onRecord && piece.firstPublishAt && piece.firstPublishAt <= now && (
              <a href={publicUrl} className="text-emerald-800 underline">{t("publications.viewPublic")}</a>
            )}
          </span>
        }
      />
      <PublicationsSubnav t={t} current="pieces" />
      {piece.status === "draft" && piece.reviewComment && (
        <div className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <strong>{t("publications.detail.sentBackNotice")}</strong> <span className="whitespace-pre-line">{piece.reviewComment}</span>
        </div>
      )}
      {piece.status === "withdrawn" && (
        <div className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {t("publications.detail.withdrawnNotice", { date: formatDateTime(piece.withdrawnAt, locale), reason: piece.withdrawalReason ?? "" })}
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <Card title={t("publications.detail.workingCopy")}>
            {piece.correctionNote && piece.status !== "approved" && (
              <p className="mb-3 rounded bg-violet-50 p-2 text-sm text-violet-900">{t("publications.fields.correctionNote")}: {piece.correctionNote}</p>
            )}
            {piece.summary && <p className="mb-3 font-medium text-slate-800">{piece.summary}</p>}
            <Markdown>{piece.body}</Markdown>
            {piece.issues.length > 0 && (
              <p className="mt-3 text-xs text-slate-600">{t("publications.fields.issues")}: {piece.issues.map((i) => `ISU-${i.issue.number} ${i.issue.title}`).join("; ")}</p>
            )}
            {piece.internalNote && <p className="mt-3 rounded bg-slate-100 p-2 text-sm text-slate-700">{t("publications.fields.internalNote")}: {piece.internalNote}</p>}
            <p className="mt-3 text-xs text-slate-600">{t("publications.detail.slug")}: {publicUrl}</p>
            {piece.permissions.submit && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <ActionForm action={submitPublicationAction} submitLabel={t("publications.submit")} className="space-y-2">{ref}</ActionForm>
              </div>
            )}
          </Card>
          <ImagePanel t={t} piece={piece} imageBase={`${publicUrl}/image`} editable={piece.permissions.write && piece.status === "draft"} />
          {piece.permissions.write && (
            <Card title={onRecord ? t("publications.detail.correctionTitle") : t("publications.detail.editTitle")}>
              {onRecord && <p className="mb-4 text-sm text-slate-700">{t("publications.detail.correctionIntro")}</p>}
              <ActionForm action={updatePublicationAction} submitLabel={t("publications.save")} pendingLabel={t("common.saving")} resetOnSuccess={false}>
                {ref}
                <PieceFields t={t} issues={issues} correction={onRecord} values={{ ...piece, issueIds: piece.issues.map((i) => i.issue.id), correctionNote: piece.status === "approved" ? "" : piece.correctionNote }} />
              </ActionForm>
            </Card>
          )}
          <Card title={t("publications.detail.versions")}>
            {piece.versions.length === 0 ? (
              <p className="text-sm text-slate-600">{t("publications.detail.noVersions")}</p>
            ) : (
              <ol className="space-y-3">
                {piece.versions.map((v) => (
                  <li key={v.id} className="rounded border border-slate-200 p-3 text-sm">
                    <p className="font-medium text-slate-900">{t("publications.detail.versionLine", { number: v.number, date: formatDateTime(v.publishAt, locale), name: v.approverTitle ? `${v.approverName} (${v.approverTitle})` : v.approverName })}</p>
                    {v.correctionNote && <p className="mt-1 text-amber-900">{t("publications.public.correctionNoteLabel")}: {v.correctionNote}</p>}
                    {v.imageId && <p className="mt-1 text-slate-700">{t("publications.image.title")}: <a className="text-emerald-800 underline" href={`${publicUrl}/image/${v.imageId}`}>{v.imageAlt}</a></p>}
                    <details className="mt-1">
                      <summary className="cursor-pointer text-slate-700">{v.title}</summary>
                      {v.summary && <p className="mt-1">{v.summary}</p>}
                      <Markdown>{v.body}</Markdown>
                    </details>
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <NarrativePanel t={t} messages={narrative} />
          {(piece.permissions.approve || piece.permissions.approverButWriter) && (
            <Card title={t("publications.detail.reviewTitle")}>
              {piece.permissions.approverButWriter ? (
                <p className="text-sm text-slate-700">{t("publications.detail.ownPiece")}</p>
              ) : (
                <div className="space-y-6">
                  <ActionForm action={approvePublicationAction} submitLabel={t("publications.approve")}>
                    {ref}
                    <TextField name="publishAt" type="datetime-local" label={t("publications.fields.approvePublishAt")} hint={t("publications.fields.approvePublishAtHint")} />
                  </ActionForm>
                  <ActionForm action={sendBackPublicationAction} submitLabel={t("publications.sendBack")} variant="secondary">
                    {ref}
                    <TextArea name="comment" label={t("publications.fields.comment")} required rows={3} maxLength={2000} />
                  </ActionForm>
                </div>
              )}
            </Card>
          )}
          {piece.permissions.withdraw && (
            <Card title={t("publications.detail.withdrawTitle")}>
              <ActionForm action={withdrawPublicationAction} submitLabel={t("publications.withdraw")} variant="danger" confirm={t("publications.withdrawConfirm")}>
                {ref}
                <TextArea name="reason" label={t("publications.fields.reason")} hint={t("publications.fields.reasonHint")} required rows={3} maxLength={2000} />
              </ActionForm>
            </Card>
          )}
          <Card title={t("publications.detail.history")}>
            <ol className="space-y-2 text-sm">
              {piece.reviews.map((r) => (
                <li key={r.id}>
                  <span className="font-medium">{t(`publications.reviewActions.${r.action}`)}</span> · {r.actorName} · <span className="text-slate-600">{formatDateTime(r.createdAt, locale)}</span>
                  {r.comment && <p className="whitespace-pre-line text-slate-700">{r.comment}</p>}
                </li>
              ))}
            </ol>
          </Card>
        </div>
      </div>
    </>
  );
}
