import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Test files that never touch a database: they run without the database setup (no Postgres start).
// Every other test file gets a copy of the seeded demo database for itself.
const UNIT_TESTS = [
  "components/offline/service-worker.test.ts",
  "components/ui/picture.test.tsx",
  "lib/aspirations/deadlines.test.ts",
  "lib/calendar-day.test.ts",
  "lib/auth/permissions.test.ts",
  "lib/culture/culture.test.ts",
  "lib/files/images.test.ts",
  "lib/files/storage/storage.test.ts",
  "lib/followers/flag.test.ts",
  "lib/i18n/client-messages.test.ts",
  "lib/keyset.test.ts",
  "lib/i18n/messages.test.ts",
  "lib/leadership/schemas.test.ts",
  "lib/leadership/roles/roles.test.ts",
  "lib/notifications/channels.test.ts",
  "lib/publications/helpers.test.ts",
  "lib/regencies/time-zone.test.ts",
  "lib/search/highlight.test.ts",
  "lib/security/secret-box.test.ts",
  "lib/spreadsheet/export.test.ts",
  "lib/spreadsheet/read.test.ts",
  "lib/users/names.test.ts",
  "scripts/backup-files.test.ts",
  "scripts/dynamic-compression.test.ts",
  "scripts/lean-html.test.ts",
  "scripts/metadata-cache.test.ts",
  "scripts/not-found-page.test.ts",
  "scripts/server.test.ts",
  "scripts/static-brotli.test.ts",
  "scripts/lib/weight.test.ts",
];

// Files run in parallel, one per worker, each worker on its own database copy. Two fit a
// 2-core machine; MEKAR_TEST_WORKERS changes it.
const workers = Number(process.env.MEKAR_TEST_WORKERS) || 2;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: `${root}$1` },
      // server-only throws outside React's server build; in tests it guards nothing
      { find: "server-only", replacement: `${root}tests/helpers/empty.ts` },
      // next-auth imports "next/server" without an extension, which Node's ESM loader refuses
      { find: /^next\/(server|headers|navigation|cache)$/, replacement: "next/$1.js" },
    ],
  },
  test: {
    exclude: ["node_modules/**", ".next*/**", ".data*/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: workers,
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    projects: [
      { extends: true, test: { name: "unit", include: UNIT_TESTS } },
      {
        extends: true,
        test: {
          name: "db",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/integration/**/*.test.ts"],
          exclude: [...UNIT_TESTS, "node_modules/**", ".next*/**", ".data*/**"],
          globalSetup: ["tests/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/setup.ts"],
        },
      },
    ],
  },
});
