import { readdirSync } from "node:fs";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

/** The domain folders under lib/: each one may use its own mutations, never another's. */
const domains = readdirSync(new URL("./lib", import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== "generated")
  .map((d) => d.name);

const noDataLayer = {
  group: ["@/lib/db", "@/lib/generated/prisma/client", "@/lib/generated/prisma/client/*"],
  message: "Pages and components read and write through lib/<domain>/queries and actions, never the database.",
};
const noMutations = {
  regex: "(^@/lib/.*|\\.)/mutations$",
  message: "Pages and components change data through the domain's actions (which call its mutations).",
};
const noSeed = { regex: "prisma/seed", message: "The demo seed is not part of the application." };
const noNextLink = {
  group: ["next/link"],
  message:
    "In-app links are @/components/ui/link: no prefetching on a phone's slow link, 3.4 KB less script, and the pending state (README, Slow links).",
};

export default defineConfig([
  globalIgnores([
    "lib/generated/**",
    ".next*/**",
    ".data*/**",
    "node_modules/**",
    "test-results*/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [noDataLayer, noMutations, noSeed, noNextLink] }] },
  },
  // Across domains only queries, policy, schemas and shared services; another domain's mutations and
  // actions stay behind its own guards.
  ...domains.map((domain) => ({
    files: [`lib/${domain}/**`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noSeed,
            {
              regex: `^@/lib/(?!${domain}/)[^/]+/(.+/)?(mutations|actions)$`,
              message: "Another domain is used through its queries, policy or schemas, never its mutations or actions.",
            },
          ],
        },
      ],
    },
  })),
  {
    files: ["lib/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [noSeed] }] },
  },
  prettier,
]);
