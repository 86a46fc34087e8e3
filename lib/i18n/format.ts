import { zoneLabel } from "@/lib/regencies/time-zone";
import { INTL_LOCALE, type Locale } from "./locales";

// Dates and times are shown in the zone of the regency whose record they belong to (pass its
// `timeZone`); without one, the deployment's zone (MEKAR_TIMEZONE, WIB by default). A shown time
// always carries its zone label (WIB/WITA/WIT): an official in Malaka reads a Jakarta meeting right.
export const DEPLOYMENT_ZONE = process.env.MEKAR_TIMEZONE || "Asia/Jakarta";

type When = Date | string | null | undefined;

export function formatDate(value: When, locale: Locale, timeZone: string = DEPLOYMENT_ZONE): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeZone }).format(new Date(value));
}

/** "3 Desember 2026": the long date of official letters (naskah dinas). */
export function formatDateLong(value: When, locale: Locale, timeZone: string = DEPLOYMENT_ZONE): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone }).format(new Date(value));
}

export function formatDateTime(value: When, locale: Locale, timeZone: string = DEPLOYMENT_ZONE): string {
  if (!value) return "—";
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(new Date(value));
  return `${text} ${zoneLabel(timeZone)}`;
}

export function formatNumber(value: number | null | undefined, locale: Locale, digits = 0): string {
  if (value === null || value === undefined) return "—";
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits }).format(value);
}

export function formatTime(value: When, locale: Locale, timeZone: string = DEPLOYMENT_ZONE): string {
  if (!value) return "—";
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeStyle: "short", timeZone }).format(new Date(value));
  return `${text} ${zoneLabel(timeZone)}`;
}

/** The formatters bound to one locale and one regency's zone: `f.date(v)`, `f.dateTime(v)`, `f.time(v)`. */
export type Format = {
  locale: Locale;
  timeZone: string;
  date: (value: When) => string;
  dateLong: (value: When) => string;
  dateTime: (value: When) => string;
  time: (value: When) => string;
};

export function formatIn(locale: Locale, timeZone: string | null | undefined): Format {
  const tz = timeZone || DEPLOYMENT_ZONE;
  return {
    locale,
    timeZone: tz,
    date: (v) => formatDate(v, locale, tz),
    dateLong: (v) => formatDateLong(v, locale, tz),
    dateTime: (v) => formatDateTime(v, locale, tz),
    time: (v) => formatTime(v, locale, tz),
  };
}

/** "09.00–13.00 WITA": one label for a span within a day. */
export function formatTimeRange(from: When, to: When, locale: Locale, timeZone: string = DEPLOYMENT_ZONE): string {
  if (!from || !to) return "—";
  const f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeStyle: "short", timeZone });
  return `${f.format(new Date(from))}–${f.format(new Date(to))} ${zoneLabel(timeZone)}`;
}

/**
 * A figure with one decimal ("90,5" in Indonesian, "90.5" in English) for components that get
 * only the translator: the separator is a message (`common.decimalSeparator`).
 */
export function oneDecimal(value: number, t: (key: string) => string): string {
  const sep = t("common.decimalSeparator");
  return value.toFixed(1).replace(".", sep === "common.decimalSeparator" ? "." : sep);
}
