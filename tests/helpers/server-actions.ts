import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOTS = ["app", "lib", "components"];

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "generated" || name === "node_modules") continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

/** Every source file, relative to the project root. */
export function sourceFiles(root = process.cwd()): string[] {
  return ROOTS.flatMap((r) => walk(path.join(root, r))).map((f) => path.relative(root, f));
}

/** Modules whose first statement is "use server": every export is a server action. */
export function serverActionModules(root = process.cwd()): string[] {
  return sourceFiles(root).filter((f) =>
    /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(path.join(root, f), "utf8")),
  );
}

/** Files with an inline "use server" inside a function: not allowed (actions live in actions.ts). */
export function inlineServerActions(root = process.cwd()): string[] {
  const modules = new Set(serverActionModules(root));
  return sourceFiles(root).filter(
    (f) => !modules.has(f) && /["']use server["']/.test(readFileSync(path.join(root, f), "utf8")),
  );
}

/** Route handlers: app/**\/route.ts with the URL path they serve. */
export function routeHandlers(root = process.cwd()): { file: string; path: string }[] {
  return sourceFiles(root)
    .filter((f) => /^app\/.*route\.tsx?$/.test(f))
    .map((file) => ({
      file,
      path:
        "/" +
        path
          .dirname(file)
          .split("/")
          .slice(1)
          .filter((s) => !/^\(.*\)$/.test(s))
          .join("/"),
    }));
}
