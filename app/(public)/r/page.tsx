import type { Metadata } from "next";
import { connection } from "next/server";
import { ResponsivenessLine } from "@/components/aspirations/responsiveness";
import { PublicShell } from "@/components/publications/public-shell";
import { getResponsiveness } from "@/lib/aspirations/public-queries";
import { publicOrigin } from "@/lib/http/public-origin";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { SHARE_CARD, shareMetadata } from "@/lib/publications/share-metadata";
import { nationalQuerySchema } from "@/lib/regencies/national-query";
import { listPublicDobs, nationalFilterChoices } from "@/lib/regencies/public-queries";

export async function generateMetadata(): Promise<Metadata> {
  const [t, origin] = await Promise.all([getT(), publicOrigin()]);
  return shareMetadata({
    title: t("regencies.national.title"),
    description: t("regencies.national.metaDescription"),
    url: `${origin}/r`,
    siteName: "Mekar",
    image: { url: `${origin}/r/card.png`, alt: t("regencies.national.title"), ...SHARE_CARD },
    feedUrl: `${origin}/r/feed.xml`,
  });
}

/** The national portal: every DOB with its latest public update. A GET form filters; no client JS. */
export default async function NationalPortalPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await connection();
  const f = nationalQuerySchema.parse(await searchParams);
  const [t, locale, list, choices] = await Promise.all([
    getT(),
    getLocale(),
    listPublicDobs(f),
    nationalFilterChoices(),
  ]);
  const speed = await getResponsiveness(list.items.map((r) => r.slug));
  const pageHref = (page: number) => {
    const q = new URLSearchParams();
    if (f.q) q.set("q", f.q);
    if (f.province) q.set("province", f.province);
    if (f.year) q.set("year", String(f.year));
    if (page > 1) q.set("page", String(page));
    return `/r${q.size ? `?${q}` : ""}`;
  };
  const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
  return (
    <PublicShell t={t} footer={t("regencies.national.footer")}>
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{t("regencies.national.title")}</h1>
        <p className="mt-1 text-slate-700">{t("regencies.national.intro")}</p>
      </div>
      <form
        method="get"
        action="/r"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4"
      >
        <label className="text-sm font-medium text-slate-800 sm:col-span-2">
          {t("regencies.national.search")}
          <input type="search" name="q" defaultValue={f.q ?? ""} maxLength={80} className={field} />
        </label>
        <label className="text-sm font-medium text-slate-800">
          {t("regencies.national.province")}
          <select name="province" defaultValue={f.province ?? ""} className={field}>
            <option value="">{t("regencies.national.all")}</option>
            {choices.provinces.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-800">
          {t("regencies.national.year")}
          <select name="year" defaultValue={f.year ? String(f.year) : ""} className={field}>
            <option value="">{t("regencies.national.all")}</option>
            {choices.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-center gap-3 sm:col-span-4">
          <button
            type="submit"
            className="rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800"
          >
            {t("regencies.national.filter")}
          </button>
          {(f.q || f.province || f.year) && (
            <a href="/r" className="text-sm text-slate-700 underline">
              {t("regencies.national.reset")}
            </a>
          )}
          <a href="/r/feed.xml" className="ml-auto text-sm text-emerald-800 underline">
            {t("regencies.national.feed")}
          </a>
        </div>
      </form>
      {list.items.length === 0 ? (
        <p className="text-slate-700">{t("regencies.national.empty")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label={t("regencies.national.title")}>
          {list.items.map((r) => (
            <li key={r.slug} className="rounded-lg border border-slate-200 bg-white p-4">
              <a href={`/r/${r.slug}`} className="text-lg font-semibold text-emerald-800 hover:underline">
                {t(`regencyKind.${r.kind}`)} {r.name}
              </a>
              <p className="text-sm text-slate-600">
                {r.province}
                {r.formationYear ? ` · ${t("regencies.national.formed", { year: r.formationYear })}` : ""}
                {r.formationLaw ? ` · ${r.formationLaw}` : ""}
              </p>
              <p className="mt-2 text-sm text-slate-800">
                {r.pieceSlug && r.pieceTitle && r.piecePublishAt ? (
                  <>
                    <span className="text-slate-600">{t("regencies.national.latest")}: </span>
                    <a href={`/r/${r.slug}/${r.pieceSlug}`} className="underline">
                      {r.pieceTitle}
                    </a>{" "}
                    <span className="text-slate-600">({formatDate(r.piecePublishAt, locale, r.timeZone)})</span>
                  </>
                ) : (
                  <span className="text-slate-600">{t("regencies.national.noUpdates")}</span>
                )}
              </p>
              <ResponsivenessLine r={speed.get(r.slug)} t={t} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      {(f.page > 1 || list.hasNext) && (
        <nav className="flex justify-between text-sm" aria-label={t("regencies.national.title")}>
          {f.page > 1 ? (
            <a href={pageHref(f.page - 1)} className="underline">
              {t("regencies.national.previous")}
            </a>
          ) : (
            <span />
          )}
          {list.hasNext && (
            <a href={pageHref(f.page + 1)} className="underline">
              {t("regencies.national.next")}
            </a>
          )}
        </nav>
      )}
    </PublicShell>
  );
}
