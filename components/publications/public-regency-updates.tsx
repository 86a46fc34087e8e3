import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { listPublicPieces } from "@/lib/publications/public-queries";

// The published pieces of a regency on its public page (/r/<slug>): newest first, ten a page
// (?page=N), public fields only, no client JavaScript.
export async function PublicRegencyUpdates({
  regencyId,
  regencySlug,
  timeZone,
  page = 1,
}: {
  regencyId: string;
  regencySlug: string;
  timeZone: string;
  page?: number;
}) {
  const current = Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1;
  const [{ items, hasNext }, t, locale] = await Promise.all([
    listPublicPieces(regencyId, current),
    getT(),
    getLocale(),
  ]);
  const base = `/r/${regencySlug}`;
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
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
          {t("publications.public.empty")}
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
                  {p.current.title}
                </a>
              </h3>
              {!p.withdrawnAt && p.current.summary && (
                <p className="mt-1 text-sm text-slate-700">{p.current.summary}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {(current > 1 || hasNext) && (
        <nav className="flex justify-between gap-2 text-sm" aria-label={t("publications.public.pagination")}>
          {current > 1 ? (
            <a
              href={current === 2 ? base : `${base}?page=${current - 1}`}
              className="rounded-md border border-slate-300 bg-white px-3 py-2"
            >
              {t("common.previousPage")}
            </a>
          ) : (
            <span />
          )}
          {hasNext && (
            <a href={`${base}?page=${current + 1}`} className="rounded-md border border-slate-300 bg-white px-3 py-2">
              {t("common.nextPage")}
            </a>
          )}
        </nav>
      )}
    </section>
  );
}
