import { inject } from "vitest";

// each worker has its own copy of the demo database (tests/helpers/global-setup.ts)
const worker = Number(process.env.VITEST_POOL_ID ?? 1) - 1;
process.env.DATABASE_URL = inject("databaseUrls")[worker];
process.env.DATABASE_OWNER_URL = inject("ownerDatabaseUrls")[worker];
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
// the WhatsApp gateway stand-ins of the tests listen on loopback, which only an operator may allow
process.env.MEKAR_WHATSAPP_HOSTS ??= "127.0.0.1";
