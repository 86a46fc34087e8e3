import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/table";
import { switchRegencyAction } from "@/lib/auth/actions";
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

/** "Work here": makes this the regency the shell and the dashboard show (a plain form). */
function WorkHere({ id, active, t }: { id: string; active: boolean; t: Translate }) {
  if (active) return <Badge tone="green">{t("dashboard.overview.active")}</Badge>;
  return (
    <form action={switchRegencyAction}>
      <input type="hidden" name="regencyId" value={id} />
      <button className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs hover:bg-slate-50">
        {t("dashboard.overview.workHere")}
      </button>
    </form>
  );
}

export function RegencyTable({
  rows,
  t,
  locale,
  switchable = [],
  activeId,
}: {
  rows: RegencyListRow[];
  t: Translate;
  locale: Locale;
  /** the regencies the actor may work in ("all" for an admin) */
  switchable?: "all" | string[];
  activeId?: string;
}) {
  const canSwitch = (id: string) => switchable === "all" || switchable.includes(id);
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
  if (switchable === "all" || switchable.length > 1)
    columns.push({
      key: "work",
      header: <span className="sr-only">{t("dashboard.overview.workHere")}</span>,
      cell: (r) => (canSwitch(r.id) ? <WorkHere id={r.id} active={r.id === activeId} t={t} /> : null),
    });
  return <DataTable caption={t("regencies.title")} columns={columns} rows={rows} rowKey={(r) => r.id} />;
}
