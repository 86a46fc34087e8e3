import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { ObligationRow } from "@/lib/regencies/queries";

const STATUS_TONE = { open: "slate", in_progress: "blue", fulfilled: "green" } as const;

function Item({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <dt className="inline text-slate-600">{label}: </dt>
      <dd className="inline">{children}</dd>
    </div>
  );
}

/** One obligation as a list item, marked when overdue; `children` are the manager's forms. */
export function ObligationCard({
  obligation: o,
  t,
  locale,
  timeZone,
  children,
}: {
  obligation: ObligationRow;
  t: Translate;
  locale: Locale;
  timeZone: string;
  children?: ReactNode;
}) {
  return (
    <li
      className={`rounded-lg border bg-white p-4 shadow-sm ${o.overdue ? "border-red-300 border-l-4 border-l-red-600" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-medium text-slate-900">{o.title}</h3>
        <span className="flex flex-wrap gap-1">
          {o.overdue && <Badge tone="red">{t("regencies.obligations.overdue")}</Badge>}
          <Badge tone={STATUS_TONE[o.status]}>{t(`regencies.obligationStatus.${o.status}`)}</Badge>
        </span>
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        <Item label={t("regencies.obligations.source")}>{o.source}</Item>
        <Item label={t("regencies.obligations.aspect")}>{o.aspect ? t(`regencies.aspects.${o.aspect}`) : "—"}</Item>
        <Item label={t("regencies.obligations.dueDate")}>{formatDate(o.dueDate, locale, timeZone)}</Item>
        <Item label={t("regencies.obligations.responsible")}>{o.responsiblePosition?.title ?? "—"}</Item>
        {o.evidence && (
          <Item label={t("regencies.obligations.evidence")} className="sm:col-span-2">
            {o.evidence}
          </Item>
        )}
      </dl>
      {children}
    </li>
  );
}
