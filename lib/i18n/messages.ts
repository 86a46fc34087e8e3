import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./locales";
import type { Messages } from "./translate";

// One JSON file per domain and locale: messages/<locale>/<domain>.json, keyed "<domain>.…".
// Read from disk once per process, so each domain adds its own file without a central index.
const cache = new Map<Locale, Messages>();

export function loadMessages(
  locale: Locale,
  dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "messages"),
): Messages {
  const hit = cache.get(locale);
  if (hit) return hit;
  const folder = path.join(/*turbopackIgnore: true*/ dir, locale);
  const messages: Messages = {};
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    messages[file.slice(0, -5)] = JSON.parse(
      readFileSync(path.join(/*turbopackIgnore: true*/ folder, file), "utf8"),
    ) as Messages;
  }
  cache.set(locale, messages);
  return messages;
}
