import { INTL_LOCALE, type Locale } from "./locales";

// Times are shown in the regency's zone; WIB is the default (MEKAR_TIMEZONE).
const TZ = process.env.MEKAR_TIMEZONE || "Asia/Jakarta";

export function formatDate(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeZone: TZ }).format(new Date(value));
}

export function formatDateTime(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeStyle: "short", timeZone: TZ }).format(
    new Date(value),
  );
}

export function formatNumber(value: number | null | undefined, locale: Locale, digits = 0): string {
  if (value === null || value === undefined) return "—";
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits }).format(value);
}

export function formatTime(value: Date | string | null | undefined, locale: Locale): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeStyle: "short", timeZone: TZ }).format(new Date(value));
}
