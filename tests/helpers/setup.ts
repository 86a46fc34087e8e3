import { inject } from "vitest";

// each worker has its own copy of the demo database (tests/helpers/global-setup.ts)
process.env.DATABASE_URL = inject("databaseUrls")[Number(process.env.VITEST_POOL_ID ?? 1) - 1];
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
