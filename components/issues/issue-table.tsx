import Link from "next/link";
import { Table, td, th } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { IssueListRow } from "@/lib/issues/list-sql";
import { AttentionBadges, PriorityBadge, StageBadge, TriageBadge } from "./issue-badges";
import { Badge } from "@/components/ui/badge";

export function IssueTable({ rows, t, locale, caption }: { rows: IssueListRow[]; t: Translate; locale: Locale; caption: string }) {
  return (
    <Table
      caption={caption}
      head={
        <tr>
          <th className={th}>{t("issues.fields.number")}</th>
          <th className={th}>{t("issues.fields.title")}</th>
          <th className={th}>{t("issues.fields.stage")}</th>
          <th className={th}>{t("issues.fields.priority")}</th>
          <th className={th}>{t("issues.fields.owner")}</th>
          <th className={th}>{t("issues.fields.dueDate")}</th>
          <th className={th}>{t("issues.fields.lastUpdate")}</th>
        </tr>
      }
    >
      {rows.map((r) => (
        <tr key={r.id}>
          <td className={`${td} whitespace-nowrap font-mono text-xs text-slate-600`}>{t("issues.number", { number: r.number })}</td>
          <td className={`${td} min-w-64`}>
            <Link href={`/issues/${r.id}`} className="font-medium text-emerald-800 hover:underline">{r.title}</Link>
            <div className="mt-1 flex flex-wrap gap-1">
              <Badge>{t(`issues.categories.${r.category}`)}</Badge>
              <TriageBadge triage={r.triage} t={t} />
              <AttentionBadges stale={r.stale} escalated={r.escalated} overdue={r.overdue} t={t} />
              {r.isPublic && <Badge tone="blue">{t("issues.public")}</Badge>}
            </div>
          </td>
          <td className={td}><StageBadge stage={r.stage} t={t} /><div className="mt-1 text-xs text-slate-600">{r.percentDone}%</div></td>
          <td className={td}><PriorityBadge priority={r.priority} t={t} /></td>
          <td className={td}>
            <div>{r.ownerTitle ?? <span className="text-slate-500">{t("issues.noOwner")}</span>}</div>
            {r.agencyName && <div className="text-xs text-slate-600">{r.agencyName}</div>}
          </td>
          <td className={`${td} whitespace-nowrap`}>{formatDate(r.dueDate, locale)}</td>
          <td className={`${td} whitespace-nowrap`}>{formatDate(r.lastUpdateAt, locale)}</td>
        </tr>
      ))}
    </Table>
  );
}
