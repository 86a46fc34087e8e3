// Decides whether `npm start` must build: a hash of everything the build reads, compared with
// the one stored beside the last build.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "prisma/schema.prisma",
  "next.config.mjs",
  "postcss.config.mjs",
  "package-lock.json",
];
const SKIP = new Set(["generated", "node_modules"]);

function walk(p: string, out: string[]) {
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p).sort())
      if (!SKIP.has(name) && !name.endsWith(".test.ts")) walk(path.join(p, name), out);
  } else out.push(p);
}

export function sourceHash(root = process.cwd()): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  const h = createHash("sha256");
  for (const f of files) h.update(path.relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex");
}

const stampFile = (distDir: string) => path.join(distDir, "mekar-source-hash");

export function buildIsCurrent(distDir: string, hash: string): boolean {
  return (
    existsSync(path.join(distDir, "BUILD_ID")) &&
    existsSync(stampFile(distDir)) &&
    readFileSync(stampFile(distDir), "utf8") === hash
  );
}

export function markBuilt(distDir: string, hash: string) {
  writeFileSync(stampFile(distDir), hash);
}
