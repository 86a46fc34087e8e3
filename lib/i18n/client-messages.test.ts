import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGES, clientMessages, pickMessages, SHELL_CLIENT_COMPONENTS } from "./client-messages";
import { loadMessages } from "./messages";
import { leafKeys, lookup, type Messages } from "./translate";

// Database-free. The portal sends the browser only the messages declared in CLIENT_MESSAGES;
// a component that reads another key with useT() would show the raw key. This scan finds every
// such read before a user does.
const root = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) return name === "generated" ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}

/** Files that read translations in the browser: they import useT or useOptionalT from lib/i18n/client. */
const readers = ["app", "components", "lib"]
  .flatMap(sourceFiles)
  .filter((f) =>
    /import\s*\{[^}]*\buse(?:Optional)?T\b[^}]*\}\s*from\s*["']@\/lib\/i18n\/client["']/.test(
      readFileSync(path.join(root, f), "utf8"),
    ),
  );

/** The keys a file reads: t("a.b"), t(`a.${x}`) → "a." (a prefix), t(variable) → null (unknowable). */
function keysRead(file: string): (string | null)[] {
  const source = readFileSync(path.join(root, file), "utf8");
  const names = [...source.matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*use(?:Optional)?T\(\)/g)].map((m) => m[1]);
  return names.flatMap((name) =>
    [...source.matchAll(new RegExp(`(?<![\\w.])${name}(?:\\?\\.)?\\(\\s*([^,)]*)`, "g"))].map(([, arg]) => {
      const literal = /^(["'])([^"']+)\1$/.exec(arg.trim());
      if (literal) return literal[2];
      const template = /^`([^`$]*)\$\{/.exec(arg.trim());
      return template ? template[1] : null;
    }),
  );
}

const covers = (prefix: string, key: string) => key === prefix || key.startsWith(`${prefix}.`);

/** Does the file hand its translator on (`t={t}`, `render(x, t)`) instead of only calling it? */
function passesTranslatorOn(file: string): boolean {
  const source = readFileSync(path.join(root, file), "utf8");
  const names = [...source.matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*use(?:Optional)?T\(\)/g)].map((m) => m[1]);
  return names.some(
    (name) =>
      [...source.matchAll(new RegExp(`(?<![\\w.$'])${name}(?![\\w$])(?!\\s*(?:\\(|\\?\\.\\(|=\\s*use))`, "g"))].length >
      0,
  );
}

/** The modules a file bundles into the browser with it (its imports under app, components, lib; not types). */
function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? spec.slice(2)
    : spec.startsWith(".")
      ? path.join(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (/\.tsx?$/.test(candidate) && existsSync(path.join(root, candidate))) return candidate;
  return null;
}

function bundled(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  const source = readFileSync(path.join(root, file), "utf8");
  for (const [, spec] of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)) {
    const next = resolveImport(file, spec);
    if (next && !seen.has(next) && !readers.includes(next)) bundled(next, seen);
  }
  return seen;
}

/** Message keys written as string literals (or `prefix.${…}` templates) anywhere in those modules. */
function keyLiterals(files: Iterable<string>, messages: Messages): string[] {
  const namespaces = Object.keys(messages).join("|");
  const leaves = leafKeys(messages);
  const found = new Set<string>();
  for (const f of files)
    for (const [, key, open] of readFileSync(path.join(root, f), "utf8").matchAll(
      new RegExp(`["'\`]((?:${namespaces})\\.[\\w.]*?)(["'\`]|\\$\\{)`, "g"),
    )) {
      const k = open === "${" ? key : key;
      if (open === "${" ? leaves.some((l) => l.startsWith(k)) : leaves.some((l) => covers(k, l))) found.add(k);
    }
  return [...found];
}

