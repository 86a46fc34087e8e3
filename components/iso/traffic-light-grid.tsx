import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { ISO_QUADRANTS } from "@/lib/iso/assessments/indicators";
import { RATING_STYLES } from "./status-badges";

type Cell = { code: string; quadrant: number; id: string; en: string; rating: { rating: string | null } };

/** The ISO 18091 diagnostic: one block per quadrant, one coloured cell per indicator, its rating in words. */
export function TrafficLightGrid({ indicators, t, locale }: { indicators: Cell[]; t: Translate; locale: Locale }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {ISO_QUADRANTS.map((q) => (
        <section key={q} aria-label={t(`iso.quadrant.${q}`)} className="print-avoid-break">
          <h3 className="mb-2 text-sm font-semibold text-slate-800">{t(`iso.quadrant.${q}`)}</h3>
          <ul className="grid grid-cols-2 gap-1.5 sm:grid-cols-3">
            {indicators
              .filter((i) => i.quadrant === q)
              .map((i) => {
                const key = i.rating.rating ?? "unrated";
                return (
                  <li key={i.code} className={`rounded-md px-2 py-1.5 text-xs ${RATING_STYLES[key]}`} data-rating={key}>
                    <span className="font-semibold">{i.code}</span> {locale === "en" ? i.en : i.id}
                    <span className="block font-semibold">{t(`iso.rating.${key}`)}</span>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
