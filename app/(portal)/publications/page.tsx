import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { PublicationFilters } from "@/components/publications/publication-filters";
import { PublicationTable } from "@/components/publications/publication-tables";
import { PublicationsSubnav } from "@/components/publications/subnav";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { countPublicationsByStatus, listPublications } from "@/lib/publications/queries";
import { publicationFilterSchema } from "@/lib/publications/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("publications.title") };
}

export default async function PublicationsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const filter = publicationFilterSchema.parse(await searchParams);
  const [result, counts, t, locale] = await Promise.all([
    listPublications(actor, regency.id, filter),
    countPublicationsByStatus(actor, regency.id),
    getT(),
    getLocale(),
  ]);
  if (!result || !counts) notFound();
  return (
    <>
      <PageHeader
        title={t("publications.title")}
        description={t("publications.description")}
        actions={
          <>
            <LinkButton variant="secondary" href={`/r/${regency.slug}`}>
              {t("publications.publicPage")}
            </LinkButton>
            {can(actor, "publications.write", regency.id) && (
              <LinkButton href="/publications/new">{t("publications.newPiece")}</LinkButton>
            )}
          </>
        }
      />
      <PublicationsSubnav t={t} current="pieces" />
      <PublicationFilters status={filter.status} q={filter.q} counts={counts} t={t} />
      {result.items.length === 0 ? (
        <EmptyState title={t("publications.empty")} />
      ) : (
        <PublicationTable rows={result.items} t={t} locale={locale} timeZone={regency.timeZone} />
      )}
      <Pagination
        basePath="/publications"
        params={filter}
        cursorName="after"
        nextCursor={result.nextCursor}
        labels={{ first: t("common.firstPage"), next: t("common.nextPage") }}
      />
    </>
  );
}
