// The front server's own 413 answer: a small page in the reader's language (the language
// cookie, as the app reads it), since the app never sees the request.
import { readFileSync } from "node:fs";
import type http from "node:http";
import path from "node:path";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "../../lib/i18n/locales";
import { MAX_FILE_LABEL } from "../../lib/files/limits";

type Texts = { title: string; body: string; home: string };
const cache = new Map<Locale, Texts>();

function texts(locale: Locale): Texts {
  let t = cache.get(locale);
  if (!t) {
    const file = path.join(process.cwd(), "messages", locale, "files.json");
    t = (JSON.parse(readFileSync(file, "utf8")) as { requestTooLarge: Texts }).requestTooLarge;
    cache.set(locale, t);
  }
  return t;
}

export function requestLocale(req: http.IncomingMessage): Locale {
  for (const part of String(req.headers.cookie ?? "").split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === LOCALE_COOKIE && isLocale(value)) return value;
  }
  return DEFAULT_LOCALE;
}

export function tooLargePage(req: http.IncomingMessage): string {
  const locale = requestLocale(req);
  const t = texts(locale);
  const body = t.body.replace("{max}", MAX_FILE_LABEL);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title></head><body><h1>${t.title}</h1><p>${body}</p><p><a href="/">${t.home}</a></p></body></html>`;
}
