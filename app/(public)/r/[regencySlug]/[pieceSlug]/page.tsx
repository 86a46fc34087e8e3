import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PublicFollow } from "@/components/followers/public-follow";
import { Markdown } from "@/components/ui/markdown";
import { PieceImage } from "@/components/publications/piece-image";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { publicOrigin } from "@/lib/http/public-origin";
import { pieceImageUrl } from "@/lib/publications/image-url";
import { getPublicPiece } from "@/lib/publications/public-queries";
import { SHARE_CARD, shareMetadata } from "@/lib/publications/share-metadata";

// A published piece, readable without an account: the current approved text, who approved it
// and when, correction notes, a withdrawal notice. Server-rendered only (no client JavaScript).
type Params = { params: Promise<{ regencySlug: string; pieceSlug: string }> };

const SLUG = /^[a-z0-9-]{1,120}$/;

async function load({ params }: Params) {
  await connection();
  const { regencySlug, pieceSlug } = await params;
  if (!SLUG.test(regencySlug) || !SLUG.test(pieceSlug)) return null;
  return getPublicPiece(regencySlug, pieceSlug);
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const piece = await load(props);
  if (!piece) return {};
  const [t, origin] = await Promise.all([getT(), publicOrigin()]);
  const url = `${origin}/r/${piece.regency.slug}/${piece.slug}`;
  const regencyName = `${t(`regencyKind.${piece.regency.kind}`)} ${piece.regency.name}`;
  const description = piece.withdrawnAt ? t("publications.public.withdrawnTitle") : piece.current.summary || undefined;
  const photo = !piece.withdrawnAt && piece.current.imageId;
  return shareMetadata({
    type: "article",
    title: piece.current.title,
    description,
    url,
    siteName: `Mekar · ${regencyName}`,
    feedUrl: `${origin}/r/${piece.regency.slug}/feed.xml`,
    publishedTime: piece.firstPublishAt,
    modifiedTime: piece.current.publishAt,
    image: photo
      ? piece.current.image?.width
        ? {
            url: `${pieceImageUrl(url, photo, piece.current.image)}&v=og`,
            alt: piece.current.imageAlt ?? "",
            ...SHARE_CARD,
          }
        : { url: pieceImageUrl(url, photo, piece.current.image), alt: piece.current.imageAlt ?? "" }
      : { url: `${url}/card.png`, alt: piece.current.title, ...SHARE_CARD },
    noIndex: Boolean(piece.withdrawnAt),
  });
}

