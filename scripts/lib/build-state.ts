// Decides whether `npm start` must build: a hash of everything the build reads, compared with
// the one stored beside the last build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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

const deploymentFile = (distDir: string) => path.join(distDir, "mekar-deployment-id");

export const distDirOf = () => path.resolve(process.env.NEXT_DIST_DIR || ".next");

/**
 * Builds the app into NEXT_DIST_DIR: the Prisma client, then `next build`, then the stamps.
 * MEKAR_DEPLOYMENT_ID (optional) becomes the build id and Next's deployment id; it is kept
 * beside the build so every instance serving it runs with the same one.
 */
export function buildApp(log: (m: string) => void, distDir = distDirOf()) {
  const id = process.env.MEKAR_DEPLOYMENT_ID ?? "";
  if (id && !/^[A-Za-z0-9._-]{1,64}$/.test(id))
    throw new Error(`MEKAR_DEPLOYMENT_ID: letters, digits, '.', '_' and '-' (at most 64), not "${id}"`);
  const hash = sourceHash();
  rmSync(stampFile(distDir), { force: true }); // a failed build is never taken for the sources' build
  const env = { ...process.env, NODE_ENV: "production" as const, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false" };
  for (const cmd of [
    ["node_modules/prisma/build/index.js", "generate"],
    ["node_modules/next/dist/bin/next", "build"],
  ]) {
    const r = spawnSync(process.execPath, cmd, { stdio: "inherit", env });
    if (r.status !== 0) throw new Error(`${cmd.join(" ")} failed`);
  }
  writeFileSync(deploymentFile(distDir), process.env.MEKAR_DEPLOYMENT_ID ?? "");
  markBuilt(distDir, hash);
  log(
    `built into ${path.relative(process.cwd(), distDir) || "."} (build id ${readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim()})`,
  );
}

export const builtDeploymentId = (distDir = distDirOf()) =>
  existsSync(deploymentFile(distDir)) ? readFileSync(deploymentFile(distDir), "utf8") : "";

/**
 * Before serving a build: runs with the deployment id it was built with (next.config.mjs reads
 * MEKAR_DEPLOYMENT_ID again when the server starts). Throws when the setting says otherwise.
 */
export function adoptDeploymentId(distDir = distDirOf()) {
  const built = builtDeploymentId(distDir);
  const given = process.env.MEKAR_DEPLOYMENT_ID ?? "";
  if (given && given !== built)
    throw new Error(
      `MEKAR_DEPLOYMENT_ID is "${given}" but the build in ${distDir} was made with "${built}": build again (npm run build) or unset it`,
    );
  if (built) process.env.MEKAR_DEPLOYMENT_ID = built;
  else delete process.env.MEKAR_DEPLOYMENT_ID;
}
