import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./tests/helpers/chromium";

// The app under test starts exactly as `npm start` does (embedded Postgres, migrations, demo
// seed, build when needed) but in its own data and build folders, fresh on every run.
const port = Number(process.env.E2E_PORT || 3100);
// Spec files run side by side on E2E_WORKERS workers (2 fit a 2-core machine); the tests inside a
// file run in order. Specs create their own records, so they do not disturb one another.
const workers = Number(process.env.E2E_WORKERS) || 2;
/** The sweeps crawl every page or route for one property; the journeys walk through the app. */
const SWEEPS = /(a11y|authz-cross-regency|hostile-queries|phone-width|forms-keep-values)\.spec\.ts$/;
const INJECTION = /injection\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  // generous limits: a journey that takes 20 s alone can take minutes on a busy shared machine,
  // and a limit only decides how long a real failure takes to report
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "id-ID",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // "setup" signs each demo user in once (tests/helpers/sessions.ts); journeys and sweeps then run
  // side by side. "injection" poisons the database the others leave behind and crawls the app with
  // it, so it comes last. `playwright test` runs them all; `--project journeys` runs one (and setup).
  projects: [
    { name: "setup", testMatch: /\.setup\.ts$/, fullyParallel: true },
    { name: "journeys", testIgnore: [SWEEPS, INJECTION], dependencies: ["setup"] },
    { name: "sweeps", testMatch: SWEEPS, dependencies: ["setup"] },
    { name: "injection", testMatch: INJECTION, dependencies: ["journeys", "sweeps"] },
  ],
  webServer: {
    // E2E_PGBOUNCER=1: the same app behind Debian's PgBouncer in transaction mode (tests/helpers/e2e-pgbouncer-server.ts)
    command: `node node_modules/tsx/dist/cli.mjs ${process.env.E2E_PGBOUNCER === "1" ? "tests/helpers/e2e-pgbouncer-server.ts" : "scripts/start.ts"}`,
    env: {
      PORT: String(port),
      MEKAR_DATA_DIR: process.env.E2E_DATA_DIR || ".data-e2e",
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR || ".next-e2e",
      MEKAR_FRESH: "1",
      DATABASE_URL: "",
      AUTH_SECRET: "",
      // the WhatsApp gateway stand-in of tests/e2e/whatsapp.spec.ts listens on loopback
      MEKAR_WHATSAPP_HOSTS: "127.0.0.1",
      // without SMTP the app appends each mail here: tests/helpers/mail-log.ts reads it
      MEKAR_MAIL_LOG: `${process.env.E2E_DATA_DIR || ".data-e2e"}/mail.log`,
    },
    wait: { stdout: /ready on http/ },
    timeout: 900_000, // a first start builds the app: minutes on a busy 2-core machine
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
