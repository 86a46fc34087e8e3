import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

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
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/integration/**/*.test.ts"],
    exclude: ["node_modules/**", ".next*/**", ".data*/**"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    setupFiles: ["tests/helpers/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    // one database for the run: files run one at a time so rows they create cannot collide
    fileParallelism: false,
  },
});
