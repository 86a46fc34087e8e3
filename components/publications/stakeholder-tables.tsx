import { DataTable, type Column } from "@/components/ui/table";
import type { Translate } from "@/lib/i18n/translate";
import { HighlightedText } from "@/components/ui/highlighted-text";
import type { ExpertRow, StakeholderRow } from "@/lib/stakeholders/queries";

export function StakeholderTable({ rows, t }: { rows: StakeholderRow[]; t: Translate }) {
  const columns: Column<StakeholderRow>[] = [
    {
      key: "name",
      phone: "primary",
      header: t("stakeholders.fields.name"),
      cell: (s) => (
        <>
          <a href={`/publications/stakeholders?edit=${s.id}`} className="font-medium text-emerald-800 hover:underline">
            {s.name}
          </a>
          <div className="text-xs text-slate-600">{s.organisation}</div>
        </>
      ),
    },
    { key: "type", header: t("stakeholders.fields.type"), cell: (s) => t(`stakeholders.types.${s.type}`) },
    {
      key: "quadrant",
      header: t("stakeholders.fields.quadrant"),
      cell: (s) => (
        <>
          {t(`stakeholders.quadrants.${s.quadrant}`)}{" "}
          <span className="text-xs text-slate-600">
            (P{s.power}/K{s.interest})
          </span>
        </>
      ),
    },
    { key: "stance", header: t("stakeholders.fields.stance"), cell: (s) => t(`stakeholders.stances.${s.stance}`) },
    {
      key: "issues",
      header: t("stakeholders.fields.issues"),
      cell: (s) => s.issues.map((i) => t("issues.number", { number: i.issue.number })).join(", "),
    },
  ];
  return <DataTable caption={t("stakeholders.list")} columns={columns} rows={rows} rowKey={(s) => s.id} />;
}

export function ExpertTable({ rows, t }: { rows: ExpertRow[]; t: Translate }) {
  const columns: Column<ExpertRow>[] = [
    {
      key: "name",
      phone: "primary",
      header: t("stakeholders.network.fields.name"),
      cell: (e) => (
        <>
          <a href={`/publications/network?edit=${e.id}`} className="font-medium text-emerald-800 hover:underline">
            <HighlightedText marked={e.highlight?.name} fallback={e.name} />
          </a>
          <div className="text-xs text-slate-600">{e.institution}</div>
          {e.expertise && (
            <div className="mt-1 text-xs text-slate-700">
              <HighlightedText marked={e.highlight?.expertise} fallback={e.expertise} />
            </div>
          )}
        </>
      ),
    },
    { key: "discipline", header: t("stakeholders.network.fields.discipline"), cell: (e) => e.discipline },
    {
      key: "contact",
      header: t("stakeholders.network.fields.contact"),
      className: "whitespace-nowrap",
      cell: (e) => (
        <>
          {e.phone && <div>{e.phone}</div>}
          {e.email && (
            <a className="text-emerald-800 underline" href={`mailto:${e.email}`}>
              {e.email}
            </a>
          )}
        </>
      ),
    },
    {
      key: "issues",
      header: t("stakeholders.network.fields.issues"),
      cell: (e) => e.issues.map((i) => `${t("issues.number", { number: i.issue.number })} ${i.issue.title}`).join("; "),
    },
  ];
  return <DataTable caption={t("stakeholders.network.title")} columns={columns} rows={rows} rowKey={(e) => e.id} />;
}
