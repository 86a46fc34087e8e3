import { oneDecimal } from "@/lib/i18n/format";
import { CULTURE_TYPES, typeNameKey } from "@/lib/culture/instrument";
import type { CultureProfile } from "@/lib/culture/profile";
import type { Translate } from "@/lib/i18n/translate";

/** A profile's numbers (now, preferred, gap per culture type): beside every kite, for screen readers and print. */
export function ProfileTable({ profile, t, large }: { profile: CultureProfile; t: Translate; large?: boolean }) {
  return (
    // a phone narrower than the four columns scrolls the table, not the page
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("culture.activity.tableCaption")}>
      <table className={`w-full ${large ? "text-xl" : "text-sm"}`}>
        <caption className="sr-only">{t("culture.activity.tableCaption")}</caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-1 pr-3 font-medium">
              {t("culture.activity.type")}
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              {t("culture.sets.now")}
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              {t("culture.sets.preferred")}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t("culture.gap")}
            </th>
          </tr>
        </thead>
        <tbody>
          {CULTURE_TYPES.map((c) => (
            <tr key={c} className="border-t border-slate-100">
              <th scope="row" className="py-1 pr-3 text-left font-medium text-slate-900">
                {t(typeNameKey(c))}
              </th>
              <td className="py-1 pr-3 text-right tabular-nums">{oneDecimal(profile.now[c], t)}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{oneDecimal(profile.preferred[c], t)}</td>
              <td className="py-1 text-right tabular-nums">
                {profile.gap[c] > 0 ? "+" : ""}
                {oneDecimal(profile.gap[c], t)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