describe("messages sent to the browser", () => {
  const id = loadMessages("id");

  it("finds the client components that translate", () => {
    expect(readers).toContain("components/workshops/presenter-view.tsx");
  });

  it.each(readers)("%s reads only keys declared for it in CLIENT_MESSAGES, and they exist", (file) => {
    const declared = CLIENT_MESSAGES[file];
    expect(declared, `${file} calls useT(): declare the keys it reads in lib/i18n/client-messages.ts`).toBeDefined();
    for (const key of keysRead(file)) {
      expect(key, `${file}: pass t() a literal key (or a \`prefix.\${…}\` template)`).not.toBeNull();
      const k = key!;
      if (k.endsWith("."))
        expect(
          declared.some((p) => covers(p, k.slice(0, -1)) || k.startsWith(`${p}.`)),
          `${file} reads ${k}…: not declared`,
        ).toBe(true);
      else {
        expect(
          declared.some((p) => covers(p, k)),
          `${file} reads ${k}: not declared in CLIENT_MESSAGES`,
        ).toBe(true);
        expect(lookup(id, k), `${k} is not in messages/id`).toBeDefined();
      }
    }
  });

  it.each(readers.filter(passesTranslatorOn))(
    "%s hands its translator on: every message key in the code it bundles is declared",
    (file) => {
      const declared = CLIENT_MESSAGES[file] ?? [];
      const missing = keyLiterals(bundled(file), id).filter(
        (k) =>
          !declared.some((p) => (k.endsWith(".") ? k.startsWith(`${p}.`) || covers(p, k.slice(0, -1)) : covers(p, k))),
      );
      expect(missing, `${file} passes t on; declare these in CLIENT_MESSAGES`).toEqual([]);
    },
  );

  it("declares nothing stale: every entry is a file that calls useT(), every prefix exists", () => {
    for (const [file, prefixes] of Object.entries(CLIENT_MESSAGES)) {
      expect(readers, `${file} no longer calls useT(): remove its entry`).toContain(file);
      for (const p of prefixes)
        expect(
          leafKeys(id).some((k) => covers(p, k)),
          `${p} matches no message`,
        ).toBe(true);
    }
  });

  it("every portal page that shows a client component beyond the shell's gets its keys from the nearest layout's SegmentMessages", () => {
    const reach = (file: string, seen = new Set<string>()): Set<string> => {
      seen.add(file);
      const source = readFileSync(path.join(root, file), "utf8");
      for (const [, spec] of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)) {
        const next = resolveImport(file, spec);
        if (next && !seen.has(next)) reach(next, seen);
      }
      return seen;
    };
    const beyond = Object.keys(CLIENT_MESSAGES).filter((f) => !SHELL_CLIENT_COMPONENTS.includes(f));
    const pages = sourceFiles("app/(portal)").filter((f) => f.endsWith("/page.tsx"));
    let checked = 0;
    for (const page of pages) {
      const shown = beyond.filter((c) => reach(page).has(c));
      if (shown.length === 0) continue;
      let dir = path.dirname(page);
      let provider: string | null = null;
      for (; !provider && dir.startsWith("app/(portal)/"); dir = path.dirname(dir)) {
        const layout = path.join(root, dir, "layout.tsx");
        if (existsSync(layout) && readFileSync(layout, "utf8").includes("<SegmentMessages")) provider = layout;
      }
      for (const c of shown)
        expect(
          provider !== null && readFileSync(provider, "utf8").includes(`"${c}"`),
          `${page} shows ${c}: name it in the SegmentMessages of a layout above the page`,
        ).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it("the portal layout sends only the shell's keys; a segment adds its components' keys", () => {
    const shell = clientMessages(id);
    expect(lookup(shell, "common.saving")).toBe(lookup(id, "common.saving"));
    expect(lookup(shell, "workshops.quiz.leaderboard")).toBeUndefined();
    const present = clientMessages(id, ["components/workshops/presenter-view.tsx"]);
    expect(lookup(present, "workshops.quiz.leaderboard")).toBe(lookup(id, "workshops.quiz.leaderboard"));
    expect(lookup(present, "common.saving")).toBe(lookup(id, "common.saving"));
  });

  it("sends a small part of the catalogue, with the declared keys and nothing else", () => {
    const sent = clientMessages(id, Object.keys(CLIENT_MESSAGES));
    expect(lookup(sent, "spreadsheet.import.file")).toBe(lookup(id, "spreadsheet.import.file"));
    expect(lookup(sent, "workshops.quiz.leaderboard")).toBe(lookup(id, "workshops.quiz.leaderboard"));
    expect(lookup(sent, "workshops.title")).toBeUndefined();
    expect(lookup(sent, "iso.title")).toBeUndefined();
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(id).length / 5);
  });

  it("picks subtrees and single keys without touching the catalogue", () => {
    const messages = { a: { b: { c: "1", d: "2" }, e: "3" }, f: "4" };
    const before = JSON.stringify(messages);
    expect(pickMessages(messages, ["a.b", "a.b.c", "f", "x.y"])).toEqual({ a: { b: { c: "1", d: "2" } }, f: "4" });
    expect(pickMessages(messages, ["a.e"])).toEqual({ a: { e: "3" } });
    expect(JSON.stringify(messages)).toBe(before);
  });
});
