import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// The app under test starts exactly as `npm start` does (embedded Postgres, migrations, demo
// seed, build when needed) but in its own data and build folders, fresh on every run.
const port = Number(process.env.E2E_PORT || 3100);
const chromium = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "id-ID",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  // "main": every spec. "injection" poisons the database the others leave behind and crawls the
  // app with it, so it must come last: it depends on "main". `playwright test` runs both.
  projects: [
    { name: "main", testIgnore: /injection\.spec\.ts$/ },
    { name: "injection", testMatch: /injection\.spec\.ts$/, dependencies: ["main"] },
  ],
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
    env: {
      PORT: String(port),
      MEKAR_DATA_DIR: process.env.E2E_DATA_DIR || ".data-e2e",
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR || ".next-e2e",
      MEKAR_FRESH: "1",
      DATABASE_URL: "",
      AUTH_SECRET: "",
    },
    wait: { stdout: /ready on http/ },
    timeout: 400_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
