import { Markdown } from "@/components/ui/markdown";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { PublicationDetail } from "@/lib/publications/queries";

/** Why a draft came back from review, or that the piece was withdrawn. */
export function PieceNotices({
  piece,
  t,
  locale,
  timeZone,
}: {
  piece: PublicationDetail;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  return (
    <>
      {piece.status === "draft" && piece.reviewComment && (
        <div className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <strong>{t("publications.detail.sentBackNotice")}</strong>{" "}
          <span className="whitespace-pre-line">{piece.reviewComment}</span>
        </div>
      )}
      {piece.status === "withdrawn" && (
        <div className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {t("publications.detail.withdrawnNotice", {
            date: formatDateTime(piece.withdrawnAt, locale, timeZone),
            reason: piece.withdrawalReason ?? "",
          })}
        </div>
      )}
    </>
  );
}

/** The working copy as it reads now, with its notes and public address. */
export function PieceWorkingCopy({
  piece,
  publicUrl,
  t,
}: {
  piece: PublicationDetail;
  publicUrl: string;
  t: Translate;
}) {
  return (
    <>
      {piece.correctionNote && piece.status !== "approved" && (
        <p className="mb-3 rounded bg-violet-50 p-2 text-sm text-violet-900">
          {t("publications.fields.correctionNote")}: {piece.correctionNote}
        </p>
      )}
      {piece.summary && <p className="mb-3 font-medium text-slate-800">{piece.summary}</p>}
      <Markdown>{piece.body}</Markdown>
      {piece.issues.length > 0 && (
        <p className="mt-3 text-xs text-slate-600">
          {t("publications.fields.issues")}:{" "}
          {piece.issues.map((i) => `${t("issues.number", { number: i.issue.number })} ${i.issue.title}`).join("; ")}
        </p>
      )}
      {piece.internalNote && (
        <p className="mt-3 rounded bg-slate-100 p-2 text-sm text-slate-700">
          {t("publications.fields.internalNote")}: {piece.internalNote}
        </p>
      )}
      <p className="mt-3 text-xs text-slate-600">
        {t("publications.detail.slug")}: {publicUrl}
      </p>
    </>
  );
}