export default async function PublicPiecePage(props: Params) {
  const piece = await load(props);
  if (!piece) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const { current, earlier } = piece;
  const regencyName = `${t(`regencyKind.${piece.regency.kind}`)} ${piece.regency.name}`;
  const share = `/r/${piece.regency.slug}/${piece.slug}/share`; // counted, then on to wa.me
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-2xl items-center justify-between gap-3 px-4 py-3">
          <a href={`/r/${piece.regency.slug}`} className="flex items-center gap-2 font-semibold text-emerald-800">
            <span
              aria-hidden
              className="grid h-7 w-7 place-items-center rounded-full bg-emerald-700 text-sm text-white"
            >
              M
            </span>
            {regencyName}
          </a>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-6 sm:py-10">
        <article className="rounded-lg border border-slate-200 bg-white p-5 sm:p-8">
          <header>
            <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
              {t(`publications.kinds.${piece.kind}`)}
            </p>
            <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{current.title}</h1>
            <p className="mt-2 text-sm text-slate-700">
              {t("publications.public.publishedAt", {
                date: formatDateTime(piece.firstPublishAt, locale, piece.regency.timeZone),
              })}
            </p>
            <p className="mt-1 text-sm text-slate-700">
              {t("publications.public.approvedBy", {
                name: current.approverTitle
                  ? `${current.approverName} (${current.approverTitle})`
                  : current.approverName,
                date: formatDateTime(current.approvedAt, locale, piece.regency.timeZone),
              })}
            </p>
          </header>

          {piece.withdrawnAt && (
            <section
              className="mt-4 rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900"
              aria-labelledby="withdrawn"
            >
              <h2 id="withdrawn" className="font-semibold">
                {t("publications.public.withdrawnTitle")}
              </h2>
              <p className="mt-1">
                {t("publications.public.withdrawnOn", {
                  date: formatDateTime(piece.withdrawnAt, locale, piece.regency.timeZone),
                })}
              </p>
              <p className="mt-1 whitespace-pre-line">{piece.withdrawalReason}</p>
            </section>
          )}

          {current.number > 1 && current.correctionNote && (
            <section
              className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
              aria-labelledby="correction"
            >
              <h2 id="correction" className="font-semibold">
                {t("publications.public.correctionTitle", { number: current.number })}
              </h2>
              <p className="mt-1">
                {t("publications.public.correctedOn", {
                  date: formatDateTime(current.publishAt, locale, piece.regency.timeZone),
                })}
              </p>
              <p className="mt-1 whitespace-pre-line">{current.correctionNote}</p>
            </section>
          )}

          {!piece.withdrawnAt && (
            <>
              {current.imageId && (
                <figure className="mt-5">
                  <PieceImage
                    src={pieceImageUrl(`/r/${piece.regency.slug}/${piece.slug}`, current.imageId, current.image)}
                    alt={current.imageAlt ?? ""}
                    image={current.image}
                  />
                  <figcaption className="mt-1 text-sm text-slate-700">{current.imageAlt}</figcaption>
                </figure>
              )}
              {current.summary && <p className="mt-5 text-base font-medium text-slate-800">{current.summary}</p>}
              <div className="mt-4">
                <Markdown>{current.body}</Markdown>
              </div>
            </>
          )}

          {piece.publicIssues.length > 0 && (
            <section className="mt-6" aria-labelledby="issues">
              <h2 id="issues" className="text-sm font-semibold text-slate-900">
                {t("publications.public.relatedIssues")}
              </h2>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {piece.publicIssues.map((i) => (
                  <li key={i.number}>
                    <a className="text-emerald-800 underline" href={`/r/${piece.regency.slug}/isu/${i.number}`}>
                      ISU-{i.number} · {i.title}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {!piece.withdrawnAt && (
            <p className="mt-6">
              <a
                href={share}
                rel="nofollow"
                className="inline-flex items-center rounded-md bg-emerald-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-emerald-800"
              >
                {t("publications.public.shareWhatsApp")}
              </a>
            </p>
          )}

          {!piece.withdrawnAt && (
            <div className="mt-6">
              <PublicFollow regencySlug={piece.regency.slug} target={`piece:${piece.slug}`} />
            </div>
          )}
          {earlier.length > 0 && (
            <section className="mt-8 border-t border-slate-200 pt-4" aria-labelledby="history">
              <h2 id="history" className="text-sm font-semibold text-slate-900">
                {t("publications.public.history")}
              </h2>
              <ol className="mt-2 space-y-2 text-sm text-slate-700">
                {earlier.map((v) => (
                  <li key={v.number}>
                    <details>
                      <summary className="cursor-pointer">
                        {t("publications.public.versionLine", {
                          number: v.number,
                          date: formatDateTime(v.publishAt, locale, piece.regency.timeZone),
                          name: v.approverName,
                        })}
                      </summary>
                      {v.correctionNote && (
                        <p className="mt-1 text-amber-900">
                          {t("publications.public.correctionNoteLabel")}: {v.correctionNote}
                        </p>
                      )}
                      <p className="mt-1 font-medium">{v.title}</p>
                      {v.summary && <p className="mt-1">{v.summary}</p>}
                      <div className="mt-1">
                        <Markdown>{v.body}</Markdown>
                      </div>
                    </details>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </article>
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-2xl px-4 py-4 text-xs text-slate-600">
          <a href={`/r/${piece.regency.slug}`} className="underline">
            {regencyName}
          </a>{" "}
          ·{" "}
          <a href={`/r/${piece.regency.slug}/feed.xml`} className="underline">
            {t("publications.public.feed")}
          </a>{" "}
          · Mekar
        </div>
      </footer>
    </div>
  );
}
