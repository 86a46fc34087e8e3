import { setLanguageAction } from "@/lib/auth/actions";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/** Plain form buttons: switching language works without JavaScript. */
export function LanguageSwitch({ locale, returnTo, label }: { locale: Locale; returnTo: string; label: string }) {
  return (
    <form action={setLanguageAction} className="flex items-center gap-1 text-xs" aria-label={label}>
      <input type="hidden" name="returnTo" value={returnTo} />
      {LOCALES.map((l) => (
        <button
          key={l}
          name="locale"
          value={l}
          aria-pressed={l === locale}
          className={`rounded px-2 py-1 font-semibold uppercase ${l === locale ? "bg-slate-800 text-white" : "text-slate-700 hover:bg-slate-200"}`}
        >
          {l}
        </button>
      ))}
    </form>
  );
}
