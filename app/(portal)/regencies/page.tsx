import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { RegencySearchForm, RegencyTable } from "@/components/regencies/regency-list";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { requireActor } from "@/lib/auth/session";
import { getLocale, getT } from "@/lib/i18n/server";
import { listRegencies } from "@/lib/regencies/queries";
import { regencyFilterSchema } from "@/lib/regencies/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("regencies.title") };
}

export default async function RegenciesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const filter = regencyFilterSchema.parse(await searchParams);
  const [t, locale, result, active] = await Promise.all([
    getT(),
    getLocale(),
    listRegencies(actor, filter),
    getActiveRegency(actor),
  ]);
  return (
    <>
      <PageHeader
        title={t("regencies.title")}
        description={t("regencies.description")}
        actions={
          actor.isAdmin ? (
            <LinkButton href="/regencies/import" variant="secondary">
              {t("regencies.import.title")}
            </LinkButton>
          ) : undefined
        }
      />
      <RegencySearchForm q={filter.q} t={t} />
      {result.regencies.length === 0 ? (
        <EmptyState title={t("regencies.empty")} />
      ) : (
        <RegencyTable
          rows={result.regencies}
          t={t}
          locale={locale}
          switchable={actor.isAdmin ? "all" : actor.memberships.map((m) => m.regencyId)}
          activeId={active?.id}
        />
      )}
      <Pagination
        basePath="/regencies"
        params={filter}
        cursorName="after"
        nextCursor={result.nextCursor}
        labels={{ first: t("common.firstPage"), next: t("common.nextPage") }}
      />
    </>
  );
}
