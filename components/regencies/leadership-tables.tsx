import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { getLeadershipHistory, LeadershipRow } from "@/lib/leadership/queries";
import { AppointmentBadge } from "./appointment-badge";

type History = NonNullable<Awaited<ReturnType<typeof getLeadershipHistory>>>;

/** Every position with its holder today; a gap is highlighted and, for a manager, links to the appoint form. */
export function PositionTable({
  positions,
  base,
  canFill,
  t,
  locale,
  timeZone,
}: {
  positions: LeadershipRow[];
  base: string;
  canFill: boolean;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const columns: Column<LeadershipRow>[] = [
    {
      key: "position",
      header: t("leadership.fields.position"),
      cell: (p) => (
        <>
          <span className="font-medium text-slate-900">{p.title}</span>
          {p.isCoordinator && (
            <span className="ml-2">
              <Badge tone="blue">{t("leadership.coordinatorBadge")}</Badge>
            </span>
          )}
          <div className="text-xs text-slate-600">
            {t(`leadership.kinds.${p.kind}`)}
            {p.agency ? ` · ${p.agency.shortName ?? p.agency.name}` : ""}
            {p.dprdCommission ? ` · ${p.dprdCommission}` : ""}
          </div>
        </>
      ),
    },
    {
      key: "holder",
      header: t("leadership.fields.holder"),
      cell: (p) =>
        p.holder ? (
          <Link href={`${base}/leaders/${p.holder.id}`} className="text-emerald-800 hover:underline">
            {p.holder.personName}
          </Link>
        ) : (
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge tone="red">{t("leadership.gap")}</Badge>
            {canFill && (
              <Link href={`?position=${p.id}#angkat`} className="text-sm text-emerald-800 underline">
                {t("leadership.fillGap")}
              </Link>
            )}
          </span>
        ),
    },
    {
      key: "appointment",
      header: t("leadership.fields.appointment"),
      cell: (p) => (p.holder ? <AppointmentBadge kind={p.holder.appointment} t={t} /> : "—"),
    },
    {
      key: "since",
      header: t("leadership.fields.since"),
      className: "whitespace-nowrap",
      cell: (p) => (p.holder ? formatDate(p.holder.startDate, locale, timeZone) : "—"),
    },
  ];
  return (
    <DataTable
      caption={t("leadership.current")}
      columns={columns}
      rows={positions}
      rowKey={(p) => p.id}
      rowClassName={(p) => (p.holder ? undefined : "bg-amber-50")}
    />
  );
}

/** Handovers, newest first, with what moved to the new holder. */
export function HandoverList({
  handovers,
  t,
  locale,
  timeZone,
}: {
  handovers: History["handovers"];
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  if (handovers.length === 0) return <p className="text-sm text-slate-600">{t("leadership.noHandovers")}</p>;
  const movedText = (moved: Record<string, number>) => {
    const parts = Object.entries(moved).map(([k, n]) => {
      const label = t(`leadership.moved.${k}`);
      return `${label === `leadership.moved.${k}` ? k : label}: ${n}`;
    });
    return parts.length ? parts.join(", ") : t("leadership.moved.nothing");
  };
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {handovers.map((h) => (
        <li key={h.id} className="py-2">
          <div className="font-medium text-slate-900">
            {h.position.title} · {formatDate(h.handedOverOn, locale, timeZone)}
          </div>
          <div className="text-slate-700">
            {h.fromTerm?.personName ?? t("leadership.vacant")} → {h.toTerm.personName} (
            {t(`leadership.appointmentShort.${h.toTerm.appointment}`)})
          </div>
          <div className="text-xs text-slate-600">
            {t("leadership.movedLabel")}: {movedText(h.moved)}
            {h.recordedBy ? ` · ${t("leadership.recordedBy", { name: h.recordedBy.name })}` : ""}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function TermList({
  terms,
  base,
  t,
  locale,
  timeZone,
}: {
  terms: History["terms"];
  base: string;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {terms.map((term) => (
        <li key={term.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
          <span>
            <Link href={`${base}/leaders/${term.id}`} className="font-medium text-emerald-800 hover:underline">
              {term.personName}
            </Link>
            <span className="text-slate-600"> · {term.position.title}</span>
          </span>
          <span className="flex items-center gap-2 whitespace-nowrap text-xs text-slate-600">
            <AppointmentBadge kind={term.appointment} t={t} />
            {formatDate(term.startDate, locale, timeZone)} –{" "}
            {term.endDate ? formatDate(term.endDate, locale, timeZone) : t("leadership.present")}
          </span>
        </li>
      ))}
    </ul>
  );
}
