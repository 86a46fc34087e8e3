import type { Messages } from "./translate";

/**
 * The messages the browser needs: for each component that reads translations with `useT()`
 * or useOptionalT() (a client component), the key prefixes it reads — a namespace ("spreadsheet"), a subtree
 * ("spreadsheet.import") or one key. The portal layout sends I18nProvider only the keys of the
 * components every page may show (SHELL_CLIENT_COMPONENTS); a route segment whose client
 * components read more wraps itself, in its layout, in SegmentMessages naming them
 * (lib/i18n/client-messages-provider.tsx), so a page's HTML carries only what it can use. Server components translate with
 * getT() and send nothing. lib/i18n/client-messages.test.ts reads every file that calls useT()
 * and fails when it reads a key not covered here, or when an entry here is stale.
 */
export const CLIENT_MESSAGES: Record<string, readonly string[]> = {
  // the root error boundary: its messages come from the root layout (app/layout.tsx)
  "app/error.tsx": ["common.errorPage"],
  "components/auth/reauth-link.tsx": ["auth.reauth"],
  "components/forms/submit-button.tsx": ["common.saving"],
  "components/imports/import-form.tsx": ["spreadsheet.import"],
  "components/imports/import-preview.tsx": ["spreadsheet.import"],
  "components/regencies/import-form.tsx": ["regencies.import"],
  "components/workshops/countdown.tsx": ["workshops.timer"],
  "components/workshops/live-refresh.tsx": ["workshops.present"],
  // the projector screen re-renders each activity kind's results (lib/workshops/kinds) with its t
  "components/workshops/presenter-view.tsx": [
    "workshops.present",
    "workshops.control.lockedBadge",
    "workshops.errors",
    "workshops.join",
    "workshops.live",
    "workshops.quiz",
    "workshops.ranking",
    "culture.activity",
    "culture.anonymity",
    "culture.dimensions",
    "culture.framework",
    "culture.gap",
    "culture.instrument",
    "culture.sets",
    "culture.split",
    "culture.types",
    "common.decimalSeparator", // oneDecimal (lib/i18n/format.ts)
  ],
};

/** Client components that any portal page may render (forms are everywhere): the portal layout
 * sends their keys on every page. Every other file of CLIENT_MESSAGES gets its keys from the
 * SegmentMessages of a layout above the pages that show it (the unit test checks). */
export const SHELL_CLIENT_COMPONENTS: readonly string[] = [
  "components/auth/reauth-link.tsx",
  "components/forms/submit-button.tsx",
];

/** The declared prefixes of these components (every component's when none are named), once. */
export const clientMessagePrefixes = (files: readonly string[] = Object.keys(CLIENT_MESSAGES)): string[] =>
  [...new Set(files.flatMap((f) => CLIENT_MESSAGES[f] ?? []))].sort();

/** The part of `messages` under the given key prefixes (subtrees or single keys), same shape. */
export function pickMessages(messages: Messages, prefixes: readonly string[]): Messages {
  const out: Messages = {};
  // a prefix inside another one is already there (and must not write into the shared subtree)
  for (const prefix of prefixes.filter((p) => !prefixes.some((q) => p.startsWith(`${q}.`)))) {
    const parts = prefix.split(".");
    let from: string | Messages | undefined = messages;
    let to: Messages = out;
    for (const [i, part] of parts.entries()) {
      if (typeof from !== "object") break;
      from = from[part];
      if (from === undefined) break;
      if (i === parts.length - 1) to[part] = from;
      else {
        if (typeof to[part] !== "object") to[part] = {};
        to = to[part] as Messages;
      }
    }
  }
  return out;
}

const cache = new WeakMap<Messages, Map<string, Messages>>();

/** What the shell's client components and the named ones read, out of a whole locale catalogue
 * (memoised per catalogue and list). */
export function clientMessages(messages: Messages, components: readonly string[] = []): Messages {
  let byList = cache.get(messages);
  if (!byList) cache.set(messages, (byList = new Map()));
  const key = components.join("\n");
  let hit = byList.get(key);
  if (!hit)
    byList.set(key, (hit = pickMessages(messages, clientMessagePrefixes([...SHELL_CLIENT_COMPONENTS, ...components]))));
  return hit;
}
