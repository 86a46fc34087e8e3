import type { AspirationDetail } from "@/lib/aspirations/queries";
import type { Translate } from "@/lib/i18n/translate";

/** Beside every reply form: the regency's reply templates and its key messages (narasi tunggal). */
export function ReplyAside({
  templates,
  narrative,
  t,
}: {
  templates: AspirationDetail["templates"];
  narrative: AspirationDetail["narrative"];
  t: Translate;
}) {
  return (
    <aside className="space-y-4 text-sm" aria-label={t("aspirations.aside")}>
      <div>
        <h3 className="mb-2 font-semibold text-slate-900">{t("aspirations.keyMessages")}</h3>
        {narrative.length === 0 ? (
          <p className="text-slate-600">{t("aspirations.noKeyMessages")}</p>
        ) : (
          <ul className="space-y-2">
            {narrative.map((m) => (
              <li key={m.id} className="rounded-md border border-emerald-200 bg-emerald-50 p-2 text-emerald-950">
                <p className="text-xs text-emerald-800">
                  ISU-{m.issue.number} {m.issue.title}
                </p>
                <p className="mt-0.5">{m.text}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="mb-2 font-semibold text-slate-900">{t("aspirations.templates.title")}</h3>
        {templates.length === 0 ? (
          <p className="text-slate-600">{t("aspirations.templates.none")}</p>
        ) : (
          <ul className="space-y-2">
            {templates.map((tpl) => (
              <li key={tpl.id}>
                <details className="rounded-md border border-slate-200 bg-white p-2">
                  <summary className="cursor-pointer font-medium text-slate-800">{tpl.title}</summary>
                  <p className="mt-1 whitespace-pre-line text-slate-700">{tpl.body}</p>
                </details>
              </li>
            ))}
          </ul>
        )}
      </div>
    </aside>
  );
}
