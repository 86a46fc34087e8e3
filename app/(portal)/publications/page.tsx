import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { displayStatus, StatusBadge } from "@/components/publications/status-badge";
import { PublicationsSubnav } from "@/components/publications/subnav";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { getActiveRegency } from "@/lib/auth/active-regency";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { countPublicationsByStatus, listPublications } from "@/lib/publications/queries";
import { PUBLICATION_STATUSES, publicationFilterSchema } from "@/lib/publications/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("publications.title") };
}

export default async function PublicationsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const regency = await getActiveRegency(actor);
  if (!regency) notFound();
  const filter = publicationFilterSchema.parse(await searchParams);
  const [result, counts, t, locale] = await Promise.all([listPublications(actor, regency.id, filter), countPublicationsByStatus(actor, regency.id), getT(), getLocale()]);
  if (!result || !counts) notFound();
  const tab = (status?: string) => `/publications${status ? `?status=${status}` : ""}`;
  return (
    <>
      <PageHeader
        title={t("publications.title")}
        description={t("publications.description")}
        actions={
          <>
            <LinkButton variant="secondary" href={`/r/${regency.slug}`}>{t("publications.publicPage")}</LinkButton>
            {can(actor, "publications.write", regency.id) && <LinkButton href="/publications/new">{t("publications.newPiece")}</LinkButton>}
          </>
        }
      />
      <PublicationsSubnav t={t} current="pieces" />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <Link href={tab()} aria-current={!filter.status ? "page" : undefined} className={`rounded-full px-3 py-1 text-sm ring-1 ${!filter.status ? "bg-emerald-700 text-white ring-emerald-700" : "bg-white text-slate-800 ring-slate-300"}`}>
          {t("publications.allPieces")}
        </Link>
        {PUBLICATION_STATUSES.map((s) => (
          <Link key={s} href={tab(s)} aria-current={filter.status === s ? "page" : undefined} className={`rounded-full px-3 py-1 text-sm ring-1 ${filter.status === s ? "bg-emerald-700 text-white ring-emerald-700" : "bg-white text-slate-800 ring-slate-300"}`}>
            {t(`publications.statuses.${s}`)} ({counts[s]})
          </Link>
        ))}
        <form className="ml-auto flex gap-2" role="search">
          {filter.status && <input type="hidden" name="status" value={filter.status} />}
          <label htmlFor="q" className="sr-only">{t("publications.fields.search")}</label>
          <input id="q" name="q" defaultValue={filter.q} placeholder={t("publications.fields.search")} className="w-48 rounded-md border border-slate-300 px-3 py-1.5 text-sm" />
          <button className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">{t("common.search")}</button>
        </form>
      </div>
      {result.items.length === 0 ? (
        <EmptyState title={t("publications.empty")} />
      ) : (
        <Table caption={t("publications.title")} head={<tr><th className={th}>{t("publications.fields.title")}</th><th className={th}>{t("publications.fields.status")}</th><th className={th}>{t("publications.fields.author")}</th><th className={th}>{t("publications.fields.updated")}</th></tr>}>
          {result.items.map((p) => (
            <tr key={p.id}>
              <td className={td}>
                <Link href={`/publications/${p.id}`} className="font-medium text-emerald-800 hover:underline">{p.title}</Link>
                <div className="text-xs text-slate-600">{t(`publications.kinds.${p.kind}`)}</div>
              </td>
              <td className={td}>
                <StatusBadge t={t} status={displayStatus({ ...p, versionCount: p._count.versions })} />
                {p.status === "approved" && p.firstPublishAt && <div className="mt-1 text-xs text-slate-600">{formatDateTime(p.firstPublishAt, locale)}</div>}
              </td>
              <td className={td}>{p.author.name}</td>
              <td className={`${td} whitespace-nowrap`}>{formatDateTime(p.updatedAt, locale)}</td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination basePath="/publications" params={filter} cursorName="after" nextCursor={result.nextCursor} labels={{ first: t("common.firstPage"), next: t("common.nextPage") }} />
    </>
  );
}
