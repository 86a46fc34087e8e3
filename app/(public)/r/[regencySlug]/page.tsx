import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { PublicFollow } from "@/components/followers/public-follow";
import { AspirationSection } from "@/components/aspirations/aspiration-section";
import { PublicIssueList } from "@/components/issues/public-issue-list";
import { PublicRegencyUpdates } from "@/components/publications/public-regency-updates";
import { PublicShell } from "@/components/publications/public-shell";
import { LineageTree } from "@/components/regencies/lineage-tree";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { publicPiecesQuerySchema } from "@/lib/publications/schemas";
import { getPublicRegency } from "@/lib/regencies/public-queries";
import { publicOrigin } from "@/lib/http/public-origin";
import { SHARE_CARD, shareMetadata } from "@/lib/publications/share-metadata";
import { getLineage } from "@/lib/regencies/queries";

const load = cache(async (slug: string) => {
  await connection();
  return /^[a-z0-9-]{1,80}$/.test(slug) ? getPublicRegency(slug) : null;
});

export async function generateMetadata({ params }: { params: Promise<{ regencySlug: string }> }): Promise<Metadata> {
  const [regency, t, origin] = await Promise.all([load((await params).regencySlug), getT(), publicOrigin()]);
  if (!regency) return {};
  const name = `${t(`regencyKind.${regency.kind}`)} ${regency.name}`;
  const url = `${origin}/r/${regency.slug}`;
  return shareMetadata({
    title: name,
    description: t("regencies.public.metaDescription", { name, province: regency.province }),
    url,
    siteName: "Mekar",
    image: { url: `${url}/card.png`, alt: name, ...SHARE_CARD },
    feedUrl: `${url}/feed.xml`,
  });
}

/** The regency's public page: public profile, lineage, current leadership, published updates. No login, no client JS. */
export default async function PublicRegencyPage({
  params,
  searchParams,
}: {
  params: Promise<{ regencySlug: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { regencySlug } = await params;
  const query = publicPiecesQuerySchema.parse(await searchParams);
  const regency = await load(regencySlug);
  if (!regency) notFound();
  const [t, locale, lineage] = await Promise.all([getT(), getLocale(), getLineage(regency.id)]);
  const name = `${t(`regencyKind.${regency.kind}`)} ${regency.name}`;
  const leaders = regency.leaders.filter((l) => l.personName);
  const fact = (label: string, value: React.ReactNode) => (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="mt-0.5 font-semibold text-slate-900">{value}</dd>
    </div>
  );
  return (
    <PublicShell t={t} footer={t("regencies.public.footer", { name })}>
      <div>
        <p className="text-sm text-slate-600">
          {regency.province}
          {regency.isDob ? ` · ${t("regencies.dob")}` : ""}
        </p>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{name}</h1>
        {regency.formationLaw && (
          <p className="mt-1 text-sm text-slate-700">
            {t("regencies.public.formedBy", { law: regency.formationLaw })}
            {regency.formationDate ? ` (${formatDate(regency.formationDate, locale, regency.timeZone)})` : ""} ·{" "}
            {t(`regencies.status.${regency.status}`)}
          </p>
        )}
      </div>
      <section aria-labelledby="profil">
        <h2 id="profil" className="mb-3 text-lg font-semibold text-slate-900">
          {t("regencies.profile.title")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {fact(t("regencies.fields.capital"), regency.capital ?? "—")}
          {fact(
            t("regencies.fields.areaKm2"),
            regency.areaKm2 !== null ? `${formatNumber(regency.areaKm2, locale, 2)} km²` : "—",
          )}
          {fact(t("regencies.fields.population"), formatNumber(regency.population, locale))}
          {fact(t("regencies.fields.districts"), formatNumber(regency.districts, locale))}
        </dl>
        {(regency.figuresSource || regency.figuresAsOf) && (
          <p className="mt-2 text-xs text-slate-600">
            {t("regencies.public.figuresNote", {
              asOf: regency.figuresAsOf ?? "—",
              source: regency.figuresSource ?? "—",
            })}
          </p>
        )}
      </section>
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="pimpinan">
          <h2 id="pimpinan" className="mb-3 text-lg font-semibold text-slate-900">
            {t("regencies.public.leadership")}
          </h2>
          {leaders.length === 0 ? (
            <p className="text-sm text-slate-600">{t("regencies.public.noLeaders")}</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {leaders.map((l) => (
                <li key={l.positionId} className="px-4 py-2.5 text-sm">
                  <div className="text-slate-600">{l.title}</div>
                  <div className="font-medium text-slate-900">
                    {l.appointment && l.appointment !== "definitif"
                      ? `${t(`leadership.appointmentShort.${l.appointment}`)} `
                      : ""}
                    {l.personName}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="silsilah">
          <h2 id="silsilah" className="mb-3 text-lg font-semibold text-slate-900">
            {t("regencies.lineage.title")}
          </h2>
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <LineageTree
              nodes={lineage}
              currentId={regency.id}
              currentName={name}
              t={t}
              hrefFor={(slug) => `/r/${slug}`}
            />
          </div>
        </section>
      </div>
      <PublicRegencyUpdates
        timeZone={regency.timeZone}
        regencyId={regency.id}
        regencySlug={regency.slug}
        page={query.page}
        q={query.q || undefined}
      />
      <PublicIssueList timeZone={regency.timeZone} regencyId={regency.id} regencySlug={regency.slug} />
      <PublicFollow regencySlug={regency.slug} target="regency" />
      <AspirationSection regencySlug={regency.slug} />
    </PublicShell>
  );
}
