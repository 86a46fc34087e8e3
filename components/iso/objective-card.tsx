import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { ObjectiveRow } from "@/lib/iso/objectives/queries";
import { ObjectiveChart } from "./objective-chart";
import { RecordMeasurementForm } from "./objective-forms";

function MetBadge({ met, t }: { met: boolean | null; t: Translate }) {
  if (met === null) return <Badge>{t("iso.objective.noMeasurement")}</Badge>;
  return met ? (
    <Badge tone="green">{t("iso.objective.met")}</Badge>
  ) : (
    <Badge tone="yellow">{t("iso.objective.notMet")}</Badge>
  );
}

/** One quality objective: its indicator, target, measurements as chart and table. */
export function ObjectiveCard({
  objective: o,
  canManage,
  t,
  locale,
  timeZone,
}: {
  objective: ObjectiveRow;
  canManage: boolean;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const last = o.measurements.at(-1);
  return (
    // the anchor a culture gap's page links to (/iso/objectives#objective-<id>)
    <div id={`objective-${o.id}`} className="scroll-mt-4">
      <Card title={o.title} actions={<MetBadge met={o.met} t={t} />}>
        {o.cultureSource && (
          <p className="mb-2 text-sm">
            <Link href={o.cultureSource.href} className="text-emerald-800 underline">
              {t("culture.profiles.source", {
                group: o.cultureSource.agencyName ?? t("culture.profiles.wholeRegency"),
                type: t(`culture.types.${o.cultureSource.type}`),
                period: o.cultureSource.period,
              })}
            </Link>
          </p>
        )}
        <p className="text-sm text-slate-700">
          {t("iso.objective.indicator")}: {o.indicator} · {t("iso.objective.baseline")}:{" "}
          {formatNumber(o.baseline, locale, 2)} {o.unit} · {t("iso.objective.target")}:{" "}
          {formatNumber(o.target, locale, 2)} {o.unit}
          {o.ownerPosition && <> · {o.ownerPosition.title}</>}
          {o.dueDate && (
            <>
              {" "}
              · {t("iso.objective.dueDate")}: {formatDate(o.dueDate, locale, timeZone)}
            </>
          )}
        </p>
        {last && (
          <p className="mt-1 text-sm font-medium text-slate-900">
            {t("iso.objective.latest", {
              value: `${formatNumber(last.value, locale, 2)} ${o.unit}`.trim(),
              period: last.period,
            })}
          </p>
        )}
        {o.measurements.length > 0 && (
          <div className="mt-3 grid gap-4 md:grid-cols-[minmax(0,1fr)_14rem]">
            <ObjectiveChart
              data={o.measurements.map((m) => ({ period: m.period, value: m.value }))}
              baseline={o.baseline}
              target={o.target}
              labels={{
                title: t("iso.objective.chartLabel", { title: o.title }),
                value: t("iso.objective.value"),
                target: t("iso.objective.targetLine"),
                baseline: t("iso.objective.baselineLine"),
              }}
            />
            <table className="text-sm">
              <caption className="sr-only">{t("iso.objective.measurements")}</caption>
              <thead>
                <tr className="text-left text-xs uppercase text-slate-600">
                  <th className="py-1">{t("iso.objective.period")}</th>
                  <th className="py-1 text-right">{t("iso.objective.value")}</th>
                </tr>
              </thead>
              <tbody>
                {o.measurements.map((m) => (
                  <tr key={m.id} className="border-t border-slate-100">
                    <td className="py-1">{m.period}</td>
                    <td className="py-1 text-right">{formatNumber(m.value, locale, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {canManage && <RecordMeasurementForm objective={o} t={t} />}
      </Card>
    </div>
  );
}
