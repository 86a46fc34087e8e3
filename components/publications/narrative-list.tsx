import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { RetireNarrativeMessageForm, type NarrativeIssue } from "./narrative-forms";

/** One issue's approved key messages; a manager may retire each. */
export function NarrativeIssueCard({
  issue,
  manage,
  t,
  locale,
  timeZone,
}: {
  issue: NarrativeIssue;
  manage: boolean;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  return (
    <Card title={`${t("issues.number", { number: issue.number })} · ${issue.title}`}>
      <ol className="space-y-3">
        {issue.narrativeMessages.map((m) => (
          <li key={m.id} className="flex flex-wrap items-start justify-between gap-2 text-sm">
            <div className="min-w-0 flex-1">
              <p className="text-slate-900">{m.text}</p>
              <p className="text-xs text-slate-600">
                {t("publications.narrative.approvedBy", {
                  name: m.approvedBy?.name ?? "—",
                  date: formatDate(m.createdAt, locale, timeZone),
                })}
              </p>
            </div>
            {manage && <RetireNarrativeMessageForm message={m} t={t} />}
          </li>
        ))}
      </ol>
    </Card>
  );
}
