"use client";
import { createContext, useContext, useMemo } from "react";
import type { Locale } from "./locales";
import { createTranslator, type Messages, type Translate } from "./translate";

const I18nContext = createContext<{ locale: Locale; t: Translate } | null>(null);

export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Messages;
  children: React.ReactNode;
}) {
  const value = useMemo(() => ({ locale, t: createTranslator(messages) }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useT outside I18nProvider");
  return ctx.t;
}

/** useT for shared pieces that also render outside the portal (the sign-in page has no provider): null there. */
export function useOptionalT(): Translate | null {
  return useContext(I18nContext)?.t ?? null;
}

export function useLocale(): Locale {
  return useContext(I18nContext)?.locale ?? "id";
}
