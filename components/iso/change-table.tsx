import Link from "@/components/ui/link";
import { DataTable, type Column } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { listChanges } from "@/lib/iso/changes/queries";
import { ChangePhaseBadge } from "./status-badges";

type ChangeRow = NonNullable<Awaited<ReturnType<typeof listChanges>>>[number];

export function ChangeTable({
  rows,
  t,
  locale,
  timeZone,
}: {
  rows: ChangeRow[];
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const columns: Column<ChangeRow>[] = [
    {
      key: "title",
      phone: "primary",
      header: t("iso.change.titleField"),
      cell: (c) => (
        <>
          <Link href={`/iso/changes/${c.id}`} className="font-medium text-emerald-800 hover:underline">
            {c.title}
          </Link>
          <div className="text-xs text-slate-600">{formatDate(c.updatedAt, locale, timeZone)}</div>
        </>
      ),
    },
    {
      key: "phase",
      header: t("iso.change.phase"),
      className: "whitespace-nowrap",
      cell: (c) => (
        <>
          <ChangePhaseBadge phase={c.phase} t={t} />{" "}
          <span className="text-xs text-slate-600">{t("iso.change.cycle", { n: c.cycle })}</span>
        </>
      ),
    },
    { key: "owner", header: t("iso.change.owner"), cell: (c) => c.ownerPosition?.title ?? "—" },
    {
      key: "issue",
      header: t("iso.change.issue"),
      cell: (c) => (c.issue ? t("issues.number", { number: c.issue.number }) : "—"),
    },
  ];
  return <DataTable caption={t("iso.change.listTitle")} columns={columns} rows={rows} rowKey={(c) => c.id} />;
}
