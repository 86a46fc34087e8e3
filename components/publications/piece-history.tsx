import { Markdown } from "@/components/ui/markdown";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { pieceImageUrl } from "@/lib/publications/image-url";
import type { PublicationDetail } from "@/lib/publications/queries";

/** The versions on record, newest as the query orders them, each folded under its title. */
export function PieceVersions({
  versions,
  publicUrl,
  t,
  locale,
  timeZone,
}: {
  versions: PublicationDetail["versions"];
  publicUrl: string;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  if (versions.length === 0) return <p className="text-sm text-slate-600">{t("publications.detail.noVersions")}</p>;
  return (
    <ol className="space-y-3">
      {versions.map((v) => (
        <li key={v.id} className="rounded border border-slate-200 p-3 text-sm">
          <p className="font-medium text-slate-900">
            {t("publications.detail.versionLine", {
              number: v.number,
              date: formatDateTime(v.publishAt, locale, timeZone),
              name: v.approverTitle ? `${v.approverName} (${v.approverTitle})` : v.approverName,
            })}
          </p>
          {v.correctionNote && (
            <p className="mt-1 text-amber-900">
              {t("publications.public.correctionNoteLabel")}: {v.correctionNote}
            </p>
          )}
          {v.imageId && (
            <p className="mt-1 text-slate-700">
              {t("publications.image.title")}:{" "}
              <a className="text-emerald-800 underline" href={pieceImageUrl(publicUrl, v.imageId, v.image)}>
                {v.imageAlt}
              </a>
            </p>
          )}
          <details className="mt-1">
            <summary className="cursor-pointer text-slate-700">{v.title}</summary>
            {v.summary && <p className="mt-1">{v.summary}</p>}
            <Markdown>{v.body}</Markdown>
          </details>
        </li>
      ))}
    </ol>
  );
}

/** Who submitted, approved, sent back or withdrew the piece, and when. */
export function PieceReviewHistory({
  reviews,
  t,
  locale,
  timeZone,
}: {
  reviews: PublicationDetail["reviews"];
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  return (
    <ol className="space-y-2 text-sm">
      {reviews.map((r) => (
        <li key={r.id}>
          <span className="font-medium">{t(`publications.reviewActions.${r.action}`)}</span> · {r.actorName} ·{" "}
          <span className="text-slate-600">{formatDateTime(r.createdAt, locale, timeZone)}</span>
          {r.comment && <p className="whitespace-pre-line text-slate-700">{r.comment}</p>}
        </li>
      ))}
    </ol>
  );
}
