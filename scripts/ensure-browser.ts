// Run first by `npm test` and `npm run test:e2e`: the end-to-end tests need Chromium. Installs
// Debian's package when it is missing and we may (root with apt-get, as on CI); otherwise stops
// at once with the one command to run, before any slower step.
import { spawnSync } from "node:child_process";
import { chromiumAvailable, chromiumPath, DEBIAN_CHROMIUM } from "../tests/helpers/chromium";

function fail(message: string): never {
  console.error(`\n[test] ${message}\n`);
  process.exit(1);
}

if (!chromiumAvailable()) {
  if (process.env.CHROMIUM_PATH)
    fail(
      `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist. Point it at a Chromium or Chrome binary, or unset it.`,
    );
  const canInstall =
    process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!canInstall)
    fail(
      `The end-to-end tests need Chromium. Install it with:\n\n    sudo apt-get install -y chromium\n\n(or set CHROMIUM_PATH to a Chromium or Chrome binary)`,
    );
  console.log("[test] installing Debian's chromium for the end-to-end tests");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "chromium"],
  ]) {
    if (spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env }).status !== 0)
      fail(`apt-get ${args.join(" ")} failed; install Chromium yourself: apt-get install -y chromium`);
  }
  if (!chromiumAvailable()) fail(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is missing; set CHROMIUM_PATH.`);
}
console.log(`[test] browser: ${chromiumPath() ?? "Playwright's Chromium"}`);
