import type { Translate } from "@/lib/i18n/translate";

/** The approved key messages (narasi tunggal) of the issues a piece is about, beside the draft. */
export function NarrativePanel({
  t,
  messages,
}: {
  t: Translate;
  messages: { id: string; text: string; issue: { number: number; title: string } }[];
}) {
  return (
    <aside aria-labelledby="narrative-heading" className="rounded-lg border border-emerald-200 bg-emerald-50 p-4">
      <h2 id="narrative-heading" className="text-sm font-semibold text-emerald-950">
        {t("publications.detail.narrative")}
      </h2>
      <p className="mt-1 text-xs text-emerald-900">{t("publications.detail.narrativeHint")}</p>
      {messages.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("publications.detail.narrativeEmpty")}</p>
      ) : (
        <ul className="mt-2 space-y-2 text-sm text-slate-900">
          {messages.map((m) => (
            <li key={m.id} className="rounded border border-emerald-200 bg-white p-2">
              <span className="block text-xs text-slate-600">
                {t("issues.number", { number: m.issue.number })} · {m.issue.title}
              </span>
              {m.text}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
