import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { ImagePanel } from "@/components/publications/image-panel";
import { DraftAspirations } from "@/components/aspirations/draft-aspirations";
import { NarrativePanel } from "@/components/publications/narrative-panel";
import {
  ApprovePieceForm,
  SendBackPieceForm,
  SubmitPieceForm,
  UpdatePieceForm,
  WithdrawPieceForm,
} from "@/components/publications/piece-forms";
import { PieceReviewHistory, PieceVersions } from "@/components/publications/piece-history";
import { PieceNotices, PieceWorkingCopy } from "@/components/publications/piece-notices";
import { displayStatus, StatusBadge } from "@/components/publications/status-badge";
import { PublicationsSubnav } from "@/components/publications/subnav";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
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
  const narrative = piece.narrative.map((m) => ({
    ...m,
    issue: piece.issues.find((i) => i.issue.id === m.issueId)!.issue,
  }));
  const { permissions } = piece;
  const description = (
    <span className="flex flex-wrap items-center gap-2">
      <StatusBadge t={t} status={status} />
      <span>
        {t("publications.fields.author")}: {piece.author.name}
      </span>
      {status === "scheduled" && (
        <span>
          {t("publications.detail.scheduledFor", {
            date: formatDateTime(piece.firstPublishAt, locale, piece.regency.timeZone),
          })}
        </span>
      )}
      {onRecord && piece.firstPublishAt && piece.firstPublishAt <= now && (
        <a href={publicUrl} className="text-emerald-800 underline">
          {t("publications.viewPublic")}
        </a>
      )}
    </span>
  );
  return (
    <>
      <PageHeader
        title={piece.title}
        breadcrumb={`${t("publications.title")} · ${t(`publications.kinds.${piece.kind}`)}`}
        description={description}
      />
      <PublicationsSubnav t={t} current="pieces" />
      <PieceNotices piece={piece} t={t} locale={locale} timeZone={piece.regency.timeZone} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <Card title={t("publications.detail.workingCopy")}>
            <PieceWorkingCopy piece={piece} publicUrl={publicUrl} t={t} />
            {permissions.submit && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <SubmitPieceForm piece={piece} t={t} />
              </div>
            )}
          </Card>
          <ImagePanel
            t={t}
            piece={piece}
            publicUrl={publicUrl}
            editable={permissions.write && piece.status === "draft"}
          />
          {permissions.write && (
            <Card title={onRecord ? t("publications.detail.correctionTitle") : t("publications.detail.editTitle")}>
              {onRecord && <p className="mb-4 text-sm text-slate-700">{t("publications.detail.correctionIntro")}</p>}
              <UpdatePieceForm piece={piece} issues={issues} correction={onRecord} t={t} />
            </Card>
          )}
          <Card title={t("publications.detail.versions")}>
            <PieceVersions
              versions={piece.versions}
              publicUrl={publicUrl}
              t={t}
              locale={locale}
              timeZone={piece.regency.timeZone}
            />
          </Card>
        </div>
        <div className="space-y-6">
          <NarrativePanel t={t} messages={narrative} />
          <DraftAspirations
            actor={actor}
            regencyId={piece.regencyId}
            issueIds={piece.issues.map((i) => i.issue.id)}
            timeZone={piece.regency.timeZone}
          />
          {(permissions.approve || permissions.approverButWriter) && (
            <Card title={t("publications.detail.reviewTitle")}>
              {permissions.approverButWriter ? (
                <p className="text-sm text-slate-700">{t("publications.detail.ownPiece")}</p>
              ) : (
                <div className="space-y-6">
                  <ApprovePieceForm piece={piece} t={t} />
                  <SendBackPieceForm piece={piece} t={t} />
                </div>
              )}
            </Card>
          )}
          {permissions.withdraw && (
            <Card title={t("publications.detail.withdrawTitle")}>
              <WithdrawPieceForm piece={piece} t={t} />
            </Card>
          )}
          <Card title={t("publications.detail.history")}>
            <PieceReviewHistory reviews={piece.reviews} t={t} locale={locale} timeZone={piece.regency.timeZone} />
          </Card>
        </div>
      </div>
    </>
  );
}
