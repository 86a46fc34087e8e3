import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { RegencyListRow } from "@/lib/regencies/queries";

/** Searches regencies by name (a plain GET form). */
export function RegencySearchForm({ q, t }: { q?: string; t: Translate }) {
  return (
    <form className="mb-4 flex gap-2" role="search">
      <label htmlFor="q" className="sr-only">
        {t("common.search")}
      </label>
      <input
        id="q"
        name="q"
        defaultValue={q}
        placeholder={t("regencies.searchPlaceholder")}
        className="w-full max-w-sm rounded-md border border-slate-300 px-3 py-2 text-sm"
      />
      <button className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t("common.search")}</button>
    </form>
  );
}

export function RegencyTable({ rows, t, locale }: { rows: RegencyListRow[]; t: Translate; locale: Locale }) {
  const columns: Column<RegencyListRow>[] = [
    {
      key: "name",
      phone: "primary",
      header: t("regencies.fields.name"),
      cell: (r) => (
        <>
          <Link href={`/regencies/${r.slug}`} className="font-medium text-emerald-800 hover:underline">
            {t(`regencyKind.${r.kind}`)} {r.name}
          </Link>
          {r.isDob && (
            <span className="ml-2">
              <Badge tone="blue">{t("regencies.dob")}</Badge>
            </span>
          )}
          {r.status === "persiapan" && (
            <span className="ml-1">
              <Badge tone="yellow">{t("regencies.status.persiapan")}</Badge>
            </span>
          )}
        </>
      ),
    },
    { key: "code", header: t("regencies.fields.code"), className: "tabular-nums", cell: (r) => r.code },
    { key: "province", header: t("regencies.fields.province"), cell: (r) => r.province },
    { key: "formationLaw", header: t("regencies.fields.formationLaw"), cell: (r) => r.formationLaw ?? "—" },
    {
      key: "population",
      header: t("regencies.fields.population"),
      className: "tabular-nums",
      cell: (r) => formatNumber(r.population, locale),
    },
  ];
  return <DataTable caption={t("regencies.title")} columns={columns} rows={rows} rowKey={(r) => r.id} />;
}
