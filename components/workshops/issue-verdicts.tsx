import Link from "@/components/ui/link";
import { formatDate, oneDecimal } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

type Verdict = {
  id: string;
  workshopId: string;
  workshopTitle: string;
  heldOn: Date;
  rank: number;
  optionCount: number;
  points: number;
  voters: number;
  spread: number;
};

/** On the issue page: the workshops' suggested priority (their rankings' verdicts), newest first. */
export function IssueVerdicts({ items, t, locale }: { items: Verdict[]; t: Translate; locale: Locale }) {
  return (
    <div className="space-y-3">
      <ul className="space-y-3">
        {items.map((v) => (
          <li key={v.id} data-verdict-rank={v.rank}>
            <p className="text-lg font-semibold text-slate-900">
              {t("issues.verdicts.line", { rank: v.rank, of: v.optionCount })}
            </p>
            <p className="text-xs text-slate-700">
              {t("issues.verdicts.detail", { voters: v.voters, points: v.points, spread: oneDecimal(v.spread, t) })}
            </p>
            <p className="text-xs text-slate-600">
              <Link href={`/workshops/${v.workshopId}`} className="text-emerald-800 underline">
                {v.workshopTitle}
              </Link>{" "}
              · {formatDate(v.heldOn, locale, "UTC")}
            </p>
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-600">{t("issues.verdicts.hint")}</p>
    </div>
  );
}
