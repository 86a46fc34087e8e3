import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, td, th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { formatNumber } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { listRegencies } from "@/lib/regencies/queries";
import { regencyFilterSchema } from "@/lib/regencies/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("regencies.title") };
}

export default async function RegenciesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const filter = regencyFilterSchema.parse(await searchParams);
  const [t, locale, result] = await Promise.all([getT(), getLocale(), listRegencies(actor, filter)]);
  return (
    <>
      <PageHeader
        title={t("regencies.title")}
        description={t("regencies.description")}
        actions={actor.isAdmin ? <LinkButton href="/regencies/import" variant="secondary">{t("regencies.import.title")}</LinkButton> : undefined}
      />
      <form className="mb-4 flex gap-2" role="search">
        <label htmlFor="q" className="sr-only">{t("common.search")}</label>
        <input id="q" name="q" defaultValue={filter.q} placeholder={t("regencies.searchPlaceholder")} className="w-full max-w-sm rounded-md border border-slate-300 px-3 py-2 text-sm" />
        <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t("common.search")}</button>
      </form>
      {result.regencies.length === 0 ? (
        <EmptyState title={t("regencies.empty")} />
      ) : (
        <Table
          caption={t("regencies.title")}
          head={<tr><th className={th}>{t("regencies.fields.name")}</th><th className={th}>{t("regencies.fields.code")}</th><th className={th}>{t("regencies.fields.province")}</th><th className={th}>{t("regencies.fields.formationLaw")}</th><th className={th}>{t("regencies.fields.population")}</th></tr>}
        >
          {result.regencies.map((r) => (
            <tr key={r.id}>
              <td className={td}>
                <Link href={`/regencies/${r.slug}`} className="font-medium text-emerald-800 hover:underline">{t(`regencyKind.${r.kind}`)} {r.name}</Link>
                {r.isDob && <span className="ml-2"><Badge tone="blue">{t("regencies.dob")}</Badge></span>}
                {r.status === "persiapan" && <span className="ml-1"><Badge tone="yellow">{t("regencies.status.persiapan")}</Badge></span>}
              </td>
              <td className={`${td} tabular-nums`}>{r.code}</td>
              <td className={td}>{r.province}</td>
              <td className={td}>{r.formationLaw ?? "—"}</td>
              <td className={`${td} tabular-nums`}>{formatNumber(r.population, locale)}</td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination basePath="/regencies" params={filter} cursorName="after" nextCursor={result.nextCursor} labels={{ first: t("common.firstPage"), next: t("common.nextPage") }} />
    </>
  );
}
