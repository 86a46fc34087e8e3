import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./locales";
import { loadMessages } from "./messages";
import { createTranslator, type Translate } from "./translate";
import { formatIn, type Format } from "./format";

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

/**
 * The page's formatters in the zone of the regency whose records it shows (a regency, or anything
 * carrying its `timeZone`); the deployment's zone when none applies.
 */
export async function getFormat(regency?: { timeZone: string } | string | null): Promise<Format> {
  return formatIn(await getLocale(), typeof regency === "string" ? regency : regency?.timeZone);
}
