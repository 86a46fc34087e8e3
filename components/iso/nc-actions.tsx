import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { NonconformityDetail } from "@/lib/iso/nonconformities/queries";
import { CompleteActionForm } from "./nc-detail-forms";
import { isPastDay } from "@/lib/regencies/time-zone";

/** The corrective actions with owner, due date and state; open ones can be completed while the record is in progress. */
export function NcActionList({
  nc,
  canManage,
  now,
  t,
  locale,
  timeZone,
}: {
  nc: NonconformityDetail;
  canManage: boolean;
  now: Date;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  if (nc.actions.length === 0) return <p className="text-sm text-slate-600">{t("iso.nc.actionsEmpty")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {nc.actions.map((a) => (
        <li key={a.id} className="py-3 text-sm">
          <p className="font-medium text-slate-900">{a.description}</p>
          <p className="text-slate-600">
            {t("iso.nc.owner")}: {a.ownerUser?.name ?? a.ownerPosition?.title ?? "—"} · {t("iso.nc.dueDate")}:{" "}
            {formatDate(a.dueDate, locale, timeZone)}{" "}
            {a.doneAt ? (
              <Badge tone="green">{t("iso.nc.done", { date: formatDate(a.doneAt, locale, timeZone) })}</Badge>
            ) : isPastDay(a.dueDate, now, timeZone) && nc.status !== "closed" ? (
              <Badge tone="red">{t("iso.nc.overdue")}</Badge>
            ) : (
              <Badge>{t("iso.nc.pending")}</Badge>
            )}
          </p>
          {a.doneNote && (
            <p className="mt-1 text-slate-700">
              {t("iso.nc.doneNote")}: {a.doneNote}
            </p>
          )}
          {!a.doneAt && canManage && nc.status === "in_progress" && (
            <CompleteActionForm ncId={nc.id} action={a} t={t} />
          )}
        </li>
      ))}
    </ul>
  );
}
