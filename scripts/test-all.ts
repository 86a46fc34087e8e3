// `npm test`: the whole gate, as CI runs it (`.ci/run` is `npm ci && npm test`). The browser and
// the Debian tools first (scripts/ensure-browser.ts stops at once with the command to run), then
// the checks that need no server side by side with the end-to-end build, then the end-to-end
// tests on that build. Lanes, because tsc, eslint and prettier each use one core and the build
// and vitest leave gaps:
//   build → typecheck   the e2e build (skipped when current); tsc after it, because the build
//                       writes next-env.d.ts and the route types tsc reads (tsconfig "include")
//   lint                eslint, then prettier --check
//   unit                vitest (database and unit projects), once the build has regenerated the
//                       Prisma client it imports
// Each lane's output is printed whole when it ends, with its time. Any failure stops before the
// end-to-end tests; exit code non-zero.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { buildIsCurrent, sourceHash } from "./lib/build-state";

const started = Date.now();
const seconds = (from: number) => `${((Date.now() - from) / 1000).toFixed(0)} s`;
const node = process.execPath;
const tsx = "node_modules/tsx/dist/cli.mjs";

type Step = { name: string; args: string[]; env?: Record<string, string>; onOutput?: (text: string) => void };

/** Runs one command with its output kept; resolves with its exit code. */
function run({ name, args, env, onOutput }: Step): Promise<{ name: string; ok: boolean; out: string; ms: number }> {
  const t = Date.now();
  return new Promise((resolve) => {
    const child = spawn(node, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    let out = "";
    const take = (d: Buffer) => {
      out += d;
      onOutput?.(out);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("close", (code) => resolve({ name, ok: code === 0, out, ms: Date.now() - t }));
  });
}

const results: { name: string; ok: boolean; ms: number }[] = [];
function report(r: { name: string; ok: boolean; out: string; ms: number }) {
  results.push(r);
  process.stdout.write(`\n── ${r.name} ${r.ok ? "passed" : "FAILED"} in ${(r.ms / 1000).toFixed(0)} s ──\n${r.out}`);
  return r.ok;
}
/** Steps in order; the first failure ends the lane. */
async function lane(steps: (Step | (() => Step | null))[]) {
  for (const s of steps) {
    const step = typeof s === "function" ? s() : s;
    if (step && !report(await run(step))) return false;
  }
  return true;
}

const browser = spawnSync(node, [tsx, "scripts/ensure-browser.ts"], { stdio: "inherit" });
if (browser.status !== 0) process.exit(browser.status ?? 1);

// the build Playwright's server (playwright.config.ts) would otherwise make before any test runs
const distDir = process.env.E2E_DIST_DIR || ".next-e2e";
const buildEnv = { NEXT_DIST_DIR: distDir };
const buildNeeded = !buildIsCurrent(path.resolve(distDir), sourceHash());
let clientReady: () => void = () => {};
const prismaClientWritten = new Promise<void>((r) => (clientReady = r));
if (!buildNeeded) clientReady();

const lanes = await Promise.all([
  lane([
    ...(buildNeeded
      ? [
          {
            name: `e2e build (${distDir})`,
            args: [tsx, "scripts/build.ts"],
            env: buildEnv,
            // `prisma generate` rewrites lib/generated first: vitest may start once it is written
            onOutput: (out: string) => /Generated Prisma Client|next build|failed/.test(out) && clientReady(),
          },
        ]
      : []),
    { name: "typecheck", args: ["node_modules/typescript/bin/tsc", "--noEmit"] },
  ]).finally(clientReady),
  lane([
    { name: "eslint", args: ["node_modules/eslint/bin/eslint.js", "."] },
    { name: "prettier", args: ["node_modules/prettier/bin/prettier.cjs", "--check", "."] },
  ]),
  prismaClientWritten.then(() => lane([{ name: "vitest", args: ["node_modules/vitest/vitest.mjs", "run"] }])),
]);
console.log(
  `\n[test] checks ${lanes.every(Boolean) ? "passed" : "FAILED"} in ${seconds(started)}: ${results
    .map((r) => `${r.name} ${(r.ms / 1000).toFixed(0)} s${r.ok ? "" : " FAILED"}`)
    .join(", ")}`,
);
if (!lanes.every(Boolean)) process.exit(1);

const e2eStarted = Date.now();
const e2e = spawnSync(node, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
});
console.log(`\n[test] end-to-end ${e2e.status === 0 ? "passed" : "FAILED"} in ${seconds(e2eStarted)}`);
console.log(`[test] npm test ${e2e.status === 0 ? "passed" : "FAILED"} in ${seconds(started)}`);
process.exit(e2e.status ?? 1);
