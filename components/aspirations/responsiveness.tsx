import type { Responsiveness } from "@/lib/aspirations/public-queries";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

/** How fast the regency answers its citizens: median days and the share answered on time. */
export function ResponsivenessFacts({ r, t, locale }: { r?: Responsiveness; t: Translate; locale: Locale }) {
  if (!r || r.received === 0) return <p className="text-sm text-slate-600">{t("aspirations.speed.none")}</p>;
  return (
    <dl className="grid grid-cols-3 gap-3 text-sm">
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <dt className="text-xs text-slate-600">{t("aspirations.speed.received")}</dt>
        <dd className="font-semibold text-slate-900">{formatNumber(r.received, locale)}</dd>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <dt className="text-xs text-slate-600">{t("aspirations.speed.median")}</dt>
        <dd className="font-semibold text-slate-900">
          {r.medianDays === null ? "—" : t("aspirations.speed.days", { days: formatNumber(r.medianDays, locale, 1) })}
        </dd>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <dt className="text-xs text-slate-600">{t("aspirations.speed.onTime")}</dt>
        <dd className="font-semibold text-slate-900">
          {r.onTimeShare === null ? "—" : `${formatNumber(Math.round(r.onTimeShare * 100), locale)}%`}
        </dd>
      </div>
    </dl>
  );
}

/** One line for a card of the national portal. */
export function ResponsivenessLine({ r, t, locale }: { r?: Responsiveness; t: Translate; locale: Locale }) {
  if (!r || r.received === 0) return null;
  return (
    <p className="mt-1 text-xs text-slate-600">
      {t("aspirations.speed.line", {
        median: r.medianDays === null ? "—" : formatNumber(r.medianDays, locale, 1),
        onTime: r.onTimeShare === null ? "—" : `${formatNumber(Math.round(r.onTimeShare * 100), locale)}%`,
      })}
    </p>
  );
}
