import type { ReactNode } from "react";
import type { Translate } from "@/lib/i18n/translate";

/** The frame of Mekar's public pages: brand (to the national portal), officials' login, footer. */
export function PublicShell({ t, footer, children }: { t: Translate; footer: string; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3">
          <a href="/r" className="flex items-center gap-2 font-semibold text-emerald-800">
            <span
              aria-hidden
              className="grid h-7 w-7 place-items-center rounded-full bg-emerald-700 text-sm text-white"
            >
              M
            </span>
            Mekar
          </a>
          <a href="/login" className="text-sm text-slate-700 underline">
            {t("regencies.public.login")}
          </a>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 space-y-8 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-5xl px-4 py-4 text-xs text-slate-600">{footer}</div>
      </footer>
    </div>
  );
}
