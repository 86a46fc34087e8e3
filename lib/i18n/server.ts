import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./locales";
import { loadMessages } from "./messages";
import { createTranslator, type Translate } from "./translate";

export const getLocale = cache(async (): Promise<Locale> => {
  try {
    const value = (await cookies()).get(LOCALE_COOKIE)?.value;
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // outside a request (scripts, tests)
  }
});

export async function getT(): Promise<Translate> {
  return createTranslator(loadMessages(await getLocale()));
}

export function translatorFor(locale: Locale): Translate {
  return createTranslator(loadMessages(locale));
}
