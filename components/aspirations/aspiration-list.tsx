import Link from "@/components/ui/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, td, th } from "@/components/ui/table";
import { aspirationAttention, lastDayOf } from "@/lib/aspirations/deadlines";
import type { AspirationRow } from "@/lib/aspirations/queries";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

export const STATUS_TONE: Record<string, BadgeTone> = {
  received: "blue",
  verified: "purple",
  forwarded: "yellow",
  answered: "green",
  closed: "slate",
  rejected: "red",
};

export function AttentionBadge({ a, t }: { a: { status: string; dueAt: Date; escalateAt: Date }; t: Translate }) {
  const state = aspirationAttention(a);
  if (state === "ok") return null;
  return <Badge tone="red">{t(`aspirations.attention.${state}`)}</Badge>;
}

/** Aspirations in a table: code ("dari publik"), category, text, status, deadline, agency. */
export function AspirationList({
  rows,
  t,
  locale,
  timeZone,
  caption,
}: {
  rows: AspirationRow[];
  t: Translate;
  locale: Locale;
  timeZone: string;
  caption: string;
}) {
  return (
    <Table
      caption={caption}
      head={
        <tr>
          <th className={th}>{t("aspirations.fields.code")}</th>
          <th className={th}>{t("aspirations.fields.text")}</th>
          <th className={th}>{t("aspirations.fields.status")}</th>
          <th className={th}>{t("aspirations.fields.dueAt")}</th>
          <th className={th}>{t("aspirations.fields.agency")}</th>
        </tr>
      }
    >
      {rows.map((a) => (
        <tr key={a.id}>
          <td className={td}>
            <Link href={`/aspirations/${a.id}`} className="font-mono font-medium text-emerald-800 hover:underline">
              {a.code}
            </Link>
            <div className="mt-1 flex flex-wrap gap-1">
              <Badge tone="blue">{t("aspirations.fromPublic")}</Badge>
              <Badge>{t(`aspirations.categories.${a.category}`)}</Badge>
            </div>
          </td>
          <td className={`${td} max-w-md`}>
            <p className="line-clamp-2 text-slate-800">{a.text}</p>
            {a.issue && (
              <p className="mt-1 text-xs text-slate-600">
                ISU-{a.issue.number} {a.issue.title}
              </p>
            )}
          </td>
          <td className={td}>
            <div className="flex flex-wrap gap-1">
              <Badge tone={STATUS_TONE[a.status]}>{t(`aspirations.statuses.${a.status}`)}</Badge>
              <AttentionBadge a={a} t={t} />
            </div>
          </td>
          <td className={`${td} whitespace-nowrap`}>{formatDate(lastDayOf(a.dueAt), locale, timeZone)}</td>
          <td className={td}>{a.forwardedAgency?.shortName ?? a.forwardedAgency?.name ?? "—"}</td>
        </tr>
      ))}
    </Table>
  );
}
