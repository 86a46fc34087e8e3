// Run first by `npm test` and `npm run test:e2e`: the end-to-end tests need Chromium, the print
// tests read the PDFs back with poppler's pdftotext/pdftoppm, and the PgBouncer tests start
// Debian's pgbouncer. Installs Debian's packages when they are missing and we may (root with
// apt-get, as on CI); otherwise stops at once with the one command to run, before any slower step.
import { spawnSync } from "node:child_process";
import { chromiumAvailable, chromiumPath, DEBIAN_CHROMIUM } from "../tests/helpers/chromium";
import { DEBIAN_PGBOUNCER, pgbouncerPath } from "../tests/helpers/pgbouncer";

function fail(message: string): never {
  console.error(`\n[test] ${message}\n`);
  process.exit(1);
}

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
const canInstall = () => process.getuid?.() === 0 && has("apt-get");

/** apt-get install of Debian packages (after an update), or stop with the command to run. */
function aptInstall(packages: string[], why: string) {
  if (!canInstall()) fail(`${why} Install with:\n\n    sudo apt-get install -y ${packages.join(" ")}\n`);
  console.log(`[test] installing Debian's ${packages.join(", ")}: ${why}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", ...packages],
  ]) {
    if (spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env }).status !== 0)
      fail(`apt-get ${args.join(" ")} failed; install them yourself: apt-get install -y ${packages.join(" ")}`);
  }
}

if (!chromiumAvailable()) {
  if (process.env.CHROMIUM_PATH)
    fail(
      `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist. Point it at a Chromium or Chrome binary, or unset it.`,
    );
  aptInstall(["chromium"], "The end-to-end tests need Chromium (or set CHROMIUM_PATH to a Chromium or Chrome binary).");
  if (!chromiumAvailable()) fail(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is missing; set CHROMIUM_PATH.`);
}
if (!has("pdftotext") || !has("pdftoppm")) {
  aptInstall(["poppler-utils"], "The print tests read the downloaded PDFs with pdftotext and pdftoppm.");
  if (!has("pdftotext")) fail("apt-get installed poppler-utils but pdftotext is missing.");
}
if (!pgbouncerPath()) {
  aptInstall(["pgbouncer"], "The PgBouncer tests start Debian's pgbouncer in transaction mode in front of Postgres.");
  if (!pgbouncerPath()) fail(`apt-get installed pgbouncer but ${DEBIAN_PGBOUNCER} is missing; set PGBOUNCER_PATH.`);
}
console.log(`[test] browser: ${chromiumPath() ?? "Playwright's Chromium"}`);
