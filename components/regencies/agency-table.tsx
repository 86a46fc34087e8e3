import Link from "@/components/ui/link";
import { DataTable, type Column } from "@/components/ui/table";
import type { AgencyRow } from "@/lib/agencies/queries";
import { AGENCY_KINDS } from "@/lib/agencies/schemas";
import type { Translate } from "@/lib/i18n/translate";
import { EditAgencyForm } from "./agency-forms";

/** The regency's agencies (OPD) with their positions and open issues; a manager corrects each in place. */
export function AgencyTable({ agencies, manage, t }: { agencies: AgencyRow[]; manage: boolean; t: Translate }) {
  // a kind the list no longer knows is shown as stored
  const kindLabel = (k: string) => ((AGENCY_KINDS as readonly string[]).includes(k) ? t(`agencies.kinds.${k}`) : k);
  const columns: Column<AgencyRow>[] = [
    {
      key: "name",
      phone: "primary",
      header: t("agencies.fields.name"),
      cell: (a) => (
        <>
          <span className="font-medium text-slate-900">{a.name}</span>
          {a.shortName && <span className="text-slate-600"> · {a.shortName}</span>}
          {manage && <EditAgencyForm agency={a} t={t} />}
        </>
      ),
    },
    { key: "kind", header: t("agencies.fields.kind"), cell: (a) => kindLabel(a.kind) },
    {
      key: "positions",
      header: t("agencies.fields.positions"),
      align: "right",
      className: "tabular-nums",
      cell: (a) => a._count.positions,
    },
    {
      key: "openIssues",
      header: t("agencies.fields.openIssues"),
      align: "right",
      className: "tabular-nums",
      cell: (a) =>
        a._count.issues > 0 ? (
          <Link href={`/issues?agency=${a.id}`} className="text-emerald-800 underline">
            {a._count.issues}
          </Link>
        ) : (
          0
        ),
    },
  ];
  return <DataTable caption={t("agencies.title")} columns={columns} rows={agencies} rowKey={(a) => a.id} />;
}
