import { HighlightedText } from "@/components/ui/highlighted-text";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { listPublicPieces } from "@/lib/publications/public-queries";

// The published pieces of a regency on its public page (/r/<slug>): newest first, ten a page
// (?page=N), public fields only, no client JavaScript. A plain GET form searches them (?q=, full
// text: best match first, the matched words marked).
export async function PublicRegencyUpdates({
  regencyId,
  regencySlug,
  timeZone,
  page = 1,
  q,
}: {
  regencyId: string;
  regencySlug: string;
  timeZone: string;
  page?: number;
  q?: string;
}) {
  const current = Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1;
  const [{ items, hasNext }, t, locale] = await Promise.all([
    listPublicPieces(regencyId, current, new Date(), q),
    getT(),
    getLocale(),
  ]);
  const base = `/r/${regencySlug}`;
  const pageHref = (n: number) => {
    const params = new URLSearchParams({ ...(q ? { q } : {}), ...(n > 1 ? { page: String(n) } : {}) });
    return params.size ? `${base}?${params}` : base;
  };
  return (
    <section aria-labelledby="public-updates" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="public-updates" className="text-lg font-semibold text-slate-900">
          {t("publications.public.updatesTitle")}
        </h2>
        <a href={`${base}/feed.xml`} className="text-sm text-emerald-800 underline">
          {t("publications.public.feed")}
        </a>
      </div>
      <form
        method="get"
        action={base}
        role="search"
        aria-label={t("publications.public.searchTitle")}
        className="flex gap-2"
      >
        <label htmlFor="public-q" className="sr-only">
          {t("publications.public.searchLabel")}
        </label>
        <input
          id="public-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          placeholder={t("publications.public.searchLabel")}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
        <button className="rounded-md bg-emerald-700 px-3 py-2 text-sm font-medium text-white hover:bg-emerald-800">
          {t("common.search")}
        </button>
      </form>
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
          {q ? t("publications.public.noMatch", { q }) : t("publications.public.empty")}
        </p>
      ) : (
        <ol className="space-y-3">
          {items.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-xs text-slate-600">
                {t(`publications.kinds.${p.kind}`)} ·{" "}
                <time dateTime={p.firstPublishAt?.toISOString()}>{formatDate(p.firstPublishAt, locale, timeZone)}</time>
                {p.withdrawnAt && (
                  <span className="ml-2 font-medium text-red-800">{t("publications.public.withdrawnBadge")}</span>
                )}
                {!p.withdrawnAt && p.current.number > 1 && (
                  <span className="ml-2 font-medium text-amber-900">{t("publications.public.correctedBadge")}</span>
                )}
              </p>
              <h3 className="mt-1 font-semibold text-slate-900">
                <a href={`${base}/${p.slug}`} className="hover:underline">
                  <HighlightedText marked={p.titleHighlight} fallback={p.current.title} />
                </a>
              </h3>
              {!p.withdrawnAt && p.current.summary && (
                <p className="mt-1 text-sm text-slate-700">
                  <HighlightedText marked={p.summaryHighlight} fallback={p.current.summary} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {(current > 1 || hasNext) && (
        <nav className="flex justify-between gap-2 text-sm" aria-label={t("publications.public.pagination")}>
          {current > 1 ? (
            <a href={pageHref(current - 1)} className="rounded-md border border-slate-300 bg-white px-3 py-2">
              {t("common.previousPage")}
            </a>
          ) : (
            <span />
          )}
          {hasNext && (
            <a href={pageHref(current + 1)} className="rounded-md border border-slate-300 bg-white px-3 py-2">
              {t("common.nextPage")}
            </a>
          )}
        </nav>
      )}
    </section>
  );
}
