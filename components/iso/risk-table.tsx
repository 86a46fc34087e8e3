import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { RiskRow } from "@/lib/iso/risks/queries";
import type { PositionOption } from "./options";
import { UpdateRiskForm } from "./risk-forms";

// 15–25 high, 8–14 medium, 1–7 low (5 × 5 matrix)
export const riskBand = (level: number) => (level >= 15 ? "High" : level >= 8 ? "Medium" : "Low");
const TONES = { High: "red", Medium: "yellow", Low: "green" } as const;

/** The risk and opportunity register; a manager reviews each row in place. */
export function RiskTable({
  rows,
  positions,
  canManage,
  today,
  t,
  locale,
  timeZone,
}: {
  rows: RiskRow[];
  positions: PositionOption[];
  canManage: boolean;
  today: Date;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const columns: Column<RiskRow>[] = [
    {
      key: "level",
      header: t("iso.risk.level"),
      className: "whitespace-nowrap",
      cell: (r) => (
        <>
          <Badge tone={TONES[riskBand(r.level)]}>
            {r.level} · {t(`iso.risk.level${riskBand(r.level)}`)}
          </Badge>
          <div className="text-xs text-slate-600">
            {r.likelihood} × {r.impact}
          </div>
        </>
      ),
    },
    {
      key: "title",
      phone: "primary",
      header: t("iso.risk.titleField"),
      cell: (r) => (
        <>
          <span className="font-medium text-slate-900">{r.title}</span>{" "}
          <Badge tone={r.kind === "risk" ? "slate" : "blue"}>{t(`iso.risk.kinds.${r.kind}`)}</Badge>
          {r.context && <div className="text-xs text-slate-600">{r.context}</div>}
          {canManage && <UpdateRiskForm risk={r} positions={positions} t={t} />}
        </>
      ),
    },
    {
      key: "treatment",
      header: t("iso.risk.treatment"),
      cell: (r) => (
        <>
          {t(`iso.risk.treatments.${r.treatment}`)}
          {r.action && <div className="text-xs text-slate-600">{r.action}</div>}
        </>
      ),
    },
    { key: "owner", header: t("iso.risk.owner"), cell: (r) => r.ownerPosition?.title ?? "—" },
    {
      key: "reviewDate",
      header: t("iso.risk.reviewDate"),
      className: "whitespace-nowrap",
      cell: (r) => (
        <>
          {formatDate(r.reviewDate, locale, timeZone)}
          {r.reviewDate < today && (
            <div>
              <Badge tone="red">{t("iso.risk.reviewOverdue")}</Badge>
            </div>
          )}
        </>
      ),
    },
  ];
  return <DataTable caption={t("iso.risk.listTitle")} columns={columns} rows={rows} rowKey={(r) => r.id} />;
}
